import { checkResponse, successKeys } from "../contract/check-response.js";
import { type Credential, credentialsFor } from "../contract/credentials.js";
import { type ExampleRequest, exampleRequests } from "../contract/examples.js";
import { type HttpResult, mapLimit } from "../contract/http-client.js";
import { describeOperation, sendExample } from "../contract/replay.js";
import { SchemaValidator, type Violation } from "../contract/schema-validator.js";
import { freePort } from "../free-port.js";
import { startPrism } from "../prism-process.js";
import { isProvider, type Provider } from "../providers.js";
import { loadDocument } from "../spec/document.js";
import { listOperations, type Operation, requiresCredentials } from "../spec/operations.js";
import { specPath } from "../spec-path.js";

export interface VerifyOptions {
  /** Provider whose bundled spec is the contract, or a path to another OpenAPI JSON document. */
  contract: Provider | { specPath: string };
  /** Base URL of the real server under test. */
  target: string;
  /** Authorization (or other) headers for the real server; default: well-formed dummy credentials from the spec. */
  headers?: Record<string, string>;
  /** Requests in flight at once. Default 4. */
  concurrency?: number;
}

/** One replayed example and every way its real response broke the contract. */
export interface ExampleOutcome {
  operation: string;
  example: string;
  /** The status the client saw through Prism (500 when Prism flagged violations under `--errors`). */
  status: number;
  mismatches: Violation[];
}

export interface VerifyReport {
  target: string;
  spec: string;
  outcomes: ExampleOutcome[];
  /** Operations that could not be replayed (no example to build a request from), with the reason. */
  skipped: { operation: string; reason: string }[];
  /** Total mismatches across outcomes. */
  mismatchCount: number;
}

interface PrismViolation {
  location?: (string | number)[];
  message?: string;
  code?: string | number;
}

/**
 * Replays every operation's documented examples through Prism in proxy mode (`--errors`) in front of
 * `target`, and collects each mismatch between the real responses and the contract: undocumented
 * status, missing field, wrong type, with the operation and the field path.
 */
export async function verifyContract(options: VerifyOptions): Promise<VerifyReport> {
  const spec = typeof options.contract === "string" ? specPath(options.contract) : options.contract.specPath;
  const document = loadDocument(spec);
  const validator = new SchemaValidator(document);
  const prism = await startPrism({
    mode: "proxy",
    spec,
    upstream: options.target,
    host: "127.0.0.1",
    port: await freePort(),
    errors: true,
  });
  try {
    const skipped: VerifyReport["skipped"] = [];
    const planned: { example: ExampleRequest; credential: Credential | undefined }[] = [];
    for (const operation of listOperations(document)) {
      try {
        const credential = credentialsFor(document, operation);
        for (const example of exampleRequests(document, operation))
          planned.push({ example, credential: withOverrides(credential, operation, options.headers) });
      } catch (error) {
        skipped.push({ operation: describeOperation(operation), reason: (error as Error).message });
      }
    }
    const outcomes = await mapLimit(
      planned,
      options.concurrency ?? 4,
      async ({ example, credential }): Promise<ExampleOutcome> => {
        const result = await sendExample(prism.url, example, credential);
        return {
          operation: describeOperation(example.operation),
          example: example.label,
          status: result.status,
          mismatches: mismatchesOf(document, validator, example.operation, result),
        };
      },
    );
    return {
      target: options.target,
      spec,
      outcomes,
      skipped,
      mismatchCount: outcomes.reduce((sum, outcome) => sum + outcome.mismatches.length, 0),
    };
  } finally {
    await prism.stop();
  }
}

function withOverrides(
  credential: Credential | undefined,
  operation: Operation,
  headers: Record<string, string> | undefined,
): Credential | undefined {
  if (headers === undefined) return credential;
  const base = credential ?? { scheme: "", headers: {}, query: {} };
  const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return requiresCredentials(operation) || credential === undefined
    ? { ...base, headers: { ...base.headers, ...lower } }
    : base;
}

/** Mismatches from Prism's `--errors` problem, or from our own check of a response Prism let through. */
function mismatchesOf(
  document: Parameters<typeof checkResponse>[0],
  validator: SchemaValidator,
  operation: Operation,
  result: HttpResult,
): Violation[] {
  const body = result.json as
    | { type?: string; title?: string; detail?: string; validation?: PrismViolation[] }
    | undefined;
  const prismType =
    typeof body?.type === "string" && body.type.startsWith("https://stoplight.io/prism/errors#")
      ? body.type.split("#")[1]
      : undefined;
  if (prismType === "VIOLATIONS" && Array.isArray(body?.validation)) {
    return body.validation.map(fromPrism);
  }
  if (prismType === "UPSTREAM_NOT_IMPLEMENTED" || (prismType !== undefined && result.status >= 500)) {
    return [{ path: "target", message: `${body?.title ?? prismType}: ${body?.detail ?? ""}`.trim() }];
  }
  if (prismType === "UNPROCESSABLE_ENTITY" || prismType === "INVALID_CONTENT_TYPE") {
    return [
      { path: "request", message: `the contract's own example was rejected by Prism: ${body?.detail ?? prismType}` },
    ];
  }
  const mismatches = checkResponse(document, validator, operation, result);
  const expected = successKeys(operation);
  if (mismatches.length === 0 && !(result.status >= 200 && result.status < 300) && expected.length > 0) {
    mismatches.unshift({
      path: "status",
      message: `expected ${expected.join(" or ")} for the documented example, found ${result.status}`,
    });
  }
  return mismatches;
}

/** Prism's `{ location: ["response","body","data","id"], message }` as `body.data.id: message`. */
function fromPrism(violation: PrismViolation): Violation {
  const location = (violation.location ?? []).filter((part, index) => !(index === 0 && part === "response"));
  let path = location.reduce<string>(
    (text, part, index) =>
      index === 0
        ? String(part)
        : typeof part === "number" || /^\d+$/.test(String(part))
          ? `${text}[${part}]`
          : `${text}.${part}`,
    "",
  );
  let message = (violation.message ?? "invalid").replace(/^(Response|Request) body (property \S+ )?/, "");
  if (/returned status code/.test(message)) return { path: "status", message };
  const required = /must have required property '([^']+)'/.exec(message);
  if (required !== null) {
    path = `${path || "body"}.${required[1]}`;
    message = "is required but missing";
  }
  return { path: path || "response", message };
}

/** A readable, line-per-mismatch report. */
export function formatReport(report: VerifyReport): string {
  const lines: string[] = [`Contract ${report.spec}`, `Target   ${report.target}`, ""];
  for (const outcome of report.outcomes) {
    const mark = outcome.mismatches.length === 0 ? "ok  " : "FAIL";
    lines.push(`${mark} ${outcome.operation} [example ${outcome.example}] → ${outcome.status}`);
    for (const mismatch of outcome.mismatches) lines.push(`       ${mismatch.path}: ${mismatch.message}`);
  }
  for (const skip of report.skipped) lines.push(`skip ${skip.operation}: ${skip.reason}`);
  const failed = report.outcomes.filter((outcome) => outcome.mismatches.length > 0).length;
  lines.push(
    "",
    `${report.outcomes.length} example(s) replayed, ${failed} with mismatches, ${report.mismatchCount} mismatch(es) in all${report.skipped.length ? `, ${report.skipped.length} operation(s) skipped` : ""}`,
  );
  return lines.join("\n");
}

/** Parses a provider name or throws naming the expected values. */
export function contractFor(value: string): Provider | { specPath: string } {
  if (isProvider(value)) return value;
  if (value.endsWith(".json")) return { specPath: value };
  throw new Error(
    `Unknown contract ${JSON.stringify(value)}: expected premiums, coanda, seyna or a path to an OpenAPI .json bundle`,
  );
}
