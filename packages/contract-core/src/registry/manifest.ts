// What a provider declares about itself in `specs/<id>/provider.json`, and the check that reads it.
// The facts here are the ones no OpenAPI document carries: ports, client package, credentials, languages.

/** Languages a provider's reference can be published in. */
export const LANGUAGES = ["en", "fr"] as const;
export type Language = (typeof LANGUAGES)[number];

/** How our client authenticates against the provider. */
export const AUTH_KINDS = ["oauth2-client-credentials", "jwt-bearer", "http-basic", "api-key", "none"] as const;
export type AuthKind = (typeof AUTH_KINDS)[number];

/** A text in English, with a French version where the provider has one. */
export interface LocalizedText {
  en: string;
  fr?: string;
}

/** One credential option of the client factory and the environment variable samples read it from. */
export interface ClientCredential {
  /** Option name of the client factory, e.g. `clientId`. */
  option: string;
  /** Environment variable, e.g. `PREMIUMS_CLIENT_ID`. */
  env: string;
}

/** The contents of a `provider.json`. */
export interface ProviderManifest {
  /** Lower-case id, equal to the folder name: `specs/<id>/`, `packages/<id>/`. */
  id: string;
  /** Display name, e.g. "Premiums API". */
  name: LocalizedText;
  /** Who runs the API. */
  vendor: string;
  /** One sentence: what a developer uses the API for. */
  purpose: LocalizedText;
  auth: {
    kind: AuthKind;
    /** How our client authenticates, in one sentence. */
    summary: LocalizedText;
  };
  /** Default loopback port of the provider's mock. */
  mockPort: number;
  /** Languages the reference is published in (`fr` needs `x-*-fr` texts in the spec). */
  languages: Language[];
  client: {
    /** The client package users install. */
    package: string;
    /** The client factory exported by `package`. */
    factory: string;
    /** The variable samples call the client through. */
    variable: string;
    credentials: ClientCredential[];
  };
}

/** A manifest that breaks the rules, with every problem found (not only the first). */
export class ProviderManifestError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.length === 1 ? problems[0] : `Invalid provider manifests:\n- ${problems.join("\n- ")}`);
    this.name = "ProviderManifestError";
  }
}

const ID = /^[a-z][a-z0-9-]*$/;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const ENV_VAR = /^[A-Z][A-Z0-9_]*$/;
const PACKAGE_NAME = /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/;
const TOP_LEVEL = ["$schema", "id", "name", "vendor", "purpose", "auth", "mockPort", "languages", "client"];

/**
 * Checks a parsed `provider.json` and returns it typed; throws a {@link ProviderManifestError}
 * whose lines read `<file>: <field>: expected …, found …`.
 */
export function parseManifest(value: unknown, file: string, expectedId?: string): ProviderManifest {
  const problems: string[] = [];
  const problem: Problem = (field, expected, found) => {
    problems.push(`${file}: ${field}: expected ${expected}, found ${describe(found)}`);
  };

  if (!isRecord(value)) throw new ProviderManifestError([`${file}: expected a JSON object, found ${describe(value)}`]);
  for (const key of Object.keys(value)) {
    if (!TOP_LEVEL.includes(key)) problem(key, `no such field (known: ${TOP_LEVEL.slice(1).join(", ")})`, value[key]);
  }
  if (typeof value.id !== "string" || !ID.test(value.id)) problem("id", "a lower-case id like `premiums`", value.id);
  else if (expectedId !== undefined && value.id !== expectedId)
    problem("id", `"${expectedId}", the name of the folder holding the manifest`, value.id);
  checkText(value.name, "name", problem);
  nonEmptyString(value.vendor, "vendor", problem);
  checkText(value.purpose, "purpose", problem);
  if (!isRecord(value.auth)) problem("auth", "an object { kind, summary }", value.auth);
  else {
    if (!(AUTH_KINDS as readonly unknown[]).includes(value.auth.kind))
      problem("auth.kind", `one of ${AUTH_KINDS.join(", ")}`, value.auth.kind);
    checkText(value.auth.summary, "auth.summary", problem);
  }
  if (!Number.isInteger(value.mockPort) || (value.mockPort as number) < 1024 || (value.mockPort as number) > 65535)
    problem("mockPort", "an integer 1024-65535", value.mockPort);
  if (!Array.isArray(value.languages) || !value.languages.includes("en"))
    problem("languages", `an array of ${LANGUAGES.join(", ")} that includes "en"`, value.languages);
  else
    value.languages.forEach((language, index) => {
      if (!(LANGUAGES as readonly unknown[]).includes(language))
        problem(`languages[${index}]`, `one of ${LANGUAGES.join(", ")}`, language);
    });
  if (Array.isArray(value.languages) && value.languages.includes("fr")) {
    if (isRecord(value.name) && value.name.fr === undefined)
      problem("name.fr", 'a French name, since languages includes "fr"', undefined);
  }
  checkClient(value.client, problem);

  if (problems.length > 0) throw new ProviderManifestError(problems);
  const { $schema: _schema, ...manifest } = value;
  return manifest as unknown as ProviderManifest;
}

type Problem = (field: string, expected: string, found: unknown) => void;

function checkClient(client: unknown, problem: Problem): void {
  if (!isRecord(client)) {
    problem("client", "an object { package, factory, variable, credentials }", client);
    return;
  }
  if (typeof client.package !== "string" || !PACKAGE_NAME.test(client.package))
    problem("client.package", "an npm package name like `@partner-apis/premiums`", client.package);
  for (const field of ["factory", "variable"] as const) {
    if (typeof client[field] !== "string" || !IDENTIFIER.test(client[field]))
      problem(`client.${field}`, "a JavaScript identifier", client[field]);
  }
  if (!Array.isArray(client.credentials)) {
    problem("client.credentials", "an array of { option, env }", client.credentials);
    return;
  }
  client.credentials.forEach((credential: unknown, index) => {
    const at = `client.credentials[${index}]`;
    if (!isRecord(credential)) {
      problem(at, "an object { option, env }", credential);
      return;
    }
    if (typeof credential.option !== "string" || !IDENTIFIER.test(credential.option))
      problem(`${at}.option`, "a JavaScript identifier (the factory's option name)", credential.option);
    if (typeof credential.env !== "string" || !ENV_VAR.test(credential.env))
      problem(`${at}.env`, "an upper-case environment variable name like `PREMIUMS_CLIENT_ID`", credential.env);
  });
}

function checkText(value: unknown, field: string, problem: Problem): void {
  if (!isRecord(value)) {
    problem(field, '{ "en": "…", "fr"?: "…" }', value);
    return;
  }
  nonEmptyString(value.en, `${field}.en`, problem);
  if (value.fr !== undefined) nonEmptyString(value.fr, `${field}.fr`, problem);
  for (const key of Object.keys(value)) {
    if (key !== "en" && key !== "fr") problem(`${field}.${key}`, 'only "en" and "fr"', value[key]);
  }
}

function nonEmptyString(value: unknown, field: string, problem: Problem): void {
  if (typeof value !== "string" || value.trim() === "") problem(field, "a non-empty string", value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array ${truncate(JSON.stringify(value))}`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${truncate(JSON.stringify(value))}`;
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
