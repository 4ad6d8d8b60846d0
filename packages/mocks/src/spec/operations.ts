import { deref, isNode, type Node, type OpenApiDocument } from "./document.js";

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** One parameter of an operation, `$ref`s resolved. */
export interface Parameter {
  name: string;
  in: "query" | "header" | "path" | "cookie";
  required: boolean;
  schema?: Node;
  example?: unknown;
  examples?: Record<string, unknown>;
  style?: string;
  explode?: boolean;
}

/** One operation of the document, with what a client needs to call it. */
export interface Operation {
  /** `operationId`, or `METHOD path` when the spec has none. */
  id: string;
  method: HttpMethod;
  /** The path template, e.g. `/portfolios/{portfolio_id}`. */
  path: string;
  /** JSON pointer of the operation object, e.g. `#/paths/~1pets/post`. */
  pointer: string;
  parameters: Parameter[];
  requestBody?: { required: boolean; content: Record<string, Node> };
  responses: Record<string, Node>;
  /** Effective security requirements (operation's, else the document's); empty = none. */
  security: Record<string, string[]>[];
  node: Node;
}

/** Every operation of the document, in document order. */
export function listOperations(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  const globalSecurity = (document.security as Record<string, string[]>[] | undefined) ?? [];
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const item = deref<Node>(document, rawItem);
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    for (const method of HTTP_METHODS) {
      const node = item[method];
      if (!isNode(node)) continue;
      const pointer = `#/paths/${path.replace(/~/g, "~0").replace(/\//g, "~1")}/${method}`;
      const body = node.requestBody === undefined ? undefined : deref<Node>(document, node.requestBody);
      const content = isNode(body?.content) ? (body.content as Record<string, Node>) : {};
      operations.push({
        id: typeof node.operationId === "string" ? node.operationId : `${method.toUpperCase()} ${path}`,
        method,
        path,
        pointer,
        parameters: mergeParameters(document, shared, (node.parameters as unknown[] | undefined) ?? []),
        requestBody: body === undefined ? undefined : { required: body.required === true, content },
        responses: Object.fromEntries(
          Object.entries(isNode(node.responses) ? node.responses : {}).map(([status, response]) => [
            status,
            deref<Node>(document, response),
          ]),
        ),
        security: (node.security as Record<string, string[]>[] | undefined) ?? globalSecurity,
        node,
      });
    }
  }
  return operations;
}

/** Operation-level parameters override path-level ones with the same name and location. */
function mergeParameters(document: OpenApiDocument, shared: unknown[], own: unknown[]): Parameter[] {
  const byKey = new Map<string, Parameter>();
  for (const raw of [...shared, ...own]) {
    const parameter = deref<Node>(document, raw);
    const schema = parameter.schema === undefined ? undefined : deref<Node>(document, parameter.schema);
    byKey.set(`${String(parameter.in)}:${String(parameter.name)}`, {
      ...(parameter as unknown as Parameter),
      required: parameter.in === "path" || parameter.required === true,
      schema,
    });
  }
  return [...byKey.values()];
}

/** True when the operation demands credentials (no alternative with an empty requirement `{}`). */
export function requiresCredentials(operation: Operation): boolean {
  return (
    operation.security.length > 0 && operation.security.every((requirement) => Object.keys(requirement).length > 0)
  );
}

/** Matches request paths against the document's path templates, literal templates winning over templated ones. */
export class OperationMatcher {
  private readonly routes: { regex: RegExp; names: string[]; literal: number; operations: Operation[] }[] = [];

  constructor(operations: readonly Operation[]) {
    const byPath = new Map<string, Operation[]>();
    for (const operation of operations) byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation]);
    for (const [path, group] of byPath) {
      const source = path
        .split(/(\{[^}]+\})/)
        .map((part) => (part.startsWith("{") ? "([^/]+)" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
        .join("");
      const names = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
      this.routes.push({
        regex: new RegExp(`^${source}/?$`),
        names,
        literal: path.replace(/\{[^}]+\}/g, "").length,
        operations: group,
      });
    }
    this.routes.sort((a, b) => b.literal - a.literal);
  }

  /** The operation for `method` on `pathname` with its decoded path parameters, or undefined when unknown. */
  match(
    method: string,
    pathname: string,
  ): { operation: Operation; pathParams: Record<string, string>; undecodable?: string } | undefined {
    const lower = method.toLowerCase();
    for (const route of this.routes) {
      const match = route.regex.exec(pathname);
      if (match === null) continue;
      const operation = route.operations.find((candidate) => candidate.method === lower);
      if (operation === undefined) continue;
      const pathParams: Record<string, string> = {};
      let undecodable: string | undefined;
      route.names.forEach((name, index) => {
        const raw = match[index + 1]!;
        try {
          pathParams[name] = decodeURIComponent(raw);
        } catch {
          pathParams[name] = raw;
          undecodable ??= name; // `%ZZ`: the caller answers a 4xx naming the parameter
        }
      });
      return undecodable === undefined ? { operation, pathParams } : { operation, pathParams, undecodable };
    }
    return undefined;
  }
}
