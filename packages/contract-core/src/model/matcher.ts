import type { Operation } from "./operations.js";

/** The operation a request path resolves to, with its decoded path parameters. */
export interface OperationMatch {
  operation: Operation;
  pathParams: Record<string, string>;
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
      this.routes.push({
        regex: new RegExp(`^${source}/?$`),
        names: [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? ""),
        literal: path.replace(/\{[^}]+\}/g, "").length,
        operations: group,
      });
    }
    // `/contracts/latest` must win over `/contracts/{id}`.
    this.routes.sort((a, b) => b.literal - a.literal);
  }

  /** The operation for `method` on `pathname`, or undefined when the document has none. */
  match(method: string, pathname: string): OperationMatch | undefined {
    const lower = method.toLowerCase();
    for (const route of this.routes) {
      const match = route.regex.exec(pathname);
      if (match === null) continue;
      const operation = route.operations.find((candidate) => candidate.method === lower);
      if (operation === undefined) continue;
      const pathParams: Record<string, string> = {};
      route.names.forEach((name, index) => {
        const raw = match[index + 1] ?? "";
        try {
          pathParams[name] = decodeURIComponent(raw);
        } catch {
          // A malformed escape (`%ZZ`) is the client's text: validate it as written rather than throw.
          pathParams[name] = raw;
        }
      });
      return { operation, pathParams };
    }
    return undefined;
  }
}
