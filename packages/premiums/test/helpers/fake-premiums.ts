// Test helper: a scriptable Premiums API on loopback (node:http), with its own /oauth2/token.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** What the fake token endpoint received. */
export interface TokenCall {
  path: string;
  form: URLSearchParams;
  authorization: string | undefined;
}

/** What the fake API received. */
export interface ApiCall {
  method: string;
  path: string;
  authorization: string | undefined;
  body: string;
}

export interface FakePremiumsOptions {
  /** Path of the token endpoint (default /oauth2/token). */
  tokenPath?: string;
  /** Token lifetime in seconds sent as expires_in (default 3600). */
  expiresIn?: number;
  /** Status of the token answers (default 200). */
  tokenStatus?: number;
  /** Delay before each token answer, so concurrent callers overlap it. */
  tokenDelayMs?: number;
  /** Bearer tokens the API refuses with 401 (e.g. the first one issued, to script a revocation). */
  rejectTokens?: Set<string>;
}

export interface FakePremiums {
  url: string;
  tokenCalls: TokenCall[];
  apiCalls: ApiCall[];
  close(): Promise<void>;
}

async function readAll(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Start the fake on a free loopback port. Tokens are issued as token-1, token-2, … */
export async function startFakePremiums(options: FakePremiumsOptions = {}): Promise<FakePremiums> {
  const tokenPath = options.tokenPath ?? "/oauth2/token";
  const tokenCalls: TokenCall[] = [];
  const apiCalls: ApiCall[] = [];
  const server: Server = createServer(async (request, response) => {
    const body = await readAll(request);
    const path = (request.url ?? "/").split("?")[0]!;
    const json = (status: number, value: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(value));
    };
    if (request.method === "POST" && path === tokenPath) {
      tokenCalls.push({ path, form: new URLSearchParams(body), authorization: request.headers.authorization });
      const issued = `token-${tokenCalls.length}`;
      if (options.tokenDelayMs) await new Promise((done) => setTimeout(done, options.tokenDelayMs));
      const status = options.tokenStatus ?? 200;
      if (status !== 200)
        return json(status, { error: "invalid_client", error_description: "Client authentication failed" });
      return json(200, {
        access_token: issued,
        token_type: "Bearer",
        expires_in: options.expiresIn ?? 3600,
        scope: "premiums:write",
      });
    }
    apiCalls.push({ method: request.method ?? "", path, authorization: request.headers.authorization, body });
    const token = request.headers.authorization?.replace(/^Bearer /, "");
    if (token === undefined || options.rejectTokens?.has(token))
      return json(401, { status: 401, data: { message: "Unauthorized" } });
    return json(200, {
      status: 200,
      data: { status_details: "SEANCE_SIMULATE_PERIOD_CLOSED_SUCCESS" },
      request: JSON.parse(body || "{}"),
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tokenCalls,
    apiCalls,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
