// @partner-apis/contract-core: the providers declared once (each spec's provider.json) and one
// OpenAPI model that the mocks, the contract suite, the docs build and the release gates all read.

export {
  checkDocument,
  deref,
  escapePointer,
  follow,
  isNode,
  type Node,
  type OpenApiDocument,
  pointerTo,
  type Resolved,
  readBundle,
  refName,
  resolvePointer,
  type SecurityRequirement,
  unescapePointer,
} from "./model/document.js";
export { loadModel, type Model } from "./model/load-model.js";
export { type OperationMatch, OperationMatcher } from "./model/matcher.js";
export { essence, isJsonMediaType, isTextMediaType, mediaRangeMatches } from "./model/media-type.js";
export { coerce, matchContent, type RequestParts, type ResponseParts } from "./model/message-validator.js";
export {
  type Example,
  HTTP_METHODS,
  type HttpMethod,
  listOperations,
  type MediaContent,
  type Operation,
  type Parameter,
  type Provenance,
  provenanceOf,
  type RequestBody,
  type Response,
  requiresCredentials,
  responseFor,
} from "./model/operations.js";
export { describeErrors, type Validate, type Violation } from "./model/schema-validator.js";
export {
  discoverProviders,
  findProvider,
  findSpecsDir,
  MANIFEST_FILE,
  type Provider,
} from "./registry/discover.js";
export {
  AUTH_KINDS,
  type AuthKind,
  type ClientCredential,
  LANGUAGES,
  type Language,
  type LocalizedText,
  type ProviderManifest,
  ProviderManifestError,
  parseManifest,
} from "./registry/manifest.js";
export { mockPortVariable, mockUrlVariable } from "./registry/mock-env.js";
