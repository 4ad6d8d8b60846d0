// Operations come from the contract core's model; the mocks add one thing to its matcher: which path
// parameter holds an undecodable escape (`%ZZ`), so that it is refused with a 4xx naming it.
import { OperationMatcher as CoreMatcher, type Operation } from "@partner-apis/contract-core";

export {
  listOperations,
  type Operation,
  type Parameter,
  requiresCredentials,
} from "@partner-apis/contract-core";

/** The core's matcher, also naming the first path parameter whose percent-escapes do not decode. */
export class OperationMatcher {
  private readonly matcher: CoreMatcher;

  constructor(operations: readonly Operation[]) {
    this.matcher = new CoreMatcher(operations);
  }

  /** The operation for `method` on `pathname` with its decoded path parameters, or undefined when unknown. */
  match(
    method: string,
    pathname: string,
  ): { operation: Operation; pathParams: Record<string, string>; undecodable?: string } | undefined {
    const found = this.matcher.match(method, pathname);
    if (found === undefined) return undefined;
    const undecodable = undecodableParameter(found.operation.path, pathname);
    return undecodable === undefined ? found : { ...found, undecodable };
  }
}

/** The path parameter whose raw segment of `pathname` holds a malformed escape, if any. */
function undecodableParameter(template: string, pathname: string): string | undefined {
  const names = template.split("/");
  const raw = pathname.split("/");
  for (const [index, part] of names.entries()) {
    const name = /^\{([^}]+)\}$/.exec(part)?.[1];
    if (name === undefined) continue;
    try {
      decodeURIComponent(raw[index] ?? "");
    } catch {
      return name;
    }
  }
  return undefined;
}
