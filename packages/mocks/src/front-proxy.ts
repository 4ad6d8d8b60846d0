import { Agent, createServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { problem, sendProblem } from "./problem.js";
import { guardBody } from "./request-guard.js";
import { RequestValidator } from "./request-validator.js";
import { guardSecurity } from "./security-guard.js";
import type { OpenApiDocument } from "./spec/document.js";
import { essence } from "./spec/media-type.js";
import type { OperationMatcher } from "./spec/operations.js";

export interface FrontProxyOptions {
  /** Prism's own address (loopback). */
  upstream: { host: string; port: number };
  document: OpenApiDocument;
  matcher: OperationMatcher;
  /** Largest accepted request body in bytes; larger gets 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** How long to wait for Prism before answering 504. Default 30 s. */
  upstreamTimeoutMs?: number;
}

/** Default request body limit: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** An oversized body is read and discarded up to this many bytes so the client sees the 413 instead of a reset. */
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "te",
  "trailer",
]);

/** The public face of a mock: validates what Prism mishandles (see request-guard), then pipes to Prism. */
export function createFrontProxy(options: FrontProxyOptions): Server {
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const validator = new RequestValidator(options.document);
  const agent = new Agent({ keepAlive: true, maxSockets: 64, maxFreeSockets: 64 });
  const server = createServer({ keepAlive: true }, (req, res) => {
    handle(req, res).catch((error: Error) => {
      if (!res.headersSent)
        sendProblem(res, problem(502, "mock-failure", "Mock failure", `The mock could not answer: ${error.message}`));
      else res.destroy(error);
    });
  });
  server.on("close", () => agent.destroy());
  server.on("clientError", (error, socket) => {
    // Malformed HTTP (bad header bytes, …): answer 400 instead of resetting the connection.
    if (!socket.writable) return;
    const body = JSON.stringify(
      problem(
        400,
        "malformed-request",
        "Malformed HTTP request",
        `The request could not be parsed as HTTP/1.1: ${(error as Error).message}`,
      ),
    );
    socket.end(
      `HTTP/1.1 400 Bad Request\r\ncontent-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const declaredLength = Number(req.headers["content-length"] ?? 0);
    if (declaredLength > limit) {
      await drain(req);
      return sendProblem(res, tooLarge(limit, `${declaredLength} bytes`));
    }
    const body = await readBody(req, limit);
    if (body === undefined) return sendProblem(res, tooLarge(limit, `more than ${limit} bytes`));

    const url = new URL(req.url ?? "/", "http://mock.invalid");
    const matched = options.matcher.match(req.method ?? "GET", url.pathname);
    // Unknown routes: Prism answers 404/405 from the path alone, so it never sees a body it could choke on.
    if (matched === undefined) return forward(req, res, Buffer.alloc(0), {});
    const { operation, pathParams } = matched;
    const security = guardSecurity(options.document, operation, req.headers, url.searchParams);
    if (!security.ok)
      return sendProblem(res, security.problem, security.challenge ? { "www-authenticate": security.challenge } : {});
    const verdict = guardBody(operation, req.headers, body);
    if (!verdict.ok) return sendProblem(res, verdict.problem);
    const violations = validator.violations(operation, {
      query: url.searchParams,
      headers: req.headers,
      pathParams,
      body: verdict.body.length === 0 ? undefined : verdict.value,
      mediaType: verdict.mediaType,
    });
    if (violations.length > 0) return sendProblem(res, validator.problemFor(operation, violations));
    await forward(req, res, verdict.body, security.headers);
  }

  function forward(
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer,
    overrides: Record<string, string>,
  ): Promise<void> {
    return new Promise((done, fail) => {
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
      }
      Object.assign(headers, overrides);
      if (body.length > 0 || req.headers["content-length"] !== undefined)
        headers["content-length"] = String(body.length);
      const upstream = request(
        { host: options.upstream.host, port: options.upstream.port, method: req.method, path: req.url, headers, agent },
        (answer) => relay(answer, res).then(done, fail),
      );
      upstream.setTimeout(options.upstreamTimeoutMs ?? 30_000, () => {
        upstream.destroy();
        if (!res.headersSent)
          sendProblem(res, problem(504, "mock-timeout", "Mock timeout", "Prism did not answer in time"));
        done();
      });
      upstream.on("error", fail);
      upstream.end(body);
    });
  }

  return server;
}

/** Responses up to this size are buffered and written in one go: one syscall instead of several. */
const BUFFERED_RESPONSE_BYTES = 256 * 1024;

/** Copies Prism's answer; a validation problem gets a `detail` that lists the violations by field. */
async function relay(answer: IncomingMessage, res: ServerResponse): Promise<void> {
  const headers = { ...answer.headers };
  for (const name of HOP_BY_HOP) delete headers[name];
  const status = answer.statusCode ?? 502;
  const length = Number(answer.headers["content-length"] ?? Number.NaN);
  const problemBody = essence(answer.headers["content-type"]) === "application/problem+json";
  if (problemBody || length <= BUFFERED_RESPONSE_BYTES) {
    const raw = Buffer.concat(await collect(answer));
    const payload = problemBody ? describeViolations(raw) : raw;
    headers["content-length"] = String(payload.length);
    res.writeHead(status, headers);
    res.end(payload);
    return;
  }
  res.writeHead(status, headers);
  await new Promise<void>((done, fail) => {
    answer.pipe(res);
    answer.on("end", done);
    answer.on("error", fail);
  });
}

interface PrismViolation {
  location?: string[];
  message?: string;
}

/** Rewrites Prism's generic 422 detail into one naming each invalid field and what was expected. */
export function describeViolations(raw: Buffer): Buffer {
  try {
    const body = JSON.parse(raw.toString("utf8")) as { detail?: string; validation?: PrismViolation[] };
    if (!Array.isArray(body.validation) || body.validation.length === 0) return raw;
    const lines = body.validation.map((violation) => {
      const where = (violation.location ?? []).join(".");
      return `${where === "" ? "request" : where}: ${violation.message ?? "invalid"}`;
    });
    body.detail = `Invalid request: ${lines.join("; ")}`;
    return Buffer.from(JSON.stringify(body));
  } catch {
    return raw;
  }
}

function tooLarge(limit: number, found: string) {
  return problem(
    413,
    "body-too-large",
    "Request body too large",
    `Expected a body of at most ${limit} bytes, found ${found}`,
    { limit },
  );
}

function collect(stream: IncomingMessage): Promise<Buffer[]> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => done(chunks));
    stream.on("error", fail);
  });
}

/** Reads the body up to `limit` bytes; undefined (after draining the rest) when it is larger. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        if (size > MAX_DRAIN_BYTES) req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => done(over ? undefined : chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on("error", fail);
    req.on("close", () => {
      if (!req.complete) fail(new Error("client closed the connection mid-body"));
    });
  });
}

/** Reads and discards the rest of a request body (bounded), so the client can read our answer. */
function drain(req: IncomingMessage): Promise<void> {
  return new Promise((done) => {
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_DRAIN_BYTES) req.destroy();
    });
    req.on("end", done);
    req.on("close", done);
    req.on("error", () => done());
  });
}

/** The port a listening server got. */
export function listeningPort(server: Server): number {
  return (server.address() as AddressInfo).port;
}
