// HS256 JWTs signed with a key private to one mock instance: real `exp`, checkable signature.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** The claims a mock puts in the tokens it issues. */
export interface TokenClaims {
  sub: string;
  iat: number;
  exp: number;
  iss: string;
  [claim: string]: unknown;
}

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** Issues and checks the tokens of one mock. */
export class TokenIssuer {
  private readonly key = randomBytes(32);

  constructor(
    /** Token lifetime in seconds. */
    readonly lifetimeSeconds: number,
    /** Milliseconds since the epoch: `Date.now` unless a test drives the clock. */
    private readonly clock: () => number,
  ) {}

  /** A signed token for `subject`, expiring `lifetimeSeconds` from the clock's now. */
  issue(subject: string): string {
    const iat = Math.floor(this.clock() / 1000);
    const claims: TokenClaims = { sub: subject, iat, exp: iat + this.lifetimeSeconds, iss: "partner-apis-mock" };
    const unsigned = `${encode({ alg: "HS256", typ: "JWT" })}.${encode(claims)}`;
    return `${unsigned}.${this.sign(unsigned)}`;
  }

  /** True when this mock signed `token`. */
  signed(token: string): boolean {
    const last = token.lastIndexOf(".");
    if (last < 0) return false;
    const expected = Buffer.from(this.sign(token.slice(0, last)));
    const found = Buffer.from(token.slice(last + 1));
    return expected.length === found.length && timingSafeEqual(expected, found);
  }

  /** Why `token` is expired by the clock (`exp` in the past), or undefined when it is not. */
  expiry(token: string): string | undefined {
    const payload = decodePayload(token);
    const exp = payload?.exp;
    if (typeof exp !== "number") return undefined;
    const now = this.clock() / 1000;
    return exp <= now
      ? `a token that expired at ${new Date(exp * 1000).toISOString()} (now ${new Date(this.clock()).toISOString()})`
      : undefined;
  }

  private sign(unsigned: string): string {
    return createHmac("sha256", this.key).update(unsigned).digest("base64url");
  }
}

/** The payload of a JWT-shaped token, or undefined when it is not one. */
export function decodePayload(token: string): Record<string, unknown> | undefined {
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  try {
    const payload: unknown = JSON.parse(Buffer.from(parts[1] ?? "", "base64url").toString("utf8"));
    return typeof payload === "object" && payload !== null && !Array.isArray(payload)
      ? (payload as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
