import type { Provider } from "@partner-apis/contract-core";
import type { OpenAPITSOptions } from "openapi-typescript";

/** What every client's types are generated with; root types export each schema under its own name. */
export const OPENAPI_TS_OPTIONS: Readonly<OpenAPITSOptions>;

/** The provider whose `client.package` is the package in `packageDir`. */
export function providerOfPackage(packageDir: string): Provider;
/** The types of the package's provider, as `writeTypes` would write them. */
export function generateTypes(packageDir: string): Promise<{ provider: Provider; outPath: string; text: string }>;
/** Writes the package's generated types and returns the file's path. */
export function writeTypes(packageDir: string): Promise<string>;
/** What the generator makes from today's bundle, and what the package holds (`file` relative to the package). */
export function regenerateTypes(packageDir: string): Promise<{ fresh: string; committed: string; file: string }>;
