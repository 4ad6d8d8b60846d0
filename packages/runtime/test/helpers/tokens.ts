import type { Handler } from "./server.js";

/** An unsigned JWT with the given claims (signature is irrelevant to the client). */
export function makeJwt(claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "HS256", typ: "JWT" })}.${part(claims)}.c2lnbmF0dXJl`;
}

/** An OAuth2 token endpoint issuing `token-1`, `token-2`, ... with the given `expires_in`. */
export function tokenEndpoint(expiresIn: number | undefined, issued: { count: number }): Handler {
  return (_req, res) => {
    issued.count++;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        access_token: `token-${issued.count}`,
        token_type: "bearer",
        ...(expiresIn === undefined ? {} : { expires_in: expiresIn }),
      }),
    );
  };
}
