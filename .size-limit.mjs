// Size budgets of what an application bundles: each client package's entry with everything it
// imports (@partner-apis/runtime, openapi-fetch), minified by esbuild and gzipped; types excluded.
// Packages are found from packages/*/package.json, so a new provider gets its budget by existing.
// Node-only packages (the mocks, which spawn Prism) have no bundle budget; Node built-ins are not counted.
import { readdirSync, readFileSync } from "node:fs";

const BUDGET = "8 kB"; // runtime + one provider client, per provider; the runtime alone fits in it too

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

const isRuntime = ({ manifest }) => manifest.name === "@partner-apis/runtime";
const isClient = ({ manifest }) => Boolean(manifest.dependencies?.["@partner-apis/runtime"]);

export default manifests
  .filter((pkg) => !pkg.manifest.private && (isRuntime(pkg) || isClient(pkg)))
  .map((pkg) => ({
    name: isRuntime(pkg) ? `${pkg.manifest.name} (alone)` : `${pkg.manifest.name} (with runtime and openapi-fetch)`,
    path: `packages/${pkg.dir}/dist/index.js`,
    limit: BUDGET,
    gzip: true,
    ignore: ["node:*"], // Node built-ins (the runtime's node:http transport) are not shipped code
  }));
