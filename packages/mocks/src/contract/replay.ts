import type { Operation } from "../spec/operations.js";
import type { Credential } from "./credentials.js";
import { type ExampleRequest, encodeBody, fillPath } from "./examples.js";
import { type HttpResult, send } from "./http-client.js";

/** Changes applied to an example request before sending it (tests use these to break it on purpose). */
export interface RequestOverrides {
  headers?: Record<string, string | undefined>;
  query?: Record<string, string | string[] | undefined>;
  /** Replaces the body: a value encoded per the media type, or raw bytes. */
  body?: { value: unknown } | { raw: Buffer } | { none: true };
  path?: string;
}

/** Sends an example request (with credentials and overrides) to `baseUrl`. */
export function sendExample(
  baseUrl: string,
  example: ExampleRequest,
  credential: Credential | undefined,
  overrides: RequestOverrides = {},
): Promise<HttpResult> {
  const url = new URL(
    baseUrl.replace(/\/$/, "") + (overrides.path ?? fillPath(example.operation.path, example.pathParams)),
  );
  const query = { ...example.query, ...credential?.query, ...overrides.query };
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, item);
  }
  const headers: Record<string, string> = {
    accept: "application/json, application/problem+json, */*;q=0.8",
    ...example.headers,
    ...credential?.headers,
  };
  let body: Buffer | undefined;
  const override = overrides.body;
  if (override !== undefined && "raw" in override) body = override.raw;
  else if (override !== undefined && "value" in override && example.body !== undefined)
    body = encodeBody({ ...example.body, value: override.value });
  else if (override === undefined && example.body !== undefined) body = encodeBody(example.body);
  if (body !== undefined && example.body !== undefined) headers["content-type"] = example.body.mediaType;
  for (const [name, value] of Object.entries(overrides.headers ?? {})) {
    if (value === undefined) delete headers[name];
    else headers[name] = value;
  }
  return send({ method: example.operation.method.toUpperCase(), url: url.toString(), headers, body });
}

/** Short name of an operation for test titles and reports: `createPet (POST /pets)`. */
export function describeOperation(operation: Operation): string {
  const route = `${operation.method.toUpperCase()} ${operation.path}`;
  return operation.id === route ? route : `${operation.id} (${route})`;
}
