export { essence, isJsonMediaType, isTextMediaType, mediaRangeMatches } from "@partner-apis/contract-core";
