// What it takes to call one operation, read from the spec once and shared by the curl samples and
// the Try it console: the example request (parameters, body), the documented success status, and how
// the provider's auth kind (from the registry) turns the reader's credentials into a header.

import { requiresCredentials } from "@partner-apis/contract-core";
import { isJson, pickMediaType, requiredParams } from "./code-samples.js";
import { mediaTypeExample, parameterExample } from "./example-value.js";
import type { JsonObject, OpenApiDocument, OperationRef } from "./openapi.js";
import { deref, isObject, listOperations, operationParameters } from "./openapi.js";
import type { AuthKind, ProviderInfo } from "./providers.js";

export interface ParameterPlan {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  /** The example value, as the reader would type it. */
  value: string;
}

export interface RequestPlan {
  operationId: string;
  method: string;
  path: string;
  parameters: ParameterPlan[];
  body?: { contentType: string; value: unknown };
  /** The first documented 2xx status. */
  successStatus: number;
  /** Whether the operation needs the provider's credentials (`security: []` means no). */
  secured: boolean;
}

/** How the reader's credentials become an `Authorization` header. */
export interface AuthPlan {
  kind: AuthKind;
  /** Credential fields, in the registry's order (label = the client option, env = the samples' variable). */
  credentials: Array<{ option: string; env: string }>;
  /** For token-based kinds: the call that issues the token, and where the credentials go in it. */
  token?: {
    method: string;
    path: string;
    /** `form`: an urlencoded body (OAuth2 client credentials); `query`: query parameters. */
    carrier: "form" | "query";
    /** Field name per credential, same order as `credentials`. */
    fields: string[];
    /** Other fields the call sends as they are (grant type, scope). */
    extra: Record<string, string>;
    /** How the token comes back: a JSON `access_token` or the raw text body. */
    response: "json" | "text";
  };
}

/** The example request of an operation. */
export function requestPlan(doc: OpenApiDocument, op: OperationRef): RequestPlan {
  const required = requiredParams(doc, op) ?? {};
  const parameters: ParameterPlan[] = [];
  for (const parameter of operationParameters(doc, op)) {
    const location = parameter.in as string;
    if (location !== "path" && location !== "query" && location !== "header") continue;
    const name = parameter.name as string;
    if (location === "header" && /^(authorization|content-type|accept)$/i.test(name)) continue;
    const isRequired = parameter.required === true || location === "path";
    const fromRequired = (required as Record<string, Record<string, unknown>>)[location]?.[name];
    const value = fromRequired !== undefined ? fromRequired : isRequired ? parameterExample(doc, parameter) : "";
    parameters.push({ name, in: location, required: isRequired, value: stringValue(value) });
  }
  const plan: RequestPlan = {
    operationId: typeof op.operation.operationId === "string" ? op.operation.operationId : `${op.method} ${op.path}`,
    method: op.method.toUpperCase(),
    path: op.path,
    parameters,
    successStatus: successStatus(op.operation),
    // The core's reading: the operation's own security, else the document's; an empty `{}` entry means optional.
    secured: requiresCredentials(op.model),
  };
  const body = exampleBody(doc, op);
  if (body) plan.body = body;
  return plan;
}

function stringValue(value: unknown): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

function exampleBody(doc: OpenApiDocument, op: OperationRef): RequestPlan["body"] {
  const requestBody = deref(doc, op.operation.requestBody);
  if (!isObject(requestBody) || !isObject(requestBody.content)) return undefined;
  const contentType = pickMediaType(Object.keys(requestBody.content));
  if (!contentType) return undefined;
  const mediaType = deref(doc, requestBody.content[contentType]);
  const value = isObject(mediaType) ? mediaTypeExample(doc, mediaType) : undefined;
  return { contentType, value: value ?? (isJson(contentType) ? {} : "") };
}

function successStatus(operation: JsonObject): number {
  const responses = isObject(operation.responses) ? Object.keys(operation.responses) : [];
  const success = responses.find((status) => /^2\d\d$/.test(status));
  return success ? Number(success) : 200;
}

/** How the provider's credentials are sent, from its registry auth kind and its spec's token call. */
export function authPlan(doc: OpenApiDocument, provider: ProviderInfo): AuthPlan {
  const plan: AuthPlan = { kind: provider.authKind, credentials: provider.credentials };
  if (provider.authKind === "oauth2-client-credentials") {
    const tokenPath = oauthTokenPath(doc);
    if (tokenPath) {
      const op = listOperations(doc).find((o) => o.path === tokenPath);
      const body = op ? exampleBody(doc, op) : undefined;
      const example = isObject(body?.value) ? (body.value as JsonObject) : {};
      const fields = ["client_id", "client_secret"];
      const extra = Object.fromEntries(
        Object.entries(example)
          .filter(([key]) => !fields.includes(key))
          .map(([key, value]) => [key, String(value)]),
      );
      plan.token = {
        method: op?.method.toUpperCase() ?? "POST",
        path: tokenPath,
        carrier: "form",
        fields,
        extra,
        response: "json",
      };
    }
  } else if (provider.authKind === "jwt-bearer") {
    // The call that issues the JWT is the one operation that needs no credentials itself.
    const op = listOperations(doc).find((o) => !requiresCredentials(o.model));
    if (op) {
      const query = operationParameters(doc, op).filter((p) => p.in === "query" && p.required === true);
      plan.token = {
        method: op.method.toUpperCase(),
        path: op.path,
        carrier: "query",
        fields: query.map((p) => p.name as string).slice(0, provider.credentials.length),
        extra: {},
        response: successIsJson(doc, op) ? "json" : "text",
      };
    }
  }
  return plan;
}

/** The path of the spec's OAuth2 client-credentials token URL (the mock serves it under its own host). */
function oauthTokenPath(doc: OpenApiDocument): string | undefined {
  const schemes = isObject(doc.components?.securitySchemes) ? doc.components.securitySchemes : {};
  for (const scheme of Object.values(schemes)) {
    if (!isObject(scheme) || scheme.type !== "oauth2" || !isObject(scheme.flows)) continue;
    const flow = scheme.flows.clientCredentials;
    if (isObject(flow) && typeof flow.tokenUrl === "string") return new URL(flow.tokenUrl, "http://host").pathname;
  }
  return undefined;
}

function successIsJson(doc: OpenApiDocument, op: OperationRef): boolean {
  const responses = isObject(op.operation.responses) ? op.operation.responses : {};
  const success = Object.entries(responses).find(([status]) => /^2/.test(status));
  const response = success ? deref(doc, success[1]) : undefined;
  return isObject(response) && isObject(response.content) && Object.keys(response.content).some(isJson);
}

export { isTokenCall } from "./token-call.js";
