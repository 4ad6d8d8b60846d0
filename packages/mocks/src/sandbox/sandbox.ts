// A mock that remembers: PUT stores a new version, GET reads it back, lists page over what is stored.
// Which operations read, write and list comes from the spec (resources.ts); what is particular to a
// provider (its list envelope, server-managed fields, consistency rules) lives in its rules module.
import type { AcceptedRequest, StatefulAnswer, StatefulHandler } from "../mock-server.js";
import { deref, isNode, type Node, type OpenApiDocument } from "../spec/document.js";
import { isJsonMediaType } from "../spec/media-type.js";
import type { Operation } from "../spec/operations.js";
import { fillPath, findResources, type Resource } from "./resources.js";
import { seynaRules } from "./seyna-rules.js";
import { VersionedStore } from "./store.js";

/** What a provider's sandbox adds to the generic store. */
export interface SandboxRules {
  /** The object stored for an accepted PUT (server-managed fields set, `version` bumped). */
  stored(
    resource: Resource,
    body: Record<string, unknown>,
    params: Record<string, string>,
    previous: Record<string, unknown> | undefined,
  ): Record<string, unknown>;
  /** The answer of a list operation over `items` (in id order), paged as the provider's contract says. */
  page(
    operation: Operation,
    path: string,
    query: URLSearchParams,
    items: Record<string, unknown>[],
    keyOf: (item: Record<string, unknown>) => string,
  ): StatefulAnswer;
  /** The identity of a stored version inside a versions list (e.g. `id@version`). */
  versionKey(item: Record<string, unknown>): string;
  /** Consistency violations of the stored state (mock-only report). */
  report(view: SandboxView): SandboxViolation[];
}

/** Read access to the stored state, by resource name (`contracts`) and parent parameters. */
export interface SandboxView {
  resource(name: string): Resource | undefined;
  latestAll(resource: Resource, params: Record<string, string>): Record<string, unknown>[];
}

/** One broken consistency rule, located by the stored object it concerns. */
export interface SandboxViolation {
  /** The stored object the rule was checked on, as its path, e.g. `/portfolios/pf_1/contracts/ctr-1`. */
  object: string;
  rule: string;
  path: string;
  message: string;
}

/** The sandbox of a provider: registered here, the one place that knows which providers have one. */
const RULES: Readonly<Record<string, SandboxRules>> = { seyna: seynaRules };

/** Paths of the mock-only endpoints (not part of any provider's contract). */
export const SANDBOX_RESET_PATH = "/__sandbox/reset";
export const SANDBOX_REPORT_PATH = "/__sandbox/accounting";
/** Response header carrying how many consistency violations the stored state has. */
export const VIOLATIONS_HEADER = "x-sandbox-violations";

/** A sandbox for `providerId`, or undefined when that provider has none. */
export function createSandbox(
  providerId: string,
  document: OpenApiDocument,
  operations: readonly Operation[],
): Sandbox | undefined {
  const rules = RULES[providerId];
  return rules === undefined ? undefined : new Sandbox(document, operations, rules);
}

/** Stored state of one mock instance. */
export class Sandbox implements StatefulHandler {
  private readonly resources: Resource[];
  private readonly store = new VersionedStore();
  private cachedReport: SandboxViolation[] | undefined;

  constructor(
    private readonly document: OpenApiDocument,
    operations: readonly Operation[],
    private readonly rules: SandboxRules,
  ) {
    this.resources = findResources(document, operations);
    this.seed();
  }

  /** Forgets what clients stored: back to the spec's examples. */
  reset(): void {
    this.store.clear();
    this.cachedReport = undefined;
    this.seed();
  }

  /** The consistency violations of what is stored now. */
  violations(): SandboxViolation[] {
    this.cachedReport ??= this.rules.report({
      resource: (name) => this.resources.find((resource) => resource.name === name),
      latestAll: (resource, params) => this.store.latestAll(fillPath(resource.collectionPath, params)),
    });
    return this.cachedReport;
  }

  headers(): Record<string, string> {
    return { [VIOLATIONS_HEADER]: String(this.violations().length) };
  }

  control(method: string, path: string): { status: number; body: unknown } | undefined {
    if (path === SANDBOX_RESET_PATH && method === "POST") {
      this.reset();
      return { status: 200, body: { reset: true } };
    }
    if (path === SANDBOX_REPORT_PATH && method === "GET") {
      const violations = this.violations();
      return { status: 200, body: { coherent: violations.length === 0, violations } };
    }
    return undefined;
  }

  handle(request: AcceptedRequest): StatefulAnswer | undefined {
    const { operation, pathParams } = request;
    for (const resource of this.resources) {
      const role =
        operation === resource.get
          ? "read"
          : operation === resource.put
            ? "write"
            : operation === resource.list
              ? "list"
              : resource.versionLists.includes(operation)
                ? "versions"
                : undefined;
      if (role === undefined) continue;
      const missing = this.missingParent(resource.parent, pathParams);
      if (missing !== undefined) return missing;
      const collection = fillPath(resource.collectionPath, pathParams);
      const path = fillPath(operation.path, pathParams);
      if (role === "read") {
        const found = this.store.latest(collection, pathParams[resource.idParam] ?? "");
        return found === undefined ? notFound(resource, pathParams) : { status: 200, body: found };
      }
      if (role === "write") {
        const id = pathParams[resource.idParam] ?? "";
        const stored = this.rules.stored(
          resource,
          request.body as Record<string, unknown>,
          pathParams,
          this.store.latest(collection, id),
        );
        this.store.append(collection, id, stored);
        this.cachedReport = undefined;
        return { status: 200, body: stored };
      }
      if (role === "list")
        return this.rules.page(operation, path, request.query, this.store.latestAll(collection), (item) =>
          String(item.id),
        );
      return this.rules.page(operation, path, request.query, this.store.versions(collection), this.rules.versionKey);
    }
    return undefined;
  }

  /** The 404 of the first ancestor that is not stored (a portfolio that does not exist). */
  private missingParent(parent: Resource | undefined, params: Record<string, string>): StatefulAnswer | undefined {
    for (let ancestor = parent; ancestor !== undefined; ancestor = ancestor.parent) {
      const id = params[ancestor.idParam];
      if (id === undefined) continue;
      if (this.store.latest(fillPath(ancestor.collectionPath, params), id) === undefined)
        return notFound(ancestor, params);
    }
    return undefined;
  }

  /** Stores every example object the spec shows for a resource (item, list, PUT and version examples). */
  private seed(): void {
    for (const resource of this.resources) {
      const seen = new Set<string>();
      const operations = [resource.get, resource.list, resource.put, ...resource.versionLists].filter(
        (operation): operation is Operation => operation !== undefined,
      );
      const items = operations.flatMap((operation) => this.exampleItems(operation));
      items.sort((a, b) => Number(a.version ?? 0) - Number(b.version ?? 0));
      for (const item of items) {
        const params: Record<string, string> = {};
        for (const name of resource.parentParams)
          if (typeof item[name] === "string") params[name] = item[name] as string;
        const id = item.id ?? item[resource.idParam];
        if (typeof id !== "string" || resource.parentParams.some((name) => params[name] === undefined)) continue;
        const key = `${fillPath(resource.collectionPath, params)}/${id}@${String(item.version ?? "")}`;
        if (seen.has(key)) continue;
        seen.add(key);
        this.store.append(fillPath(resource.collectionPath, params), id, structuredClone(item));
      }
    }
  }

  /** The example objects of an operation's 200: the body itself, or the `data` items of a list. */
  private exampleItems(operation: Operation): Record<string, unknown>[] {
    const content = operation.responses["200"]?.content ?? {};
    const mediaType = Object.keys(content).find(isJsonMediaType);
    const media = mediaType === undefined ? undefined : content[mediaType]?.node;
    const values: unknown[] = [];
    if (media?.example !== undefined) values.push(media.example);
    if (isNode(media?.examples))
      for (const raw of Object.values(media.examples)) values.push(deref<Node>(this.document, raw).value);
    return values.flatMap((value) => {
      if (isNode(value) && Array.isArray(value.data)) return value.data.filter(isNode);
      return isNode(value) && value.object !== "error" ? [value] : [];
    });
  }
}

function notFound(resource: Resource, params: Record<string, string>): StatefulAnswer {
  const id = params[resource.idParam];
  const within = resource.parentParams.map((name) => `${name} "${params[name]}"`).join(", ");
  return {
    preferred: [404],
    error: {
      type: "not_found",
      message: `${resource.idParam} "${id}" not found${within === "" ? "" : ` under ${within}`}: expected an id stored with PUT or shown in the spec's examples`,
    },
  };
}
