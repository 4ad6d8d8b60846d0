// One operation of a reference: method and full path, summary, inference badge, description,
// security, parameters, request body, responses with schemas and examples; beside it the TypeScript
// and curl samples and the Try it button.
import type { CodeSample } from "../code-samples.js";
import type { JsonObject, OperationRef } from "../openapi.js";
import { deref, isObject, operationParameters } from "../openapi.js";
import { escapeHtml } from "./html.js";
import { codeBlock, jsonHtml } from "./json-view.js";
import { markdown } from "./markdown.js";
import type { SchemaContext } from "./schema.js";
import { constraints, renderSchema, typeLabel } from "./schema.js";

export interface OperationView {
  ref: OperationRef;
  operationId: string;
  samples: CodeSample[];
  curl: string;
}

/** The anchor of an operation: `operation/<operationId>` (what the landing page and search link to). */
export function operationAnchor(operationId: string): string {
  return `operation/${operationId}`;
}

/** The operation's heading text: its summary, else its method and path. */
export function operationTitle(ref: OperationRef): string {
  return typeof ref.operation.summary === "string" && ref.operation.summary.trim()
    ? ref.operation.summary.trim()
    : `${ref.method.toUpperCase()} ${ref.path}`;
}

/** The whole section of one operation. */
export function renderOperation(ctx: SchemaContext, view: OperationView): string {
  const { ref, operationId } = view;
  const t = ctx.text;
  const op = ref.operation;
  const anchor = operationAnchor(operationId);
  const inferred = op["x-provenance"] === "inferred";
  const badge = inferred ? `<span class="pa-inferred-badge">${escapeHtml(t.inferredBadge)}</span> ` : "";
  const deprecated = op.deprecated === true ? ` <span class="pa-flag">${escapeHtml(t.deprecated)}</span>` : "";
  const text = [
    `<h3 class="pa-op-title" id="h-${escapeHtml(operationId)}">${badge}${escapeHtml(operationTitle(ref))}${deprecated}</h3>`,
    `<p class="pa-op-path"><span class="pa-method pa-method-${ref.method}">${ref.method.toUpperCase()}</span> <code>${escapeHtml(ref.path)}</code> <a class="pa-anchor" href="#${escapeHtml(anchor)}" aria-label="${escapeHtml(`${operationTitle(ref)}: link`)}">#</a></p>`,
    `<div class="pa-md">${markdown(op.description)}</div>`,
    security(ctx, op),
    parameters(ctx, ref),
    requestBody(ctx, op),
    responses(ctx, op),
  ].join("\n");
  return `<section class="pa-op" id="${escapeHtml(anchor)}" data-operation-id="${escapeHtml(operationId)}" aria-labelledby="h-${escapeHtml(operationId)}">
<div class="pa-op-text">
${text}
</div>
<aside class="pa-op-side" aria-label="${escapeHtml(`${t.samples}: ${operationTitle(ref)}`)}">
<div class="pa-op-side-inner">
<button type="button" class="pa-button pa-try-open" data-try="${escapeHtml(operationId)}" aria-expanded="false">${escapeHtml(t.tryIt)}</button>
<div class="pa-try" data-try-panel="${escapeHtml(operationId)}" hidden></div>
${samples(ctx, view)}
</div>
</aside>
</section>`;
}

function samples(ctx: SchemaContext, view: OperationView): string {
  const all = [
    ...view.samples.map((s) => ({ label: s.label, lang: "ts", source: s.source })),
    { label: "curl", lang: "sh", source: view.curl },
  ];
  return all
    .map(
      (s) =>
        `<figure class="pa-sample" data-lang="${s.lang}"><figcaption><span>${escapeHtml(s.label)}</span><button type="button" class="pa-copy" aria-label="${escapeHtml(`${ctx.text.copy} ${s.label}`)}">${escapeHtml(ctx.text.copy)}</button></figcaption>${codeBlock(escapeHtml(s.source), s.label, "pa-code")}</figure>`,
    )
    .join("\n");
}

function security(ctx: SchemaContext, op: JsonObject): string {
  const t = ctx.text;
  const requirements = Array.isArray(op.security)
    ? op.security
    : Array.isArray(ctx.doc.security)
      ? ctx.doc.security
      : [];
  const schemes = isObject(ctx.doc.components?.securitySchemes) ? ctx.doc.components.securitySchemes : {};
  const items = requirements.filter(isObject).flatMap((requirement) =>
    Object.entries(requirement).map(([name, scopes]) => {
      const scheme = isObject(schemes[name]) ? (schemes[name] as JsonObject) : {};
      const kind = [scheme.type, scheme.scheme, scheme.bearerFormat].filter((x) => typeof x === "string").join(" ");
      const scopeText =
        Array.isArray(scopes) && scopes.length
          ? ` (${scopes.map((s) => `<code>${escapeHtml(String(s))}</code>`).join(", ")})`
          : "";
      return `<li><code>${escapeHtml(name)}</code> <span class="pa-muted">${escapeHtml(kind)}</span>${scopeText}</li>`;
    }),
  );
  const body = items.length
    ? `<ul class="pa-security">${items.join("")}</ul>`
    : `<p class="pa-muted">${escapeHtml(t.noSecurity)}</p>`;
  return `<h4>${escapeHtml(t.security)}</h4>${body}`;
}

function parameters(ctx: SchemaContext, ref: OperationRef): string {
  const t = ctx.text;
  const list = operationParameters(ctx.doc, ref);
  if (list.length === 0) return "";
  const rows = list.map((p) => {
    const schema = deref(ctx.doc, p.schema);
    const example =
      p.example !== undefined
        ? p.example
        : isObject(schema) && schema.example !== undefined
          ? schema.example
          : undefined;
    return `<tr><th scope="row"><code>${escapeHtml(String(p.name))}</code></th><td>${escapeHtml(String(p.in))}</td><td>${typeLabel(ctx, p.schema)}</td><td>${p.required === true ? `<span class="pa-required">${escapeHtml(t.required)}</span>` : escapeHtml(t.no)}</td><td>${isObject(schema) ? constraints(ctx, { ...schema, example: undefined }) : ""}${markdown(p.description)}${example !== undefined ? `<p class="pa-constraints"><span class="pa-constraint">${escapeHtml(t.example)} <code>${escapeHtml(JSON.stringify(example))}</code></span></p>` : ""}</td></tr>`;
  });
  return `<h4>${escapeHtml(t.parameters)}</h4>
<div class="pa-table-wrap" tabindex="0" role="region" aria-label="${escapeHtml(t.parameters)}"><table class="pa-params"><thead><tr><th scope="col">${escapeHtml(t.name)}</th><th scope="col">${escapeHtml(t.in)}</th><th scope="col">${escapeHtml(t.type)}</th><th scope="col">${escapeHtml(t.requiredColumn)}</th><th scope="col">${escapeHtml(t.description)}</th></tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}

function requestBody(ctx: SchemaContext, op: JsonObject): string {
  const body = deref(ctx.doc, op.requestBody);
  if (!isObject(body)) return "";
  const content = isObject(body.content) ? body.content : {};
  const parts = Object.entries(content).map(([type, raw]) => mediaType(ctx, type, raw));
  const required = body.required === true ? ` <span class="pa-required">${escapeHtml(ctx.text.required)}</span>` : "";
  return `<h4>${escapeHtml(ctx.text.requestBody)}${required}</h4>${markdown(body.description)}${parts.join("")}`;
}

function responses(ctx: SchemaContext, op: JsonObject): string {
  const all = isObject(op.responses) ? op.responses : {};
  const items = Object.entries(all).map(([status, raw]) => {
    const response = deref(ctx.doc, raw);
    if (!isObject(response)) return "";
    const content = isObject(response.content) ? response.content : {};
    const kind = status.startsWith("2") ? "ok" : status.startsWith("4") || status.startsWith("5") ? "error" : "other";
    const bodies = Object.entries(content).map(([type, media]) => mediaType(ctx, type, media));
    const headers = isObject(response.headers) ? responseHeaders(ctx, response.headers) : "";
    const summary = `<summary><span class="pa-status pa-status-${kind}">${escapeHtml(status)}</span> ${escapeHtml(firstLine(response.description))}</summary>`;
    const inner = `${markdown(response.description)}${headers}${bodies.join("") || `<p class="pa-muted">${escapeHtml(ctx.text.noContent)}</p>`}`;
    return `<details class="pa-response"${kind === "ok" ? " open" : ""}>${summary}<div class="pa-response-body">${inner}</div></details>`;
  });
  return `<h4>${escapeHtml(ctx.text.responses)}</h4>${items.join("\n")}`;
}

function responseHeaders(ctx: SchemaContext, headers: JsonObject): string {
  const items = Object.entries(headers).map(([name, raw]) => {
    const header = deref(ctx.doc, raw);
    const h = isObject(header) ? header : {};
    return `<li><code>${escapeHtml(name)}</code> ${typeLabel(ctx, h.schema)} ${markdown(h.description)}</li>`;
  });
  return `<p class="pa-sub">${escapeHtml(ctx.text.headers)}</p><ul class="pa-headers">${items.join("")}</ul>`;
}

function mediaType(ctx: SchemaContext, type: string, raw: unknown): string {
  const media = deref(ctx.doc, raw);
  if (!isObject(media)) return "";
  const schema = media.schema !== undefined ? `<div class="pa-schema">${renderSchema(ctx, media.schema)}</div>` : "";
  return `<div class="pa-media"><p class="pa-media-type"><code>${escapeHtml(type)}</code></p>${schema}${examples(ctx, media)}</div>`;
}

function examples(ctx: SchemaContext, media: JsonObject): string {
  const list: Array<{ title: string; value: unknown }> = [];
  if (isObject(media.examples)) {
    for (const [key, raw] of Object.entries(media.examples)) {
      const example = deref(ctx.doc, raw);
      if (isObject(example) && example.value !== undefined) {
        list.push({ title: typeof example.summary === "string" ? example.summary : key, value: example.value });
      }
    }
  } else if (media.example !== undefined) list.push({ title: ctx.text.example, value: media.example });
  if (list.length === 0) return "";
  const items = list.map(
    (e, index) =>
      `<details class="pa-example"${index === 0 ? " open" : ""}><summary>${escapeHtml(ctx.text.example)}: ${escapeHtml(e.title)}</summary>${codeBlock(jsonHtml(e.value), `${ctx.text.example}: ${e.title}`)}</details>`,
  );
  return items.join("");
}

function firstLine(text: unknown): string {
  if (typeof text !== "string") return "";
  const line = text.trim().split("\n")[0] ?? "";
  return line.replace(/[`*_]/g, "").slice(0, 140);
}
