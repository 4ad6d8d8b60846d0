// Checks the request and response samples of a provider's own documentation pages (copied into a package's
// test fixture, test/fixtures/seed-samples.json) against the bundled contract: a sample the provider shows
// must always be valid under the schema of its operation and status, so no guess of ours can reject it.
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS: under ESM its default export may arrive as the module object.
const addFormats = addFormatsModule.default ?? addFormatsModule;

// The page writes these type names in place of values (Coanda's simulation results): a value of that type.
const TYPE_NAME_VALUES = { float: 0.5, int: 1 };

/** The samples of a fixture file (`{ samples: [...] }`). */
export function readSeedSamples(fixturePath) {
  return JSON.parse(readFileSync(fixturePath, "utf8")).samples;
}

/** Each sample checked against the bundle at `bundlePath`: `{ title, violations }` (no violation: valid). */
export function checkSeedSamples(bundlePath, samples) {
  const document = JSON.parse(readFileSync(bundlePath, "utf8"));
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  // OpenAPI's own formats, as the mocks validate them.
  ajv.addFormat("int32", { type: "number", validate: (n) => Number.isInteger(n) && Math.abs(n) <= 2 ** 31 });
  ajv.addFormat("int64", { type: "number", validate: (n) => Number.isInteger(n) });
  for (const name of ["float", "double"]) ajv.addFormat(name, { type: "number", validate: () => true });
  for (const name of ["byte", "binary", "password"]) ajv.addFormat(name, true);
  ajv.addSchema(document, "spec");
  const validate = (pointer, value, prefix) => {
    const check = ajv.compile({ $ref: `spec${pointer}` });
    if (check(value)) return [];
    return (check.errors ?? []).map(
      (error) => `${prefix}${error.instancePath.replace(/\//g, ".")}: ${error.message} (${error.keyword})`,
    );
  };
  return samples.map((sample) => {
    try {
      return { title: sample.title, violations: violationsOf(document, sample, validate) };
    } catch (error) {
      return { title: sample.title, violations: [error.message] };
    }
  });
}

function violationsOf(document, sample, validate) {
  const operation = ["paths", sample.path, sample.method];
  switch (sample.in) {
    case "body":
      return validate(
        locate(document, [...operation, "requestBody", "content", sample.mediaType, "schema"]),
        sample.value,
        "body",
      );
    case "response": {
      const value = sample.typeNames ? replaceTypeNames(sample.value) : sample.value;
      const at = [...operation, "responses", String(sample.status), "content", sample.mediaType, "schema"];
      return validate(locate(document, at), value, "body");
    }
    case "query":
      return queryViolations(document, operation, sample.value, validate);
    case "fields":
      // A fragment of a schema's fields: each field against its own schema.
      return Object.entries(sample.value).flatMap(([field, value]) =>
        validate(locate(document, ["components", "schemas", sample.schema, "properties", field]), value, field),
      );
    default:
      throw new Error(
        `sample "${sample.title}": expected "in" to be body, response, query or fields, found ${sample.in}`,
      );
  }
}

function queryViolations(document, operation, values, validate) {
  const declared = new Map();
  for (const owner of [operation.slice(0, 2), operation]) {
    const list = at(document, owner)?.parameters ?? [];
    list.forEach((_, index) => {
      const pointer = locate(document, [...owner, "parameters", String(index)]);
      const parameter = resolvePointer(document, pointer);
      if (parameter.in === "query") declared.set(parameter.name, { pointer, required: parameter.required === true });
    });
  }
  const violations = [];
  for (const [name, { pointer, required }] of declared) {
    if (name in values) violations.push(...validate(`${pointer}/schema`, values[name], `query.${name}`));
    else if (required) violations.push(`query.${name}: is required but missing`);
  }
  for (const name of Object.keys(values))
    if (!declared.has(name)) violations.push(`query.${name}: is not a query parameter of the operation`);
  return violations;
}

/** The JSON pointer of the node at `segments`, following every `$ref` met on the way (ajv resolves literally). */
function locate(document, segments) {
  let node = document;
  let pointer = "#";
  for (const segment of segments) {
    node = node?.[segment];
    pointer += `/${segment.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    if (node === undefined) throw new Error(`the contract has nothing at ${pointer}`);
    while (typeof node.$ref === "string") {
      pointer = node.$ref;
      node = resolvePointer(document, pointer);
    }
  }
  return pointer;
}

function at(document, segments) {
  return segments.reduce((node, segment) => node?.[segment], document);
}

function resolvePointer(document, pointer) {
  const segments = pointer
    .replace(/^#\//, "")
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const node = at(document, segments);
  if (node === undefined) throw new Error(`unresolved $ref ${pointer}`);
  return node;
}

function replaceTypeNames(value) {
  if (Array.isArray(value)) return value.map(replaceTypeNames);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceTypeNames(item)]));
  return typeof value === "string" && value in TYPE_NAME_VALUES ? TYPE_NAME_VALUES[value] : value;
}
