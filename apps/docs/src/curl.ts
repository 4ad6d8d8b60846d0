// A curl command per operation that runs as it is against the local mock: the base URL from
// `<ID>_MOCK_URL` (default: the registry's mock port), credentials from the environment variables the
// registry names, and for token-based auth the token call first.
import { mockUrlVariable as coreMockUrlVariable } from "@partner-apis/contract-core";
import type { Language, ProviderInfo } from "./providers.js";
import { mockUrl } from "./providers.js";
import type { AuthPlan, RequestPlan } from "./request-plan.js";
import { isTokenCall } from "./request-plan.js";

const TEXT = {
  en: { token: "get a token first", env: "credentials come from", mock: "the local mock (npm start), or set" },
  fr: {
    token: "obtenir d’abord un token",
    env: "identifiants lus dans",
    mock: "le mock local (npm start), ou définissez",
  },
} as const;

/** Shell single-quoted `text` (safe for any content). */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The environment variable holding a running mock's URL, e.g. `PREMIUMS_MOCK_URL` (as @partner-apis/mocks names it). */
export function mockUrlVariable(provider: ProviderInfo): string {
  return coreMockUrlVariable(provider.id);
}

/** The curl sample of one operation (a small bash script). */
export function curlSample(
  provider: ProviderInfo,
  auth: AuthPlan,
  plan: RequestPlan,
  language: Language = "en",
): string {
  const text = TEXT[language];
  const env = (name: string) => `$${name}`;
  const lines: string[] = [
    `# BASE: ${text.mock} ${mockUrlVariable(provider)}`,
    `BASE="\${${mockUrlVariable(provider)}:-${mockUrl(provider)}}"`,
  ];
  const tokenCall = isTokenCall(auth, plan);
  const needsCredentials = plan.secured || tokenCall;
  if (needsCredentials && auth.credentials.length > 0) {
    lines.push(`# ${text.env} ${auth.credentials.map((c) => c.env).join(", ")}`);
  }
  const authArgs: string[] = [];
  if (plan.secured && !tokenCall) {
    if (auth.kind === "http-basic" && auth.credentials.length >= 2) {
      authArgs.push(`-u "${env(auth.credentials[0]!.env)}:${env(auth.credentials[1]!.env)}"`);
    } else if (auth.token) {
      lines.push(`# ${text.token}`, `TOKEN=$(${tokenCommand(auth, false)})`);
      authArgs.push(`-H "Authorization: Bearer $TOKEN"`);
    }
  }
  if (tokenCall) {
    lines.push(tokenCommand(auth, true));
    return `${lines.join("\n")}\n`;
  }
  lines.push(mainCommand(plan, authArgs));
  return `${lines.join("\n")}\n`;
}

/** The call that issues a token: prints the exchange (`-i`) when it is the sample, else only the token. */
function tokenCommand(auth: AuthPlan, shown: boolean): string {
  const token = auth.token!;
  const method = token.carrier === "query" ? "-G" : `-X ${token.method}`;
  const args: string[] = [`curl ${shown ? "-sS -i" : "-sS --fail"} ${method} "$BASE${token.path}"`];
  token.fields.forEach((field, index) => {
    const credential = auth.credentials[index];
    if (credential) args.push(`--data-urlencode "${field}=$${credential.env}"`);
  });
  for (const [key, value] of Object.entries(token.extra))
    args.push(`--data-urlencode ${shellQuote(`${key}=${value}`)}`);
  const command = args.join(" \\\n  ");
  if (shown || token.response === "text") return command;
  // A JSON token answer: keep `access_token` without needing jq.
  return `${command} \\\n  | sed -E 's/.*"access_token" *: *"([^"]+)".*/\\1/'`;
}

function mainCommand(plan: RequestPlan, authArgs: string[]): string {
  let path = plan.path;
  const query: string[] = [];
  const headers: string[] = [];
  for (const p of plan.parameters) {
    if (p.in === "path") path = path.replace(`{${p.name}}`, encodeURIComponent(p.value));
    else if (p.in === "query" && p.value !== "")
      query.push(`${encodeURIComponent(p.name)}=${encodeURIComponent(p.value)}`);
    else if (p.in === "header" && p.value !== "") headers.push(`-H ${shellQuote(`${p.name}: ${p.value}`)}`);
  }
  const url = `"$BASE${path}${query.length ? `?${query.join("&")}` : ""}"`;
  const args = [`curl -sS -i -X ${plan.method} ${url}`, ...authArgs, ...headers];
  if (plan.body) args.push(...bodyArgs(plan.body));
  return args.join(" \\\n  ");
}

function bodyArgs(body: NonNullable<RequestPlan["body"]>): string[] {
  const { contentType, value } = body;
  if (contentType === "application/x-www-form-urlencoded" && typeof value === "object" && value !== null) {
    return Object.entries(value).map(([k, v]) => `--data-urlencode ${shellQuote(`${k}=${String(v)}`)}`);
  }
  if (contentType === "multipart/form-data" && typeof value === "object" && value !== null) {
    return Object.entries(value).map(([k, v]) => `-F ${shellQuote(`${k}=${String(v)}`)}`);
  }
  const data = typeof value === "string" ? value : JSON.stringify(value, null, 2);
  return [`-H ${shellQuote(`Content-Type: ${contentType}`)}`, `--data-binary ${shellQuote(data)}`];
}
