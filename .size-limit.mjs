// Size budgets of what an application bundles: each client package's entry with everything it
// imports (@partner-apis/runtime, openapi-fetch), minified by esbuild and gzipped; types excluded.
// Packages are found from packages/*/package.json, so a new provider gets its budget by existing.
// Node-only packages (the mocks, which spawn Prism) have no bundle budget; Node built-ins are not counted.
import { readdirSync, readFileSync } from "node:fs";

const BUDGET = "8 kB"; // runtime + one provider client, per provider

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
    ignore: ["node:*"], // Node built-ins (the runtime's node:http transport) are not shipped code
  }));
