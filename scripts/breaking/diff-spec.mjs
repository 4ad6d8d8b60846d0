// Lists the changes between a released OpenAPI document and a new one, each marked breaking or
// compatible for the people who call the API through our generated, typed clients.
import { follow as deref, listOperations } from "@partner-apis/contract-core";
import { diffSchemas } from "./schema-diff.mjs";

/**
 * Compares two bundled OpenAPI 3.x documents. Returns `{ breaking, compatible }`, two lists of
 * `{ level, rule, where, message }`; `where` names the operation and the field path.
 */
export function diffSpecs(before, after) {
  const docs = { before, after };
  const changes = [];
  const add = (level, rule, where, message) => changes.push({ level, rule, where, message });

  diffOperations(docs, add, changes);
  diffComponentNames(docs, add);
  diffSecuritySchemes(docs, add);

  return {
    breaking: changes.filter((change) => change.level === "breaking"),
    compatible: changes.filter((change) => change.level === "compatible"),
  };
}

function diffOperations(docs, add, changes) {
  const beforeOps = operations(docs.before);
  const afterOps = operations(docs.after);
  const afterTemplates = new Map([...afterOps.values()].map((op) => [`${op.method} ${template(op.path)}`, op]));

  for (const [id, op] of beforeOps) {
    const next = afterOps.get(id);
    if (next) {
      changes.push(...diffOperation(docs, op, next));
      continue;
    }
    const renamed = afterTemplates.get(`${op.method} ${template(op.path)}`);
    if (renamed && !beforeOps.has(`${renamed.method} ${renamed.path}`)) {
      add(
        "breaking",
        "path-parameter-renamed",
        id,
        `path is now ${renamed.path}: the typed client's path literal and its params.path keys change`,
      );
      continue;
    }
    add(
      "breaking",
      "operation-removed",
      id,
      "removed: callers of this operation stop compiling and the server no longer answers it",
    );
  }
  for (const [id, op] of afterOps) {
    if (beforeOps.has(id)) continue;
    const renamedFrom = [...beforeOps.values()].some(
      (old) =>
        old.method === op.method &&
        template(old.path) === template(op.path) &&
        !afterOps.has(`${old.method} ${old.path}`),
    );
    if (!renamedFrom)
      add(
        "compatible",
        "operation-added",
        id,
        `added${op.operation.operationId ? ` (${op.operation.operationId})` : ""}`,
      );
  }
}

/** Every operation by "METHOD /path", with its path-level parameters merged in (by the contract model). */
function operations(doc) {
  const result = new Map();
  for (const { method, path, node, parameters } of listOperations(doc)) {
    const id = `${method.toUpperCase()} ${path}`;
    const byKey = new Map(parameters.map((parameter) => [parameterKey(parameter.node), parameter.node]));
    result.set(id, { id, method: method.toUpperCase(), path, operation: node, parameters: byKey });
  }
  return result;
}

function parameterKey(parameter) {
  const name = parameter.in === "header" ? parameter.name.toLowerCase() : parameter.name;
  return `${parameter.in}:${name}`;
}

/** `/a/{id}/b` → `/a/{}/b`: two paths that differ only by parameter names. */
function template(path) {
  return path.replace(/\{[^}]*\}/g, "{}");
}

function diffOperation(docs, before, after) {
  const changes = [];
  const add = (level, rule, where, message) => changes.push({ level, rule, where, message });
  const id = before.id;

  if (before.operation.operationId && before.operation.operationId !== after.operation.operationId) {
    add(
      "breaking",
      "operation-id-changed",
      id,
      `expected operationId ${before.operation.operationId} as released, found ${after.operation.operationId ?? "(none)"}: the generated operations type is keyed by it`,
    );
  }
  if (!before.operation.deprecated && after.operation.deprecated)
    add("compatible", "operation-deprecated", id, "now deprecated");

  diffSecurity(docs, before, after, add);
  changes.push(...diffParameters(docs, before, after));
  changes.push(...diffRequestBody(docs, before, after));
  changes.push(...diffResponses(docs, before, after));
  return changes;
}

function diffSecurity(docs, before, after, add) {
  const alternatives = (doc, op) =>
    (op.operation.security ?? doc.security ?? []).map((requirement) => Object.keys(requirement));
  const beforeAlternatives = alternatives(docs.before, before);
  const afterAlternatives = alternatives(docs.after, after);
  // No requirement at all means anonymous access.
  const normalize = (list) => (list.length === 0 ? [[]] : list);
  for (const credentials of normalize(beforeAlternatives)) {
    const stillEnough = normalize(afterAlternatives).some((required) =>
      required.every((scheme) => credentials.includes(scheme)),
    );
    if (!stillEnough) {
      add(
        "breaking",
        "security-requirement-changed",
        before.id,
        `callers authenticated with ${credentials.length ? credentials.join(" + ") : "no credentials"} (as released) are no longer enough: now ${describeSecurity(afterAlternatives)}`,
      );
    }
  }
}

function describeSecurity(alternatives) {
  return alternatives.length === 0
    ? "anonymous"
    : alternatives.map((set) => (set.length ? set.join(" + ") : "anonymous")).join(" or ");
}

function diffParameters(docs, before, after) {
  const changes = [];
  const add = (level, rule, where, message) => changes.push({ level, rule, where, message });
  for (const [key, parameter] of before.parameters) {
    const where = `${before.id} › ${parameter.in} parameter ${parameter.name}`;
    const next = after.parameters.get(key);
    if (!next) {
      // A path parameter only disappears with its path, which is reported as a renamed path.
      if (parameter.in !== "path")
        add("breaking", "request-parameter-removed", where, "removed: callers that pass it stop compiling");
      continue;
    }
    if (!parameter.required && next.required)
      add("breaking", "request-parameter-became-required", where, "expected optional as released, found required");
    if ((parameter.style ?? null) !== (next.style ?? null) || (parameter.explode ?? null) !== (next.explode ?? null)) {
      add(
        "breaking",
        "request-parameter-serialization-changed",
        where,
        `expected style ${parameter.style ?? "default"}/explode ${parameter.explode ?? "default"} as released, found ${next.style ?? "default"}/${next.explode ?? "default"}`,
      );
    }
    if (parameter.schema && next.schema)
      changes.push(...diffSchemas(docs, parameter.schema, next.schema, "request", where));
  }
  for (const [key, parameter] of after.parameters) {
    if (before.parameters.has(key)) continue;
    const where = `${after.id} › ${parameter.in} parameter ${parameter.name}`;
    if (parameter.required)
      add(
        "breaking",
        "request-required-parameter-added",
        where,
        "new required parameter: released callers do not send it",
      );
    else add("compatible", "request-parameter-added", where, "added (optional)");
  }
  return changes;
}

function diffRequestBody(docs, before, after) {
  const changes = [];
  const add = (level, rule, where, message) => changes.push({ level, rule, where, message });
  const oldBody = deref(docs.before, before.operation.requestBody).node;
  const newBody = deref(docs.after, after.operation.requestBody).node;
  const where = `${before.id} › request body`;
  if (!oldBody && !newBody) return changes;
  if (!oldBody) {
    if (newBody.required)
      add("breaking", "request-body-added-required", where, "new required request body: released callers send none");
    else add("compatible", "request-body-added", where, "added (optional)");
    return changes;
  }
  if (!newBody) {
    add("breaking", "request-body-removed", where, "removed: callers that send a body stop compiling");
    return changes;
  }
  if (!oldBody.required && newBody.required)
    add("breaking", "request-body-became-required", where, "expected optional as released, found required");
  for (const [mediaType, media] of Object.entries(oldBody.content ?? {})) {
    const next = newBody.content?.[mediaType];
    if (!next) {
      add("breaking", "request-media-type-removed", `${where} (${mediaType})`, `${mediaType} is no longer accepted`);
      continue;
    }
    if (media.schema && next.schema)
      changes.push(...diffSchemas(docs, media.schema, next.schema, "request", `${where} (${mediaType})`));
  }
  for (const mediaType of Object.keys(newBody.content ?? {})) {
    if (!oldBody.content?.[mediaType])
      add("compatible", "request-media-type-added", `${where} (${mediaType})`, "now also accepted");
  }
  return changes;
}

function diffResponses(docs, before, after) {
  const changes = [];
  const add = (level, rule, where, message) => changes.push({ level, rule, where, message });
  const oldResponses = before.operation.responses ?? {};
  const newResponses = after.operation.responses ?? {};
  for (const [status, raw] of Object.entries(oldResponses)) {
    const where = `${before.id} › ${status} response`;
    if (!(status in newResponses)) {
      add(
        "breaking",
        "response-status-removed",
        where,
        `removed: code that handles ${status} (and its typed body) no longer matches the contract`,
      );
      continue;
    }
    const oldResponse = deref(docs.before, raw).node ?? {};
    const newResponse = deref(docs.after, newResponses[status]).node ?? {};
    for (const [mediaType, media] of Object.entries(oldResponse.content ?? {})) {
      const next = newResponse.content?.[mediaType];
      if (!next) {
        add("breaking", "response-media-type-removed", `${where} (${mediaType})`, `${mediaType} is no longer returned`);
        continue;
      }
      if (media.schema && next.schema)
        changes.push(...diffSchemas(docs, media.schema, next.schema, "response", `${where} (${mediaType})`));
    }
    for (const [name, rawHeader] of Object.entries(oldResponse.headers ?? {})) {
      const header = deref(docs.before, rawHeader).node ?? {};
      const present = Object.keys(newResponse.headers ?? {}).some(
        (other) => other.toLowerCase() === name.toLowerCase(),
      );
      if (!present)
        add(
          "breaking",
          "response-header-removed",
          `${where} › header ${name}`,
          `removed${header.required ? " (it was required)" : ""}`,
        );
    }
  }
  for (const status of Object.keys(newResponses)) {
    if (!(status in oldResponses))
      add("compatible", "response-status-added", `${after.id} › ${status} response`, "added");
  }
  return changes;
}

/** Each provider package exports every schema type by its name: removing one breaks imports. */
function diffComponentNames(docs, add) {
  const oldSchemas = Object.keys(docs.before.components?.schemas ?? {});
  const newSchemas = new Set(Object.keys(docs.after.components?.schemas ?? {}));
  for (const name of oldSchemas) {
    if (!newSchemas.has(name)) {
      add(
        "breaking",
        "schema-removed",
        `components.schemas.${name}`,
        "removed: the package exports it as a type, and imports of it stop compiling",
      );
    }
  }
  const oldNames = new Set(oldSchemas);
  for (const name of newSchemas) {
    if (!oldNames.has(name)) add("compatible", "schema-added", `components.schemas.${name}`, "added");
  }
}

function diffSecuritySchemes(docs, add) {
  const oldSchemes = docs.before.components?.securitySchemes ?? {};
  const newSchemes = docs.after.components?.securitySchemes ?? {};
  for (const [name, raw] of Object.entries(oldSchemes)) {
    if (!(name in newSchemes)) continue; // a scheme still required is reported per operation
    const was = schemeIdentity(deref(docs.before, raw).node);
    const now = schemeIdentity(deref(docs.after, newSchemes[name]).node);
    if (was !== now) {
      add(
        "breaking",
        "security-scheme-changed",
        `components.securitySchemes.${name}`,
        `expected ${was} as released, found ${now}`,
      );
    }
  }
}

/** What a client must do to authenticate with a scheme: its type, where the credential goes, token URLs. */
function schemeIdentity(scheme) {
  const flows = Object.entries(scheme.flows ?? {})
    .map(([flow, value]) => `${flow}(${value.tokenUrl ?? value.authorizationUrl ?? ""})`)
    .sort();
  return [scheme.type, scheme.scheme, scheme.in, scheme.name, ...flows].filter(Boolean).join(" ");
}
