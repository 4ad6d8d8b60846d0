// Writes, for one operation, the TypeScript a user types to call it through our client:
// the spec's own example as the body, required parameters filled in, the typed `{ data, error }` back.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { mediaTypeExample, parameterExample } from "./example-value.js";
import type { JsonObject, OpenApiDocument, OperationRef } from "./openapi.js";
import { deref, isObject, operationParameters } from "./openapi.js";
import type { Language, ProviderInfo } from "./providers.js";
import { mockUrl } from "./providers.js";
import { propertyKey, tsLiteral } from "./ts-literal.js";

const require = createRequire(import.meta.url);

export interface CodeSample {
  /** Redoc's `x-codeSamples` entry: `lang` picks the highlighter, `label` names the tab. */
  lang: "TypeScript";
  label: string;
  source: string;
}

const TEXT = {
  en: {
    mock: "local mock (npm start); omit baseUrl to call the API",
    errorComment: "typed from the error responses of this operation",
    pagesLabel: "TypeScript: every page",
    pagesComment: "follows `next` until the last page",
  },
  fr: {
    mock: "mock local (npm start) ; sans baseUrl : l’API réelle",
    errorComment: "typé d’après les réponses d’erreur de cette opération",
    pagesLabel: "TypeScript : toutes les pages",
    pagesComment: "suit `next` jusqu’à la dernière page",
  },
} as const;

/** The samples shown for an operation: the call itself, and for a cursor-paginated list, the loop over every page. */
export function codeSamplesFor(
  doc: OpenApiDocument,
  provider: ProviderInfo,
  op: OperationRef,
  language: Language = "en",
): CodeSample[] {
  const samples: CodeSample[] = [
    { lang: "TypeScript", label: "TypeScript", source: callSample(doc, provider, op, language) },
  ];
  const pages = paginationSample(doc, provider, op, language);
  if (pages) samples.push({ lang: "TypeScript", label: TEXT[language].pagesLabel, source: pages });
  return samples;
}

/** The lines that import the client and create it, with the mock as base URL. */
export function clientSetup(provider: ProviderInfo, language: Language = "en"): string {
  const credentials = provider.credentials.map(({ option, env }) => `  ${option}: process.env.${env}!,`);
  return [
    `import { ${provider.clientFactory} } from "${provider.clientPackage}";`,
    "",
    `const ${provider.clientVariable} = ${provider.clientFactory}({`,
    `  // ${TEXT[language].mock}`,
    `  baseUrl: "${mockUrl(provider)}",`,
    ...credentials,
    "});",
  ].join("\n");
}

function callSample(doc: OpenApiDocument, provider: ProviderInfo, op: OperationRef, language: Language): string {
  const init = requestInit(doc, op);
  const call = `await ${provider.clientVariable}.${op.method.toUpperCase()}("${op.path}"${init ? `, ${init}` : ""});`;
  return [
    clientSetup(provider, language),
    "",
    `const { data, error, response } = ${call}`,
    "if (error) {",
    `  // ${TEXT[language].errorComment}`,
    "  console.error(response.status, error);",
    "} else {",
    "  console.log(data);",
    "}",
    "",
  ].join("\n");
}

/** The `init` argument of the call (params, body, parsing), or "" when the call needs none. */
function requestInit(doc: OpenApiDocument, op: OperationRef): string {
  const fields: string[] = [];
  const params = requiredParams(doc, op);
  if (params) fields.push(`params: ${tsLiteral(params, "  ")}`);
  fields.push(...bodyFields(doc, op));
  const parseAs = responseParsing(doc, op);
  if (parseAs) fields.push(`parseAs: "${parseAs}"`);
  if (fields.length === 0) return "";
  return `{\n${fields.map((field) => `  ${field},`).join("\n")}\n}`;
}

/** `{ path, query, header }` with every required parameter (the client sets Authorization itself). */
export function requiredParams(
  doc: OpenApiDocument,
  op: OperationRef,
  include: (p: JsonObject) => boolean = () => false,
) {
  const groups: Record<string, Record<string, unknown>> = {};
  for (const parameter of operationParameters(doc, op)) {
    const location = parameter.in as string;
    if (location === "cookie") continue;
    if (location === "header" && /^(authorization|content-type|accept)$/i.test(parameter.name as string)) continue;
    if (parameter.required !== true && !include(parameter)) continue;
    groups[location] ??= {};
    groups[location][parameter.name as string] = parameterExample(doc, parameter) ?? "";
  }
  const ordered: Record<string, unknown> = {};
  for (const location of ["path", "query", "header"]) if (groups[location]) ordered[location] = groups[location];
  return Object.keys(ordered).length > 0 ? ordered : undefined;
}

function bodyFields(doc: OpenApiDocument, op: OperationRef): string[] {
  const requestBody = deref(doc, op.operation.requestBody);
  if (!isObject(requestBody) || !isObject(requestBody.content)) return [];
  const content = requestBody.content;
  const type = pickMediaType(Object.keys(content));
  if (!type) return [];
  const mediaType = deref(doc, content[type]);
  const example = isObject(mediaType) ? mediaTypeExample(doc, mediaType) : undefined;
  const body = `body: ${tsLiteral(example ?? {}, "  ")}`;
  if (isJson(type)) return [body];
  if (type === "multipart/form-data") {
    return [
      body,
      [
        "bodySerializer: (fields) => {",
        "    const form = new FormData();",
        "    for (const [name, value] of Object.entries(fields ?? {})) form.append(name, String(value));",
        "    return form;",
        "  }",
      ].join("\n"),
    ];
  }
  if (type === "application/x-www-form-urlencoded") {
    return [
      body,
      "bodySerializer: (fields) => new URLSearchParams(fields as Record<string, string>)",
      contentTypeHeader(type),
    ];
  }
  // text/csv, text/plain, application/octet-stream...: sent as it is.
  return [body, "bodySerializer: (raw) => raw", contentTypeHeader(type)];
}

function contentTypeHeader(type: string): string {
  return `headers: { ${propertyKey("Content-Type")}: "${type}" }`;
}

/** Prefers JSON, then form data, then whatever the operation declares first. */
export function pickMediaType(types: string[]): string | undefined {
  return (
    types.find(isJson) ??
    types.find((t) => t === "multipart/form-data") ??
    types.find((t) => t === "application/x-www-form-urlencoded") ??
    types[0]
  );
}

/** `application/json` or any `+json` type. */
export function isJson(type: string): boolean {
  return /^application\/(.+\+)?json$/.test(type.split(";")[0]!.trim());
}

/** openapi-fetch parses JSON by default: a text or binary success body needs `parseAs`. */
function responseParsing(doc: OpenApiDocument, op: OperationRef): "text" | "blob" | undefined {
  const responses = isObject(op.operation.responses) ? op.operation.responses : {};
  for (const [status, raw] of Object.entries(responses)) {
    if (!/^2/.test(status)) continue;
    const response = deref(doc, raw);
    if (!isObject(response) || !isObject(response.content)) continue;
    const types = Object.keys(response.content);
    if (types.length === 0 || types.some(isJson)) continue;
    return types.some((t) => t.startsWith("text/")) ? "text" : "blob";
  }
  return undefined;
}

/** For a cursor-paginated list (a GET with a `from` query parameter): every item through `client.paginate`. */
function paginationSample(
  doc: OpenApiDocument,
  provider: ProviderInfo,
  op: OperationRef,
  language: Language,
): string | undefined {
  // Only a client that offers `paginate()` gets the loop; the spec's `from` parameter says which operations.
  if (op.method !== "get" || !clientPaginates(provider)) return undefined;
  const parameters = operationParameters(doc, op);
  if (!parameters.some((p) => p.in === "query" && p.name === "from")) return undefined;
  const params = requiredParams(doc, op);
  const item = itemName(op.path);
  const options = [...(params ? [`params: ${tsLiteral(params, "  ")}`] : []), "pageSize: 100"];
  return [
    clientSetup(provider, language),
    "",
    `// ${TEXT[language].pagesComment}`,
    `for await (const ${item} of ${provider.clientVariable}.paginate("${op.path}", {`,
    ...options.map((option) => `  ${option},`),
    "})) {",
    `  console.log(${item});`,
    "}",
    "",
  ].join("\n");
}

const paginating = new Map<string, boolean>();

/** Whether the provider's client package declares `paginate` (read from its built type declarations). */
export function clientPaginates(provider: ProviderInfo): boolean {
  let known = paginating.get(provider.clientPackage);
  if (known === undefined) {
    try {
      const manifest = require.resolve(`${provider.clientPackage}/package.json`);
      const types = join(dirname(manifest), "dist", "client.d.ts");
      known = existsSync(types) && /\bpaginate\b/.test(readFileSync(types, "utf8"));
    } catch {
      known = false;
    }
    paginating.set(provider.clientPackage, known);
  }
  return known;
}

/** `/portfolios/{id}/contract-versions` → `contractVersion`. */
function itemName(path: string): string {
  const last =
    path
      .split("/")
      .filter((segment) => segment && !segment.startsWith("{"))
      .pop() ?? "item";
  const singular = last.replace(/ies$/, "y").replace(/s$/, "");
  const camel = singular.replace(/[-_]+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return /^[A-Za-z_$][\w$]*$/.test(camel) ? camel : "item";
}
