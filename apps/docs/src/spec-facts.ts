// Facts about an API read from its spec for the landing page: auth schemes and servers.
import type { OpenApiDocument } from "./openapi.js";
import { isObject } from "./openapi.js";

export interface ServerFact {
  url: string;
  description?: string;
}

/** The spec's servers, templated ones with their default filled in shown as written. */
export function servers(doc: OpenApiDocument): ServerFact[] {
  return (doc.servers ?? []).map((s) => ({
    url: s.url,
    ...(typeof s.description === "string" ? { description: firstSentence(s.description) } : {}),
  }));
}

/** One line per security scheme, e.g. "OAuth 2.0 client credentials (token URL `/oauth2/token`, scope `premiums:write`)". */
export function authSchemes(doc: OpenApiDocument): string[] {
  const schemes = isObject(doc.components?.securitySchemes) ? doc.components.securitySchemes : {};
  return Object.values(schemes)
    .filter(isObject)
    .map((scheme) => {
      if (scheme.type === "http") {
        const name = String(scheme.scheme ?? "").toLowerCase();
        if (name === "basic") return "HTTP Basic (`Authorization: Basic base64(id:secret)`)";
        if (name === "bearer") {
          const format = typeof scheme.bearerFormat === "string" ? ` ${scheme.bearerFormat}` : "";
          return `Bearer${format} token (\`Authorization: Bearer <token>\`)`;
        }
        return `HTTP ${name}`;
      }
      if (scheme.type === "oauth2" && isObject(scheme.flows)) {
        return Object.entries(scheme.flows)
          .map(([flow, details]) => {
            const d = isObject(details) ? details : {};
            const parts: string[] = [];
            if (typeof d.tokenUrl === "string") parts.push(`token URL \`${d.tokenUrl}\``);
            const scopes = isObject(d.scopes) ? Object.keys(d.scopes) : [];
            if (scopes.length > 0)
              parts.push(`scope${scopes.length > 1 ? "s" : ""} ${scopes.map((s) => `\`${s}\``).join(", ")}`);
            return `OAuth 2.0 ${flowName(flow)}${parts.length ? ` (${parts.join(", ")})` : ""}`;
          })
          .join("; ");
      }
      if (scheme.type === "apiKey") return `API key in ${String(scheme.in)} \`${String(scheme.name)}\``;
      return String(scheme.type);
    });
}

function flowName(flow: string): string {
  return (
    {
      clientCredentials: "client credentials",
      authorizationCode: "authorization code",
      password: "password",
      implicit: "implicit",
    }[flow] ?? flow
  );
}

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const end = flat.search(/[.:](\s|$)/);
  return end > 0 ? flat.slice(0, end) : flat;
}

/** "2.0.0" → "v2.0.0"; a version already spelled "v2" stays as it is. */
export function versionLabel(version: string): string {
  return /^\d/.test(version) ? `v${version}` : version;
}
