// Checks the request and response samples of a provider's own documentation pages (copied into a package's
// test fixture, test/fixtures/seed-samples.json) against the bundled contract, through the contract core's
// model: a sample the provider shows must always be valid under the schema of its operation and status, so
// no guess of ours can reject it.
import { readFileSync } from "node:fs";
import { loadModel } from "@partner-apis/contract-core";

// The page writes these type names in place of values (Coanda's simulation results): a value of that type.
const TYPE_NAME_VALUES = { float: 0.5, int: 1 };

/** The samples of a fixture file (`{ samples: [...] }`). */
export function readSeedSamples(fixturePath) {
  return JSON.parse(readFileSync(fixturePath, "utf8")).samples;
}

/** Each sample checked against the bundle at `bundlePath`: `{ title, violations }` (no violation: valid). */
export function checkSeedSamples(bundlePath, samples) {
  const model = loadModel(bundlePath);
  return samples.map((sample) => {
    try {
      return {
        title: sample.title,
        violations: violationsOf(model, sample).map(({ path, message }) => `${path}: ${message}`),
      };
    } catch (error) {
      return { title: sample.title, violations: [error.message] };
    }
  });
}

function violationsOf(model, sample) {
  switch (sample.in) {
    case "body": {
      const content = operationOf(model, sample).requestBody?.content[sample.mediaType];
      if (content === undefined) return [{ path: "body", message: `no ${sample.mediaType} request body` }];
      return model.validator(content.schemaPointer)(sample.value, "body");
    }
    case "response":
      return model.validateResponse(operationOf(model, sample), {
        status: sample.status,
        mediaType: sample.mediaType,
        body: sample.typeNames ? replaceTypeNames(sample.value) : sample.value,
      });
    case "query": {
      const operation = operationOf(model, sample);
      const declared = operation.parameters.filter((p) => p.in === "query").map((p) => p.name);
      const unknown = Object.keys(sample.value)
        .filter((name) => !declared.includes(name))
        .map((name) => ({
          path: `query.${name}`,
          message: `is not a query parameter (expected ${declared.join(", ")})`,
        }));
      return [...model.validateRequest(operation, { query: sample.value }), ...unknown];
    }
    case "fields":
      // A fragment of a schema's fields: each field against its own schema.
      return Object.entries(sample.value).flatMap(([field, value]) =>
        model.validator(`#/components/schemas/${sample.schema}/properties/${field}`)(value, field),
      );
    default:
      throw new Error(
        `sample "${sample.title}": expected "in" to be body, response, query or fields, found ${sample.in}`,
      );
  }
}

function operationOf(model, { method, path, title }) {
  const operation = model.operations.find((candidate) => candidate.method === method && candidate.path === path);
  if (operation === undefined) throw new Error(`sample "${title}": the contract has no ${method} ${path}`);
  return operation;
}

function replaceTypeNames(value) {
  if (Array.isArray(value)) return value.map(replaceTypeNames);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceTypeNames(item)]));
  return typeof value === "string" && value in TYPE_NAME_VALUES ? TYPE_NAME_VALUES[value] : value;
}
