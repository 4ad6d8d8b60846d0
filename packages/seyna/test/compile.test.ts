// The compile-time promises, checked at test time: snippets a user could write are compiled, in
// one program, with the TypeScript compiler against src/, and must fail (or pass) as expected.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");

const PRELUDE = `
import { createSeynaClient, type ContractInput } from "../src/index.js";
const seyna = createSeynaClient({ apiKeyId: "id", apiKeySecret: "secret" });
declare const body: ContractInput;
const path = { portfolio_id: "pf", contract_id: "ctr-1" };
`;

const SNIPPETS = {
  valid: `
    void seyna.PUT("/portfolios/{portfolio_id}/contracts/{contract_id}", { params: { path }, body });
    void seyna.paginate("/portfolios/{portfolio_id}/contracts", { params: { path: { portfolio_id: "pf" } }, pageSize: 50 });
  `,
  misspelledPutField: `
    void seyna.PUT("/portfolios/{portfolio_id}/contracts/{contract_id}", { params: { path }, body: { ...body, refrence: "POL-1" } });
  `,
  misspelledQuery: `
    void seyna.GET("/portfolios/{portfolio_id}/contracts", { params: { path: { portfolio_id: "pf" }, query: { limt: 5 } } });
  `,
  paginateItemType: `
    for await (const receipt of seyna.paginate("/portfolios/{portfolio_id}/receipts", { params: { path: { portfolio_id: "pf" } } })) {
      const n: number = receipt.due_date;
    }
  `,
} as const;

const fileOf = (name: string) => join(packageDir, "test", `__snippet_${name}__.ts`);
let messages: Record<keyof typeof SNIPPETS, string[]>;

beforeAll(() => {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(packageDir, "tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (!config) throw new Error("cannot read tsconfig.json");
  const sources = new Map(Object.entries(SNIPPETS).map(([name, code]) => [fileOf(name), PRELUDE + code]));
  const host = ts.createCompilerHost(config.options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => sources.has(file) || fileExists.call(host, file);
  host.readFile = (file) => sources.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const text = sources.get(file);
    return text === undefined
      ? getSourceFile.call(host, file, language, ...rest)
      : ts.createSourceFile(file, text, language);
  };
  const program = ts.createProgram({
    rootNames: [...sources.keys()],
    options: { ...config.options, noEmit: true, types: ["node"] },
    host,
  });
  messages = Object.fromEntries(
    Object.keys(SNIPPETS).map((name) => [
      name,
      ts
        .getPreEmitDiagnostics(program, program.getSourceFile(fileOf(name)))
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")),
    ]),
  ) as typeof messages;
}, 120_000);

describe("compile-time checks", () => {
  it("accepts a valid PUT and paginate call", () => {
    expect(messages.valid).toEqual([]);
  });

  it("rejects a misspelled field in a PUT body", () => {
    expect(messages.misspelledPutField.join("\n")).toMatch(/'refrence' does not exist/);
  });

  it("rejects a misspelled query parameter", () => {
    expect(messages.misspelledQuery.join("\n")).toMatch(/'limt' does not exist/);
  });

  it("types paginate's items from the list path", () => {
    expect(messages.paginateItemType.join("\n")).toMatch(/Type 'string' is not assignable to type 'number'/);
  });
});
