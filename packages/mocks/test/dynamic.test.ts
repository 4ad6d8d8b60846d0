import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkResponse } from "../src/contract/check-response.js";
import { credentialsFor } from "../src/contract/credentials.js";
import { exampleRequests, firstExample } from "../src/contract/examples.js";
import { mapLimit } from "../src/contract/http-client.js";
import { describeOperation, sendExample } from "../src/contract/replay.js";
import { SchemaValidator } from "../src/contract/schema-validator.js";
import { loadDocument, type Node } from "../src/spec/document.js";
import { listOperations } from "../src/spec/operations.js";
import { type RunningMocks, startMocks } from "../src/start-mocks.js";
import { bundleOf, PROVIDER_IDS } from "./helpers/providers.js";

// Dynamic mode generates every response from the schemas: this is where Prism's generator gaps show
// (nullable fields, anyOf, formats), so each generated response is validated against the spec.
describe("dynamic mode (seeded)", () => {
  let first: RunningMocks;
  let second: RunningMocks;

  beforeAll(async () => {
    const ports = Object.fromEntries(PROVIDER_IDS.map((id) => [id, 0]));
    // Determinism across instances is Prism's property, not a provider's: one provider is enough to check it.
    // `stateful: false`: Prism generates every answer (the sandbox would answer from stored examples).
    [first, second] = await Promise.all([
      startMocks({ ports, dynamic: true, seed: 7, stateful: false }),
      startMocks({ providers: ["seyna"], ports, dynamic: true, seed: 7, stateful: false }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
  });

  for (const provider of PROVIDER_IDS) {
    const document = loadDocument(bundleOf(provider));
    const validator = new SchemaValidator(document);
    const operations = listOperations(document);

    it(`${provider}: every generated response validates against its schema`, async () => {
      const results = await mapLimit(operations, 4, async (operation) => {
        const example = exampleRequests(document, operation)[0]!;
        const result = await sendExample(first.urls[provider]!, example, credentialsFor(document, operation));
        return { operation, result, violations: checkResponse(document, validator, operation, result) };
      });
      const failures = results
        .filter(({ result, violations }) => result.status >= 300 || violations.length > 0)
        .map(
          ({ operation, result, violations }) =>
            `${describeOperation(operation)} → ${result.status}: ${violations.map((v) => `${v.path} ${v.message}`).join("; ") || result.text.slice(0, 200)}`,
        );
      expect(failures).toEqual([]);
    });
  }

  it("the same seed gives the same data in another mock instance (seyna)", async () => {
    const provider = "seyna";
    const document = loadDocument(bundleOf(provider));
    const operations = listOperations(document);
    const operation = operations.find((candidate) => candidate.method === "get") ?? operations[0]!;
    const example = exampleRequests(document, operation)[0]!;
    const credential = credentialsFor(document, operation);
    const [a, b] = await Promise.all([
      sendExample(first.urls[provider]!, example, credential),
      sendExample(second.urls[provider]!, example, credential),
    ]);
    expect(a.status).toBe(b.status);
    expect(a.text).toBe(b.text);
    // …and it is generated, not the documented example static mode serves.
    const documented = firstExample(
      document,
      (operation.responses[String(a.status)]?.content as Record<string, Node> | undefined)?.[a.mediaType ?? ""],
    );
    if (documented !== undefined) expect(a.json).not.toEqual(documented.value);
  });
});
