import type { ServerResponse } from "node:http";

/** An RFC 7807 problem document. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  [extension: string]: unknown;
}

/** A problem `type` URI owned by this package, e.g. `urn:partner-apis:problem:malformed-json`. */
export function problemType(slug: string): string {
  return `urn:partner-apis:problem:${slug}`;
}

/** Builds a problem document. */
export function problem(
  status: number,
  slug: string,
  title: string,
  detail: string,
  extra: Record<string, unknown> = {},
): Problem {
  return { type: problemType(slug), title, status, detail, ...extra };
}

/** Writes `body` as `application/problem+json` and ends the response. */
export function sendProblem(res: ServerResponse, body: Problem, headers: Record<string, string> = {}): void {
  const payload = Buffer.from(JSON.stringify(body));
  res.writeHead(body.status, {
    ...headers,
    "content-type": "application/problem+json",
    "content-length": String(payload.length),
  });
  res.end(payload);
}
