// One mock = one node:http server in front of an in-process Prism engine. Each request is read, routed,
// checked (credentials, body, parameters: one validation pass) and answered by the sandbox or Prism;
// every refusal is shaped like the provider's own errors. Nothing a client sends can stop the server.
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
  STATUS_CODES,
} from "node:http";
import { checkSecurity, type SecurityPolicy } from "./auth/security-check.js";
import { isTokenOperation, presentedPair, withIssuedToken } from "./auth/token-endpoint.js";
import { SchemaValidator } from "./contract/schema-validator.js";
import { applyCors } from "./cors.js";
import type { EngineResponse, PrismEngine } from "./engine/prism-engine.js";
import { type ErrorDetail, ErrorShaper } from "./errors/error-body.js";
import { readPreferences } from "./prefer.js";
import { readBody } from "./read-body.js";
import { guardBody } from "./request-guard.js";
import { RequestValidator } from "./request-validator.js";
import type { OpenApiDocument } from "./spec/document.js";
import { isJsonMediaType } from "./spec/media-type.js";
import { type Operation, OperationMatcher } from "./spec/operations.js";

/** A request the mock accepted, as a stateful handler sees it. */
export interface AcceptedRequest {
  operation: Operation;
  pathParams: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

/** What a stateful handler answers: a body, or an error to shape. */
export type StatefulAnswer =
  | { status: number; body: unknown; headers?: Record<string, string> }
  | { error: ErrorDetail; preferred: number[] };

/** Mock-only behaviour layered over Prism (the Seyna sandbox). */
export interface StatefulHandler {
  /** Answers `request` from stored state, or undefined to let Prism answer. */
  handle(request: AcceptedRequest): StatefulAnswer | undefined;
  /** Answers a mock-only route (`/__sandbox/…`), or undefined when `path` is not one. */
  control(method: string, path: string): { status: number; body: unknown } | undefined;
  /** Headers added to every answer (e.g. the accounting report). */
  headers(): Record<string, string>;
}

export interface MockServerOptions {
  document: OpenApiDocument;
  operations: readonly Operation[];
  engine: PrismEngine;
  security: SecurityPolicy;
  maxBodyBytes: number;
  stateful?: StatefulHandler;
}

const VALIDATION_STATUSES = [422, 400];
const BODY_STATUSES = [400, 422];
const AUTH_STATUSES = [401, 403];
const NOT_FOUND_STATUSES = [404, 400];

/** Creates the server (not yet listening). */
export function createMockServer(options: MockServerOptions): Server {
  const { document, operations, engine, security } = options;
  const schemas = new SchemaValidator(document);
  const validator = new RequestValidator(document, schemas);
  const shaper = new ErrorShaper(document, operations, schemas);
  const matcher = new OperationMatcher(operations);
  const tokenOperations = new Set(operations.filter((operation) => isTokenOperation(document, operation)));

  const server = createServer({ keepAlive: true }, (req, res) => {
    handle(req, res).catch((error: Error) => {
      // A true bug: this request gets a 500, the server keeps serving.
      if (res.headersSent) return res.destroy(error);
      const path = req.url ?? "/";
      const answer = shaper.answer(
        undefined,
        500,
        { type: "mock_failure", message: `The mock failed on this request: ${error.message}` },
        { path, problem: wantsProblem(req.headers) },
      );
      send(res, answer.status, answer.contentType, answer.body);
    });
  });
  server.on("clientError", (error, socket) => {
    // Unparsable HTTP (bad header bytes…): a documented 400 in the provider's shape instead of a reset.
    // With a clientError listener, Node no longer closes the socket itself.
    if (!socket.writable) return void socket.destroy();
    const status = shaper.statusFor(undefined, BODY_STATUSES);
    const answer = shaper.answer(
      undefined,
      status,
      {
        type: "malformed_request",
        message: `Expected an HTTP/1.1 request, found one that does not parse: ${error.message}`,
      },
      { path: "/" },
    );
    const body = JSON.stringify(answer.body);
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Bad Request"}\r\ncontent-type: ${answer.contentType}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (applyCors(req, res)) return;
    const rawUrl = req.url ?? "/";
    const queryAt = rawUrl.indexOf("?");
    const pathname = queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt);
    const query = new URLSearchParams(queryAt < 0 ? "" : rawUrl.slice(queryAt + 1));
    const method = (req.method ?? "GET").toUpperCase();
    const problem = wantsProblem(req.headers);
    const extra = options.stateful?.headers() ?? {};
    const refuse = (
      operation: Operation | undefined,
      preferred: number[],
      detail: ErrorDetail,
      headers: Record<string, string> = {},
    ) => {
      const status = shaper.statusFor(operation, preferred);
      const answer = shaper.answer(operation, status, detail, { path: pathname, problem });
      send(res, answer.status, answer.contentType, answer.body, { ...extra, ...headers });
    };

    const control = options.stateful?.control(method, pathname);
    if (control !== undefined) {
      await readBody(req, options.maxBodyBytes);
      return send(res, control.status, "application/json", control.body, options.stateful?.headers() ?? {});
    }

    const body = await readBody(req, options.maxBodyBytes);
    const matched = matcher.match(method, pathname);
    if (matched === undefined) {
      return refuse(undefined, NOT_FOUND_STATUSES, {
        type: "not_found",
        message: `No operation ${method} ${pathname} in this API: expected one of the contract's paths`,
      });
    }
    const { operation, pathParams, undecodable } = matched;
    if (undecodable !== undefined) {
      return refuse(operation, VALIDATION_STATUSES, {
        type: "invalid_request",
        message: `path.${undecodable}: expected a percent-encoded value, found an invalid escape`,
        violations: [
          { path: `path.${undecodable}`, message: "expected a percent-encoded value, found an invalid escape" },
        ],
      });
    }
    if (body === undefined) {
      return refuse(operation, BODY_STATUSES, {
        type: "body_too_large",
        message: `Expected a body of at most ${options.maxBodyBytes} bytes, found more`,
      });
    }

    const verdict = checkSecurity(document, operation, req.headers, query, security);
    if (!verdict.ok) {
      return refuse(
        operation,
        AUTH_STATUSES,
        { type: "unauthorized", message: verdict.message },
        verdict.challenge ? { "www-authenticate": verdict.challenge } : {},
      );
    }
    const guarded = guardBody(operation, req.headers, body);
    if (!guarded.ok) return refuse(operation, [...BODY_STATUSES, guarded.natural], guarded.error);
    const parsed = guarded.body.length === 0 ? undefined : guarded.value;
    const violations = validator.violations(operation, {
      query,
      headers: req.headers,
      pathParams,
      body: parsed,
      mediaType: guarded.mediaType,
    });
    if (violations.length > 0) {
      return refuse(operation, VALIDATION_STATUSES, {
        type: "invalid_request",
        message: `Invalid request (operation ${operation.id}): ${violations.map((v) => `${v.path} ${v.message}`).join("; ")}`,
        violations,
      });
    }

    const isToken = tokenOperations.has(operation);
    if (isToken) {
      const pair = presentedPair(req.headers, query, parsed);
      const expected = security.expected;
      if (
        pair === undefined ||
        (expected !== undefined && (pair.id !== expected.id || pair.secret !== expected.secret))
      ) {
        const message =
          pair === undefined
            ? `Expected credentials (an id and a secret) for operation ${operation.id}, found none`
            : `Expected the credentials configured for this mock (operation ${operation.id}), found ${pair.id === expected?.id ? "a wrong secret" : `id ${JSON.stringify(pair.id)}`}`;
        return refuse(operation, AUTH_STATUSES, { type: "invalid_client", message });
      }
    }

    const preferences = readPreferences(req.headers.prefer, query);
    if (!preferences.ok)
      return refuse(operation, VALIDATION_STATUSES, { type: "invalid_prefer", message: preferences.message });
    const code = preferences.preferences.code;
    if (code !== undefined && operation.responses[String(code)] === undefined) {
      return refuse(operation, VALIDATION_STATUSES, {
        type: "invalid_prefer",
        message: `Prefer: code=${code}: expected a status operation ${operation.id} documents (${Object.keys(operation.responses).join(", ")}), found ${code}`,
      });
    }
    if (code !== undefined && code >= 400 && preferences.preferences.exampleKey === undefined) {
      // A provoked error gets the same shaped body as a real one (the example may be about another field).
      return refuse(operation, [code], {
        type: "preferred_error",
        message: `Status ${code} requested with Prefer: code=${code}`,
      });
    }

    const accepted: AcceptedRequest = { operation, pathParams, query, body: parsed };
    const stateful = code === undefined ? options.stateful?.handle(accepted) : undefined;
    if (stateful !== undefined) {
      if ("error" in stateful) return refuse(operation, stateful.preferred, stateful.error);
      return send(res, stateful.status, "application/json", stateful.body, {
        ...(stateful.headers ?? {}),
        ...(options.stateful?.headers() ?? {}),
      });
    }

    let answer: EngineResponse;
    try {
      answer = await engine.respond(
        operation.path,
        {
          method,
          path: pathname,
          query: Object.fromEntries(query),
          headers: flatHeaders(req.headers),
          body:
            typeof parsed === "string" || parsed === undefined
              ? guarded.body.length > 0
                ? guarded.body.toString("utf8")
                : undefined
              : parsed,
        },
        preferences.preferences,
      );
    } catch (error) {
      // Prism refuses what the request asked of it (`Prefer: example=<unknown>`…) with a 4xx problem:
      // answer it in the provider's shape. Anything else is a bug, answered 500 by the caller.
      const status = (error as { status?: unknown }).status;
      if (typeof status !== "number" || status >= 500) throw error;
      const detail = (error as { detail?: unknown }).detail;
      return refuse(operation, VALIDATION_STATUSES, {
        type: "invalid_prefer",
        message: `The mock cannot answer as asked (operation ${operation.id}): ${typeof detail === "string" && detail !== "" ? detail : (error as Error).message}`,
      });
    }
    if (isToken && answer.statusCode < 300) {
      const subject = presentedPair(req.headers, query, parsed)?.id ?? "client";
      answer = withIssuedToken(answer, security.tokens.issue(subject), security.tokens.lifetimeSeconds);
    }
    const contentType =
      answer.headers["content-type"] ??
      answer.headers["Content-Type"] ??
      (typeof answer.body === "string" ? "text/plain" : "application/json");
    send(res, answer.statusCode, contentType, answer.body, { ...withoutContentType(answer.headers), ...extra });
  }

  return server;
}

/** True when the client prefers `application/problem+json` to everything else it accepts (highest q, then order). */
function wantsProblem(headers: IncomingHttpHeaders): boolean {
  const ranges = (headers.accept ?? "")
    .split(",")
    .map((range, index) => {
      const [type = "", ...params] = range.split(";").map((part) => part.trim().toLowerCase());
      const q = Number(params.find((param) => param.startsWith("q="))?.slice(2) ?? 1);
      return { type, q: Number.isNaN(q) ? 0 : q, index };
    })
    .filter((range) => range.type !== "")
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranges[0]?.type === "application/problem+json";
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  return flat;
}

function withoutContentType(headers: Record<string, string>): Record<string, string> {
  const rest: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (name.toLowerCase() !== "content-type" && name.toLowerCase() !== "content-length") rest[name] = value;
  return rest;
}

/** Writes one complete answer: JSON bodies serialised, text as is, no body for 204/304. */
function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const empty = status === 204 || status === 304 || body === undefined;
  const payload = empty
    ? Buffer.alloc(0)
    : Buffer.from(typeof body === "string" && !isJsonMediaType(contentType) ? body : JSON.stringify(body));
  res.writeHead(status, {
    ...headers,
    ...(empty ? {} : { "content-type": contentType }),
    "content-length": String(payload.length),
  });
  res.end(payload);
}
