// A local Coanda stand-in on node:http: a token endpoint that issues numbered JWTs and one protected
// endpoint that accepts only the tokens it still considers valid. It records what it received.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface TokenServerOptions {
  /** Seconds from now until the `exp` of each issued token; undefined = tokens without `exp`. */
  lifetimeSeconds?: number;
  /** Delay before the token endpoint answers, so concurrent callers overlap. */
  tokenDelayMs?: number;
  /** Answer the token endpoint with this status and body instead of a token. */
  tokenFailure?: { status: number; body: string };
  /** When true, the protected endpoint answers 401 to every token. */
  rejectEveryToken?: boolean;
}

export interface TokenServer {
  url: string;
  /** Raw request targets (`/user-service/...?username=...`) of the token requests, in order. */
  tokenRequests: string[];
  /** `accept` headers of the token requests. */
  tokenAccepts: (string | undefined)[];
  /** Authorization headers received by the protected endpoint, in order. */
  apiAuthorizations: (string | undefined)[];
  /** Makes the protected endpoint refuse every token issued so far (as if revoked). */
  revokeIssuedTokens(): void;
  close(): Promise<void>;
}

/** A JWT (unsigned: the test server only compares strings) with the given claims. */
export function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "HS256", typ: "JWT" })}.${part(claims)}.c2lnbmF0dXJl`;
}

export async function startTokenServer(options: TokenServerOptions = {}): Promise<TokenServer> {
  const tokenRequests: string[] = [];
  const tokenAccepts: (string | undefined)[] = [];
  const apiAuthorizations: (string | undefined)[] = [];
  const valid = new Set<string>();
  let issued = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = req.url ?? "/";
    if (target.startsWith("/user-service/v1/token/acquire")) {
      tokenRequests.push(target);
      tokenAccepts.push(req.headers.accept);
      if (options.tokenDelayMs) await new Promise((done) => setTimeout(done, options.tokenDelayMs));
      if (options.tokenFailure) {
        res
          .writeHead(options.tokenFailure.status, { "content-type": "application/json" })
          .end(options.tokenFailure.body);
        return;
      }
      issued += 1;
      const claims: Record<string, unknown> = { sub: "partner@example.com", n: issued };
      if (options.lifetimeSeconds !== undefined) claims.exp = Math.floor(Date.now() / 1000) + options.lifetimeSeconds;
      const token = jwt(claims);
      valid.add(token);
      res.writeHead(200, { "content-type": "text/plain" }).end(token);
      return;
    }
    if (req.method === "POST" && target === "/premia/api/v1/sessions") {
      req.resume();
      const authorization = req.headers.authorization;
      apiAuthorizations.push(authorization);
      const token = authorization?.replace(/^Bearer /, "");
      if (options.rejectEveryToken || token === undefined || !valid.has(token)) {
        res
          .writeHead(401, { "content-type": "application/json" })
          .end(JSON.stringify({ status: 401, error: "Unauthorized", message: "Token is invalid." }));
        return;
      }
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ sessionHash: `hash-${apiAuthorizations.length}` }));
      return;
    }
    res.writeHead(404).end();
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => res.writeHead(500).end(String(error)));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tokenRequests,
    tokenAccepts,
    apiAuthorizations,
    revokeIssuedTokens: () => valid.clear(),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
