// `pnpm start`: serves the built site (dist/) on 127.0.0.1:${DOCS_PORT:-4000} and prints its URL.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { APP_ROOT } from "./app-root.js";
import { serveStatic } from "./serve.js";

const root = join(APP_ROOT, "dist");
const rawPort = process.env.DOCS_PORT ?? "4000";
const port = Number(rawPort);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`DOCS_PORT: expected a port number (0-65535), found "${rawPort}"`);
  process.exit(2);
}
if (!existsSync(join(root, "index.html"))) {
  console.error(
    `docs: expected a built site in ${root}, found none: run \`pnpm --filter @partner-apis/docs build\` first`,
  );
  process.exit(1);
}

const running = await serveStatic(root, { port }).catch((error: NodeJS.ErrnoException) => {
  const hint = error.code === "EADDRINUSE" ? ` (port ${port} is taken: set DOCS_PORT to another one)` : "";
  console.error(`docs: could not listen on 127.0.0.1:${port}: ${error.message}${hint}`);
  process.exit(1);
});
console.log(`Docs: ${running.url}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void running.close().then(() => process.exit(0));
  });
}
