import { afterEach, describe, expect, it } from "vitest";
import { SchemaValidator } from "../src/contract/schema-validator.js";
import { isNode, loadDocument } from "../src/spec/document.js";
import { listOperations, type Operation } from "../src/spec/operations.js";
import { formatReport, verifyContract } from "../src/verify/verify-contract.js";
import { bundleOf, PROVIDER_IDS } from "./helpers/providers.js";
import { documentedReply, type Reply, startSpecServer } from "./helpers/spec-server.js";

describe("contract:verify against real local servers", () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });

  for (const provider of PROVIDER_IDS) {
    it(`${provider}: a server that answers the documented examples has no mismatch`, async () => {
      const server = await startSpecServer(loadDocument(bundleOf(provider)));
      closers.push(server.close);
      const report = await verifyContract({ contract: provider, target: server.url });
      expect(report.outcomes.length).toBeGreaterThanOrEqual(
        listOperations(loadDocument(bundleOf(provider))).length - report.skipped.length,
      );
      expect(report.mismatchCount, formatReport(report)).toBe(0);
      expect(report.skipped).toEqual([]);
    }, 120_000);
  }

  it("seyna: reports a wrong status, a missing required field and a wrong type, with operation and field path", async () => {
    const document = loadDocument(bundleOf("seyna"));
    const validator = new SchemaValidator(document);
    // Three operations whose documented reply is a JSON object, each broken a different way.
    const objects = listOperations(document).filter((operation) => isNode(documentedReply(document, operation).body));
    const [wrongStatus, missingField, wrongType] = objects;
    expect(wrongType, "the seyna spec needs three operations with JSON object responses").toBeDefined();
    const requiredKey = (operation: Operation, body: Record<string, unknown>) =>
      Object.keys(body).find((key) => {
        const { [key]: _dropped, ...rest } = body;
        const pointer = `${operation.pointer}/responses/${Object.keys(operation.responses).find((status) => status.startsWith("2"))}/content/application~1json/schema`;
        return validator.violations(pointer, rest).some((violation) => violation.path === `body.${key}`);
      })!;
    const stringKey = (body: Record<string, unknown>) =>
      Object.keys(body).find((key) => typeof body[key] === "string")!;
    const expectations: Record<string, RegExp> = {};

    const server = await startSpecServer(document, (operation, reply): Reply => {
      const body = reply.body as Record<string, unknown>;
      if (operation.id === wrongStatus!.id) return { ...reply, status: 202 };
      if (operation.id === missingField!.id) {
        const key = requiredKey(operation, body);
        expectations[operation.id] = new RegExp(`body\\.${key}: is required but missing`);
        const { [key]: _removed, ...rest } = body;
        return { ...reply, body: rest };
      }
      if (operation.id === wrongType!.id) {
        const key = stringKey(body);
        expectations[operation.id] = new RegExp(`body\\.${key}: .*string`);
        return { ...reply, body: { ...body, [key]: 12345 } };
      }
      return reply;
    });
    closers.push(server.close);

    const report = await verifyContract({ contract: "seyna", target: server.url });
    const text = formatReport(report);
    const failing = report.outcomes
      .filter((outcome) => outcome.mismatches.length > 0)
      .map((outcome) => outcome.operation);
    expect(new Set(failing), text).toEqual(new Set([wrongStatus!.id, missingField!.id, wrongType!.id]));
    const section = (operation: Operation) =>
      report.outcomes
        .find((outcome) => outcome.operation === operation.id)!
        .mismatches.map((m) => `${m.path}: ${m.message}`)
        .join("\n");
    expect(section(wrongStatus!), text).toMatch(/status|202/);
    expect(section(missingField!), text).toMatch(expectations[missingField!.id]!);
    expect(section(wrongType!), text).toMatch(expectations[wrongType!.id]!);
  }, 120_000);
});
