// Size budgets of what an application bundles, measured the way users bundle it: `import { createXClient }` from
// the client package, bundled by esbuild for the browser (`platform: "browser"`, bundle, minify, tree-shaking) with
// everything it imports (@partner-apis/runtime, openapi-fetch), then gzipped. Nothing is left out: a Node built-in
// in the graph would fail the browser build instead of being ignored.
// Packages are found from packages/*/package.json, so a new provider gets its budget by existing.
// Node-only packages (the mocks, which spawn Prism) have no bundle budget.
import { readdirSync, readFileSync } from "node:fs";

const BUDGET = "10 kB"; // openapi-fetch + runtime + one provider client, per provider

const packages = new URL("./packages/", import.meta.url);
const manifests = readdirSync(packages, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    try {
      return {
        dir: entry.name,
        manifest: JSON.parse(readFileSync(new URL(`${entry.name}/package.json`, packages), "utf8")),
      };
    } catch {
      return null;
    }
  })
  .filter(Boolean);

const isClient = ({ manifest }) => Boolean(manifest.dependencies?.["@partner-apis/runtime"]);

// What an application bundles when it uses one client: `createXClient` and everything it reaches
// (the runtime, openapi-fetch's serializers), tree-shaken; pure helpers it does not import stay out.
const clientFactory = (dir) => `create${dir[0].toUpperCase()}${dir.slice(1)}Client`;

export default manifests
  .filter((pkg) => !pkg.manifest.private && isClient(pkg))
  .map((pkg) => ({
    name: `${pkg.manifest.name}: ${clientFactory(pkg.dir)} with the runtime`,
    path: `packages/${pkg.dir}/dist/index.js`,
    import: `{ ${clientFactory(pkg.dir)} }`,
    limit: BUDGET,
    gzip: true,
    // esbuild's default platform is the browser already; said explicitly, since that is the budget's meaning.
    modifyEsbuildConfig: (config) => ({ ...config, platform: "browser", minify: true }),
  }));
