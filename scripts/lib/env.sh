# Sourced by every scripts/* verb: repository root, PATH, and a pnpm of the pinned version.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/.tools/bin:$ROOT/node_modules/.bin:$PATH"
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 TURBO_NO_UPDATE_NOTIFIER=1

PNPM_VERSION="$(node -p 'require("./package.json").packageManager.split("@")[1]')"

# A machine with only Node and npm gets pnpm from the npm registry: globally when npm may write there,
# else inside the repository (.tools/, git-ignored), so no step needs root.
ensure_pnpm() {
  if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then return; fi
  echo "› installing pnpm $PNPM_VERSION from the npm registry"
  npm install --global --silent "pnpm@$PNPM_VERSION" >/dev/null 2>&1 ||
    npm install --silent --prefix "$ROOT/.tools" --global "pnpm@$PNPM_VERSION" >/dev/null
  hash -r
}

# Installs the workspace exactly as locked (CI) or updating the lockfile (a developer adding a dependency).
install_workspace() {
  ensure_pnpm
  if [ -n "${CI:-}" ]; then pnpm install --frozen-lockfile --reporter=append-only; else pnpm install --reporter=append-only; fi
}

# Bundles every spec, then runs the given turbo tasks (default: build). The mocks and the docs read
# every provider the registry lists without depending on their spec packages by name, so the bundles
# must exist before their build: one turbo run cannot order that, two do (the second is mostly cached).
build_workspace() {
  pnpm turbo run bundle --output-logs=errors-only
  pnpm turbo run "${@:-build}" --output-logs=errors-only
}
