// Try it: sends an operation's request from the page to the local mock (default) or a URL the reader
// types, with the credentials the reader types. Credentials live in sessionStorage (this tab only)
// and go only to the chosen server: the token call, when the auth kind needs one, goes there too.
import type { AuthPlan, RequestPlan } from "../request-plan.js";
import { isTokenCall } from "../token-call.js";

interface TryData {
  auth: AuthPlan;
  mockUrl: string;
  operations: Record<string, RequestPlan>;
}

type Text = Record<string, string>;

/** The page's interface string `key` (the key itself if the page lacks it). */
const say = (text: Text, key: string): string => text[key] ?? key;

const storageKey = (provider: string, option: string) => `pa-credential:${provider}:${option}`;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

function field(
  id: string,
  label: string,
  input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
): HTMLElement {
  input.id = id;
  return element("div", { class: "pa-field" }, element("label", { for: id }, label), input);
}

function textInput(value: string, type = "text"): HTMLInputElement {
  const input = element("input", { type, spellcheck: "false", autocomplete: "off" });
  input.value = value;
  return input;
}

/** Wires every "Try it" button of the page. */
export function setupTryIt(text: Text): void {
  const dataElement = document.getElementById("pa-try-data");
  if (!dataElement) return;
  const data = JSON.parse(dataElement.textContent ?? "{}") as TryData;
  const provider = document.body.dataset.provider ?? "";
  for (const button of document.querySelectorAll<HTMLButtonElement>(".pa-try-open")) {
    button.addEventListener("click", () => {
      const id = button.dataset.try!;
      const panel = document.querySelector<HTMLElement>(`[data-try-panel="${CSS.escape(id)}"]`);
      const plan = data.operations[id];
      if (!panel || !plan) return;
      if (!panel.firstChild) panel.append(buildForm(data, plan, provider, text));
      panel.hidden = !panel.hidden;
      button.setAttribute("aria-expanded", String(!panel.hidden));
      if (!panel.hidden) panel.querySelector<HTMLElement>("select, input")?.focus();
    });
  }
}

function buildForm(data: TryData, plan: RequestPlan, provider: string, text: Text): HTMLFormElement {
  const prefix = `pa-try-${plan.operationId}`;
  const form = element("form", {
    class: "pa-try-form",
    "aria-label": `${text.tryItTitle}: ${plan.method} ${plan.path}`,
  });

  const server = element(
    "select",
    {},
    element("option", { value: "mock" }, `${text.serverMock} (${data.mockUrl})`),
    element("option", { value: "custom" }, say(text, "serverCustom")),
  );
  const custom = textInput(data.mockUrl, "url");
  const customField = field(`${prefix}-url`, say(text, "customUrl"), custom);
  customField.hidden = true;
  server.addEventListener("change", () => {
    customField.hidden = server.value !== "custom";
  });
  form.append(
    element(
      "fieldset",
      {},
      element("legend", {}, say(text, "server")),
      field(`${prefix}-server`, say(text, "server"), server),
      customField,
    ),
  );

  const credentialInputs: HTMLInputElement[] = [];
  const tokenCall = isTokenCall(data.auth, plan);
  if (plan.secured || tokenCall) {
    const set = element("fieldset", {}, element("legend", {}, say(text, "credentials")));
    data.auth.credentials.forEach((credential, index) => {
      let stored = "";
      try {
        stored = sessionStorage.getItem(storageKey(provider, credential.option)) ?? "";
      } catch {
        // No storage: the reader types them again.
      }
      const input = textInput(stored, index === data.auth.credentials.length - 1 && index > 0 ? "password" : "text");
      input.dataset.option = credential.option;
      credentialInputs.push(input);
      set.append(field(`${prefix}-cred-${credential.option}`, credential.option, input));
    });
    set.append(element("p", { class: "pa-muted" }, say(text, "credentialsNote")));
    if (data.auth.credentials.length > 0) form.append(set);
  }

  const paramInputs = new Map<string, HTMLInputElement>();
  const isCredentialParam = (name: string) =>
    tokenCall && data.auth.token?.carrier === "query" && data.auth.token.fields.includes(name);
  const params = plan.parameters.filter((p) => !isCredentialParam(p.name));
  if (params.length) {
    const set = element("fieldset", {}, element("legend", {}, say(text, "parameters")));
    for (const p of params) {
      const input = textInput(p.value);
      if (p.required) input.required = true;
      paramInputs.set(`${p.in}:${p.name}`, input);
      set.append(
        field(`${prefix}-${p.in}-${p.name}`, `${p.name} (${p.in}${p.required ? `, ${text.required}` : ""})`, input),
      );
    }
    form.append(set);
  }

  let bodyInput: HTMLTextAreaElement | undefined;
  if (plan.body) {
    bodyInput = element("textarea", { rows: "10", spellcheck: "false" });
    bodyInput.value = typeof plan.body.value === "string" ? plan.body.value : JSON.stringify(plan.body.value, null, 2);
    form.append(field(`${prefix}-body`, `${text.body} (${plan.body.contentType})`, bodyInput));
  }

  const send = element("button", { type: "submit", class: "pa-button pa-button-primary" }, say(text, "send"));
  const output = element("div", { class: "pa-try-output", "aria-live": "polite" });
  form.append(send, output);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const base = (server.value === "custom" ? custom.value : data.mockUrl).replace(/\/+$/, "");
    const credentials = credentialInputs.map((input) => {
      try {
        sessionStorage.setItem(storageKey(provider, input.dataset.option!), input.value);
      } catch {
        // No storage: used for this request only.
      }
      return input.value;
    });
    send.disabled = true;
    send.textContent = say(text, "sending");
    void execute(data.auth, plan, base, credentials, paramInputs, bodyInput?.value, text)
      .then((result) => showResult(output, result, text))
      .catch((error: Error) => {
        output.replaceChildren(element("p", { class: "pa-try-error", role: "alert" }, `${error.message}`));
      })
      .finally(() => {
        send.disabled = false;
        send.textContent = say(text, "send");
      });
  });
  return form;
}

interface Result {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  body: string;
}

async function call(url: string, init: RequestInit, text: Text): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    throw new Error(`${text.networkError ?? "network error"}: ${url}`);
  }
}

async function tokenFor(auth: AuthPlan, base: string, credentials: string[], text: Text): Promise<string> {
  const token = auth.token;
  if (!token) throw new Error(`${auth.kind}: expected a token call in the spec, found none`);
  const fields = new URLSearchParams();
  token.fields.forEach((name, index) => {
    fields.set(name, credentials[index] ?? "");
  });
  for (const [key, value] of Object.entries(token.extra)) fields.set(key, value);
  const response =
    token.carrier === "query"
      ? await call(`${base}${token.path}?${fields}`, { method: token.method }, text)
      : await call(
          `${base}${token.path}`,
          {
            method: token.method,
            headers: { "Content-Type": "application/x-www-form-urlencoded" },
            body: fields,
          },
          text,
        );
  const body = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status} ${body.slice(0, 200)}`);
  if (token.response === "json") {
    const parsed = JSON.parse(body) as { access_token?: string; token?: string };
    return parsed.access_token ?? parsed.token ?? "";
  }
  return body.trim();
}

async function execute(
  auth: AuthPlan,
  plan: RequestPlan,
  base: string,
  credentials: string[],
  params: Map<string, HTMLInputElement>,
  body: string | undefined,
  text: Text,
): Promise<Result> {
  let path = plan.path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = {};
  const isToken = isTokenCall(auth, plan);
  for (const p of plan.parameters) {
    const value = params.get(`${p.in}:${p.name}`)?.value ?? "";
    if (p.in === "path") path = path.replace(`{${p.name}}`, encodeURIComponent(value));
    else if (p.in === "query" && value !== "") query.set(p.name, value);
    else if (p.in === "header" && value !== "") headers[p.name] = value;
  }
  const tokenCall = isToken ? auth.token : undefined;
  if (tokenCall?.carrier === "query") {
    tokenCall.fields.forEach((name, index) => {
      query.set(name, credentials[index] ?? "");
    });
  }
  if (plan.secured && !isToken) {
    if (auth.kind === "http-basic")
      headers.Authorization = `Basic ${btoa(`${credentials[0] ?? ""}:${credentials[1] ?? ""}`)}`;
    else if (auth.token) {
      try {
        headers.Authorization = `Bearer ${await tokenFor(auth, base, credentials, text)}`;
      } catch (error) {
        throw new Error(`${text.tokenFailed}: ${(error as Error).message}`);
      }
    }
  }
  let payload: BodyInit | undefined;
  if (plan.body && body !== undefined) {
    const type = plan.body.contentType;
    if (type === "application/x-www-form-urlencoded") {
      const fields = new URLSearchParams();
      const parsed = safeJson(body);
      if (parsed && typeof parsed === "object") for (const [k, v] of Object.entries(parsed)) fields.set(k, String(v));
      else for (const [k, v] of new URLSearchParams(body)) fields.set(k, v);
      tokenCall?.fields.forEach((name, index) => {
        fields.set(name, credentials[index] || fields.get(name) || "");
      });
      payload = fields;
      headers["Content-Type"] = type;
    } else if (type === "multipart/form-data") {
      const form = new FormData();
      const parsed = safeJson(body);
      if (parsed && typeof parsed === "object") for (const [k, v] of Object.entries(parsed)) form.append(k, String(v));
      payload = form;
    } else {
      payload = body;
      headers["Content-Type"] = type;
    }
  }
  const url = `${base}${path}${query.size ? `?${query}` : ""}`;
  const response = await call(
    url,
    { method: plan.method, headers, ...(payload !== undefined ? { body: payload } : {}) },
    text,
  );
  const raw = await response.text();
  const parsed = safeJson(raw);
  return {
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers.entries()],
    body: parsed !== undefined ? JSON.stringify(parsed, null, 2) : raw,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function showResult(output: HTMLElement, result: Result, text: Text): void {
  const ok = result.status >= 200 && result.status < 300;
  const pre = (content: string, label: string) => {
    const block = element(
      "pre",
      { class: "pa-pre pa-json", tabindex: "0", "aria-label": label },
      element("code", {}, content),
    );
    return block;
  };
  output.replaceChildren(
    element(
      "p",
      { class: "pa-try-status" },
      `${text.status}: `,
      element(
        "span",
        { class: `pa-status pa-status-${ok ? "ok" : "error"}`, "data-status": String(result.status) },
        `${result.status} ${result.statusText}`,
      ),
    ),
    element(
      "details",
      {},
      element("summary", {}, say(text, "headers")),
      pre(result.headers.map(([k, v]) => `${k}: ${v}`).join("\n"), say(text, "headers")),
    ),
    element("p", { class: "pa-sub" }, say(text, "responseBody")),
    pre(result.body, say(text, "responseBody")),
  );
}
