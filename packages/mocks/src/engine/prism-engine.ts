// Prism's mocker, in process: one `createInstance` per mock, fed the operation our router already matched.
import { createInstance, getHttpOperationsFromSpec, type IHttpConfig } from "@stoplight/prism-http";
import type { OpenApiDocument } from "../spec/document.js";
import { silentLogger } from "./silent-logger.js";

type IHttpOperation = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>[number];

/** What Prism answered: status, headers and the body (a JSON value or text). */
export interface EngineResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: unknown;
}

/** What the request asked of the mocker (from `Prefer` or the mock's options). */
export interface MockPreferences {
  code?: number;
  exampleKey?: string;
  dynamic?: boolean;
}

/** The request, already parsed and validated by the mock's own pass. */
export interface EngineRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body: unknown;
}

export interface PrismEngineOptions {
  dynamic: boolean;
  seed?: number;
}

/**
 * Prism with validation and security off: the mock validates once before calling it (and answers in
 * the provider's shape), so Prism only picks the response: example, `Prefer` code/example, or dynamic.
 */
export class PrismEngine {
  private readonly prism: ReturnType<typeof createInstance>;

  private constructor(
    private readonly byKey: Map<string, IHttpOperation>,
    private readonly options: PrismEngineOptions,
  ) {
    this.prism = createInstance(this.baseConfig(), { logger: silentLogger });
  }

  /** Loads the document's operations with Prism's own reader (`$ref`s resolved once, at start). */
  static async load(document: OpenApiDocument, options: PrismEngineOptions): Promise<PrismEngine> {
    const operations = await getHttpOperationsFromSpec(structuredClone(document));
    const byKey = new Map(operations.map((operation) => [operationKey(operation.method, operation.path), operation]));
    return new PrismEngine(byKey, options);
  }

  /** True when Prism knows the operation `method path` (path template as in the document). */
  has(method: string, pathTemplate: string): boolean {
    return this.byKey.has(operationKey(method, pathTemplate));
  }

  /** Prism's answer for the operation at `method pathTemplate`; rejects with Prism's error (e.g. no such code). */
  async respond(pathTemplate: string, request: EngineRequest, preferences: MockPreferences): Promise<EngineResponse> {
    const operation = this.byKey.get(operationKey(request.method, pathTemplate));
    if (operation === undefined) throw new Error(`Prism has no operation ${request.method} ${pathTemplate}`);
    const config = this.baseConfig();
    config.mock = {
      ...config.mock,
      ...(preferences.dynamic === undefined ? {} : { dynamic: preferences.dynamic }),
      ...(preferences.code === undefined ? {} : { code: preferences.code }),
      ...(preferences.exampleKey === undefined ? {} : { exampleKey: preferences.exampleKey }),
    };
    const result = await this.prism.request(
      {
        method: request.method.toLowerCase() as "get",
        url: { path: request.path, query: request.query },
        headers: request.headers,
        body: request.body,
      },
      [operation],
      config,
    )();
    if (result._tag === "Left") throw result.left;
    const { output } = result.right;
    return { statusCode: output.statusCode, headers: { ...(output.headers ?? {}) }, body: output.body };
  }

  private baseConfig(): IHttpConfig {
    return {
      mock: {
        dynamic: this.options.dynamic,
        ...(this.options.seed === undefined ? {} : { seed: String(this.options.seed) }),
      },
      checkSecurity: false,
      validateRequest: false,
      validateResponse: false,
      errors: false,
      upstreamProxy: undefined,
      isProxy: false,
    };
  }
}

function operationKey(method: string, path: string): string {
  return `${method.toLowerCase()} ${path}`;
}
