/** One request or response sample of a provider's page, as copied into test/fixtures/seed-samples.json. */
export interface SeedSample {
  title: string;
  /** `body` and `query`: a request; `response`: a response; `fields`: some fields of `schema`. */
  in: "body" | "response" | "query" | "fields";
  method?: string;
  path?: string;
  status?: number;
  mediaType?: string;
  schema?: string;
  /** The page writes type names ("float", "int") in place of values. */
  typeNames?: boolean;
  value: unknown;
  edits?: string[];
}

/** The samples of a fixture file (`{ samples: [...] }`). */
export function readSeedSamples(fixturePath: string): SeedSample[];

/** Each sample checked against the bundle at `bundlePath`: `{ title, violations }` (no violation: valid). */
export function checkSeedSamples(
  bundlePath: string,
  samples: readonly SeedSample[],
): { title: string; violations: string[] }[];
