import { loadModel } from "@partner-apis/contract-core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkResponse } from "../../src/contract/check-response.js";
import { credentialsFor, malformedCredentials } from "../../src/contract/credentials.js";
import { type ExampleRequest, exampleRequests, preferredMediaType } from "../../src/contract/examples.js";
import { mapLimit } from "../../src/contract/http-client.js";
import { describeOperation, sendExample } from "../../src/contract/replay.js";
import { pointerTo, SchemaValidator } from "../../src/contract/schema-validator.js";
import { findProvider, mockedProviders } from "../../src/registry.js";
import { isJsonMediaType } from "../../src/spec/media-type.js";
import { type Operation, requiresCredentials } from "../../src/spec/operations.js";
import { type RunningMock, startMock } from "../../src/start-mock.js";
import { expectProviderError, show } from "./provider-error.js";
import {
  arbitraryFor,
  formatPath,
  type Mutation,
  mutate,
  pathsOf,
  replaced,
  without,
  wrongTypeFor,
} from "./sampler.js";

/** Requests in flight per test: enough to overlap Prism's latency, few enough for 2 cores. */
const CONCURRENCY = 6;
/** Generated bodies per operation and per kind (valid / invalid). */
const RUNS = Number(process.env.FC_RUNS ?? 20);
/** Base seed; each operation derives its own from it so adding an operation does not reshuffle the others. */
export const FC_SEED = Number(process.env.FC_SEED ?? 424242);

function seedFor(operation: Operation): number {
  let hash = FC_SEED | 0;
  for (const char of operation.id) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

/**
 * The contract suite of one provider, generated from its bundled spec: every operation's documented
 * example, required fields removed one by one, wrong types, credentials, unknown paths, and seeded
 * property-based batches of valid and invalid bodies. Nothing here lists operations by hand.
 */
export function defineContractSuite(provider: string): void {
  const bundle = findProvider(mockedProviders(), provider).bundlePath;
  // The contract core's model of the bundle: its operations, and (through SchemaValidator) its validators.
  const { document, operations } = loadModel(bundle);
  const validator = new SchemaValidator(document);
  let mock: RunningMock;

  beforeAll(async () => {
    mock = await startMock(provider, { port: 0 });
  }, 120_000);
  afterAll(async () => {
    await mock?.stop();
  });

  it(`${provider} spec has operations`, () => {
    expect(operations.length, `${bundle} has no operations`).toBeGreaterThan(0);
  });

  it("answers an unknown path with a documented 404 in the provider's shape", async () => {
    const example: ExampleRequest = {
      operation: operations[0]!,
      label: "unknown",
      pathParams: {},
      query: {},
      headers: {},
    };
    const result = await sendExample(mock.url, example, credentialsFor(document, operations[0]!), {
      path: "/__no_such_path__/contract-suite",
      body: { none: true },
    });
    expectProviderError(validator, operations, undefined, result, [404, 404], "unknown path");
  });

  for (const operation of operations) {
    describe(describeOperation(operation), () => {
      const credential = credentialsFor(document, operation);
      const examples = exampleRequests(document, operation);
      const main = examples[0]!;

      it("answers each documented example with a 2xx that validates against the response schema", async () => {
        for (const example of examples) {
          if (example.body !== undefined) {
            const requestViolations = validator.violations(example.body.schemaPointer, example.body.value);
            expect(
              requestViolations,
              `request example ${example.label} does not validate against its own schema`,
            ).toEqual([]);
          }
          const result = await sendExample(mock.url, example, credential);
          expect(result.status, `example ${example.label}: ${show(result)}`).toBeGreaterThanOrEqual(200);
          expect(result.status, `example ${example.label}: ${show(result)}`).toBeLessThan(300);
          expect(
            checkResponse(document, validator, operation, result),
            `example ${example.label}: response ${show(result)}`,
          ).toEqual([]);
        }
      });

      const required = operation.parameters.filter(
        (parameter) => parameter.required && (parameter.in === "query" || parameter.in === "header"),
      );
      if (required.length > 0) {
        it("rejects each required parameter removed, naming it", async () => {
          for (const parameter of required) {
            const overrides =
              parameter.in === "query"
                ? { query: { [parameter.name]: undefined } }
                : { headers: { [parameter.name.toLowerCase()]: undefined } };
            const trimmed = { ...main, query: { ...main.query }, headers: { ...main.headers } };
            delete trimmed.query[parameter.name];
            delete trimmed.headers[parameter.name.toLowerCase()];
            const result = await sendExample(mock.url, trimmed, credential, overrides);
            expectProviderError(
              validator,
              operations,
              operation,
              result,
              [400, 499],
              `without ${parameter.in} parameter ${parameter.name}`,
            );
            expect(result.text, `the problem should name ${parameter.name}`).toContain(parameter.name);
          }
        });
      }

      if (requiresCredentials(operation) && credential !== undefined) {
        it("answers 401 without credentials or with malformed ones", async () => {
          const missing = await sendExample(mock.url, main, undefined);
          expectProviderError(validator, operations, operation, missing, [401, 401], "without credentials");
          for (const variant of malformedCredentials(credential)) {
            const result = await sendExample(mock.url, main, credential, { headers: variant.headers });
            expectProviderError(validator, operations, operation, result, [401, 401], `with a ${variant.label}`);
          }
        });
      }

      const body = main.body;
      const structured =
        body !== undefined &&
        (isJsonMediaType(body.mediaType) || body.mediaType === "application/x-www-form-urlencoded");
      if (body !== undefined && structured) {
        it("rejects the example with each required field removed, naming the field", async () => {
          const pointer = body.schemaPointer;
          const removals = pathsOf(body.value)
            .filter((path) => path.length > 0 && typeof path[path.length - 1] === "string")
            .filter((path) => {
              const errors = validator.violations(pointer, without(body.value, path));
              return errors.some((error) => error.path === formatPath(path) && error.message.includes("required"));
            });
          const results = await mapLimit(removals, CONCURRENCY, (path) =>
            sendExample(mock.url, main, credential, { body: { value: without(body.value, path) } }),
          );
          removals.forEach((path, index) => {
            const result = results[index]!;
            const field = String(path[path.length - 1]);
            expectProviderError(validator, operations, operation, result, [400, 499], `without ${formatPath(path)}`);
            expect(result.text, `the problem for a missing ${formatPath(path)} should name ${field}`).toContain(field);
          });
        });
      }

      if (body !== undefined && isJsonMediaType(body.mediaType)) {
        const pointer = body.schemaPointer;

        it("rejects a wrong type anywhere in the example", async () => {
          const changes = pathsOf(body.value)
            .map((path) => ({
              path,
              value: replaced(
                body.value,
                path,
                wrongTypeFor(
                  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], body.value),
                ),
              ),
            }))
            .filter(({ value }) => validator.violations(pointer, value).length > 0);
          expect(changes.length, "no wrong-type change made the example invalid").toBeGreaterThan(0);
          const results = await mapLimit(changes, CONCURRENCY, ({ value }) =>
            sendExample(mock.url, main, credential, { body: { value } }),
          );
          for (const [index, { path }] of changes.entries()) {
            expectProviderError(
              validator,
              operations,
              operation,
              results[index]!,
              [400, 499],
              `wrong type at ${formatPath(path)}`,
            );
          }
        });

        it(`accepts ${RUNS} generated valid bodies and rejects ${RUNS} generated invalid ones (seeded)`, async () => {
          const seed = seedFor(operation);
          const schema = operation.requestBody!.content[preferredMediaType(operation)!]!.schema;
          const arbitrary = arbitraryFor(document, schema);
          const candidates = fc.sample(arbitrary, { seed, numRuns: RUNS * 5 });
          const valid = [
            body.value,
            ...candidates.filter((value) => validator.violations(pointer, value).length === 0),
          ].slice(0, RUNS);
          const kinds: Mutation[] = ["remove", "wrong-type", "extra-property", "root"];
          const mutations = fc.sample(fc.tuple(fc.constantFrom(...valid), fc.constantFrom(...kinds), fc.nat()), {
            seed: seed + 1,
            numRuns: RUNS * 5,
          });
          const invalid = mutations
            .map(([value, kind, pick]) => mutate(value, kind, pick))
            .filter((value) => value !== undefined && validator.violations(pointer, value).length > 0)
            .slice(0, RUNS);
          const replay = `FC_SEED=${FC_SEED} (operation seed ${seed})`;
          expect(valid.length, `${replay}: the sampler produced fewer than 2 valid bodies`).toBeGreaterThan(1);
          expect(invalid.length, `${replay}: the sampler produced no invalid body`).toBeGreaterThan(0);

          const validResults = await mapLimit(valid, CONCURRENCY, (value) =>
            sendExample(mock.url, main, credential, { body: { value } }),
          );
          const invalidResults = await mapLimit(invalid, CONCURRENCY, (value) =>
            sendExample(mock.url, main, credential, { body: { value } }),
          );
          validResults.forEach((result, index) => {
            const sent = JSON.stringify(valid[index]);
            expect(result.status, `${replay}: valid body ${sent} → ${show(result)}`).toBeGreaterThanOrEqual(200);
            expect(result.status, `${replay}: valid body ${sent} → ${show(result)}`).toBeLessThan(300);
          });
          invalidResults.forEach((result, index) => {
            const sent = JSON.stringify(invalid[index]);
            expectProviderError(
              validator,
              operations,
              operation,
              result,
              [400, 499],
              `${replay}: invalid body ${sent} (${validator
                .violations(pointer, invalid[index])
                .map((v) => `${v.path} ${v.message}`)
                .join("; ")})`,
            );
          });
        });
      }
    });
  }

  it("documents every operation's response schemas reachable from the operation", () => {
    for (const operation of operations) {
      for (const status of Object.keys(operation.responses)) {
        const content = operation.responses[status]!.content as Record<string, { schema?: unknown }> | undefined;
        for (const mediaType of Object.keys(content ?? {})) {
          if (content![mediaType]!.schema === undefined) continue;
          expect(
            () => validator.compile(pointerTo(operation.pointer, "responses", status, "content", mediaType, "schema")),
            `${operation.id} ${status} ${mediaType}`,
          ).not.toThrow();
        }
      }
    }
  });
}
