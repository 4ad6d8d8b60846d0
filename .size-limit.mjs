// Size budgets of what an application bundles, measured the way users bundle it: `import { createXClient }` from
// the client package, bundled by esbuild for the browser (`platform: "browser"`, bundle, minify, tree-shaking) with
// everything it imports (@partner-apis/runtime, openapi-fetch), then gzipped. Nothing is left out: a Node built-in
// in the graph fails the browser build instead of being ignored.
// The clients are the providers' registry entries (specs/<id>/provider.json, read by @partner-apis/contract-core):
// a new provider gets its budget by being declared. Runs after the build (it reads the built packages).
import { readdirSync, readFileSync } from "node:fs";
import { discoverProviders } from "./packages/contract-core/dist/index.js";

const BUDGET = "10 kB"; // openapi-fetch + runtime + one provider client, per provider

const packagesDir = new URL("./packages/", import.meta.url);
/** The workspace folder of each package under packages/, by package name. */
const folders = new Map(
  readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      try {
        return [JSON.parse(readFileSync(new URL(`${entry.name}/package.json`, packagesDir), "utf8")).name, entry.name];
      } catch {
        return undefined;
      }
    })
    .filter(Boolean),
);

export default discoverProviders(new URL("./specs", import.meta.url).pathname).map(({ client }) => {
  const dir = folders.get(client.package);
  if (!dir) throw new Error(`.size-limit.mjs: no packages/<folder> holds ${client.package}`);
  return {
    name: `${client.package}: ${client.factory} with the runtime`,
    path: `packages/${dir}/dist/index.js`,
    import: `{ ${client.factory} }`,
    limit: BUDGET,
    gzip: true,
    // esbuild's default platform is the browser already; said explicitly, since that is the budget's meaning.
    modifyEsbuildConfig: (config) => ({ ...config, platform: "browser", minify: true }),
  };
});
