import { checkResponse, successKeys } from "../contract/check-response.js";
import { type Credential, credentialsFor } from "../contract/credentials.js";
import { type ExampleRequest, exampleRequests } from "../contract/examples.js";
import { type HttpResult, mapLimit } from "../contract/http-client.js";
import { describeOperation, sendExample } from "../contract/replay.js";
import { SchemaValidator, type Violation } from "../contract/schema-validator.js";
import { findProvider, mockedProviders } from "../registry.js";
import { loadDocument } from "../spec/document.js";
import { listOperations, type Operation, requiresCredentials } from "../spec/operations.js";

export interface VerifyOptions {
  /** Registry id of the provider whose bundled spec is the contract, or a path to another OpenAPI JSON document. */
  contract: string | { specPath: string };
  /** Base URL of the real server under test. */
  target: string;
  /** Authorization (or other) headers for the real server; default: well-formed dummy credentials from the spec. */
  headers?: Record<string, string>;
  /** Requests in flight at once. Default 4. */
  concurrency?: number;
}

/** One replayed example and every way its real response broke the contract. */
export interface ExampleOutcome {
  /** The operation's id (`operationId`, else `METHOD path`). */
  operation: string;
  /** `METHOD path`, for people. */
  route: string;
  example: string;
  /** The status the server answered. */
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

/**
 * Replays every operation's documented examples against `target` and collects each mismatch between
 * the real responses and the contract: undocumented status or Content-Type, missing field, wrong type,
 * with the operation and the field path (validated with the contract's own schemas).
 */
export async function verifyContract(options: VerifyOptions): Promise<VerifyReport> {
  const spec =
    typeof options.contract === "string"
      ? findProvider(mockedProviders(), options.contract).bundlePath
      : options.contract.specPath;
  const document = loadDocument(spec);
  const validator = new SchemaValidator(document);
  {
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
        const result = await sendExample(options.target, example, credential);
        return {
          operation: example.operation.id,
          route: `${example.operation.method.toUpperCase()} ${example.operation.path}`,
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

/** The contract's check of one answer, plus a non-2xx answer to a documented example. */
function mismatchesOf(
  document: Parameters<typeof checkResponse>[0],
  validator: SchemaValidator,
  operation: Operation,
  result: HttpResult,
): Violation[] {
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

/** A readable, line-per-mismatch report. */
export function formatReport(report: VerifyReport): string {
  const lines: string[] = [`Contract ${report.spec}`, `Target   ${report.target}`, ""];
  for (const outcome of report.outcomes) {
    const mark = outcome.mismatches.length === 0 ? "ok  " : "FAIL";
    lines.push(`${mark} ${outcome.operation} (${outcome.route}) [example ${outcome.example}] → ${outcome.status}`);
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

/** Parses a provider id or a bundle path; throws naming the expected values. */
export function contractFor(value: string): string | { specPath: string } {
  if (value.endsWith(".json")) return { specPath: value };
  const ids = mockedProviders().map((provider) => provider.id);
  if (ids.includes(value)) return value;
  throw new Error(
    `Unknown contract ${JSON.stringify(value)}: expected ${ids.join(", ")} or a path to an OpenAPI .json bundle`,
  );
}
