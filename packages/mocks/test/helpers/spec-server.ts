import { createServer, type Server } from "node:http";
import { successKeys } from "../../src/contract/check-response.js";
import { firstExample } from "../../src/contract/examples.js";
import type { Node, OpenApiDocument } from "../../src/spec/document.js";
import { isJsonMediaType } from "../../src/spec/media-type.js";
import { listOperations, type Operation, OperationMatcher } from "../../src/spec/operations.js";

/** What the server sends for one request. */
export interface Reply {
  status: number;
  mediaType: string;
  body: unknown;
}

/**
 * A real `node:http` server that answers each operation with its first documented success example:
 * conforming by construction. `sabotage` may change any reply to make it non-conforming on purpose.
 */
export async function startSpecServer(
  document: OpenApiDocument,
  sabotage: (operation: Operation, reply: Reply) => Reply = (_, reply) => reply,
): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const matcher = new OperationMatcher(listOperations(document));
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const matched = matcher.match(req.method ?? "GET", (req.url ?? "/").split("?")[0]!);
      if (matched === undefined) {
        res.writeHead(404).end();
        return;
      }
      const reply = sabotage(matched.operation, documentedReply(document, matched.operation));
      const payload = isJsonMediaType(reply.mediaType) ? JSON.stringify(reply.body) : String(reply.body ?? "");
      res.writeHead(reply.status, { "content-type": reply.mediaType }).end(payload);
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** The first documented 2xx response of an operation, with its example body. */
export function documentedReply(document: OpenApiDocument, operation: Operation): Reply {
  const key = successKeys(operation)[0] ?? "200";
  const content = operation.responses[key]?.content ?? {};
  const mediaType = Object.keys(content)[0] ?? "application/json";
  const media = content[mediaType];
  const example = firstExample(document, media?.node) ?? firstExample(document, media?.schema);
  return { status: Number(key.replace(/X/gi, "0")), mediaType, body: example?.value ?? null };
}
