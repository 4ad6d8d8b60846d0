#!/usr/bin/env node
import { parseArgs } from "node:util";
import { mockedProviders } from "./registry.js";
import { contractFor, formatReport, verifyContract } from "./verify/verify-contract.js";

const USAGE = `Usage: partner-contract-verify <${mockedProviders()
  .map((provider) => provider.id)
  .join("|")}|spec.json> --target <url> [options]

Replays every documented example of the contract against the real server at --target, and prints
each mismatch (status, Content-Type, missing field, wrong type) with the operation and field path.
Exits 1 when there is any mismatch, 2 on a usage error.

Options:
  --target URL        Base URL of the server under test (required)
  --header "N: V"     Extra header for every request, e.g. real credentials (repeatable)
  --basic ID:SECRET   Shorthand for Authorization: Basic base64(ID:SECRET)
  --bearer TOKEN      Shorthand for Authorization: Bearer TOKEN
  --json              Print the report as JSON
  -h, --help          Show this help`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      target: { type: "string" },
      header: { type: "string", multiple: true },
      basic: { type: "string" },
      bearer: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [contract, ...extra] = positionals;
  if (contract === undefined || values.target === undefined || extra.length > 0) {
    console.error(
      `${USAGE}\n\npartner-contract-verify: expected one contract and --target, found ${JSON.stringify(positionals)} and --target ${values.target ?? "(none)"}`,
    );
    return 2;
  }
  const headers: Record<string, string> = {};
  for (const header of values.header ?? []) {
    const colon = header.indexOf(":");
    if (colon <= 0) throw new Error(`--header: expected "Name: value", found ${JSON.stringify(header)}`);
    headers[header.slice(0, colon).trim()] = header.slice(colon + 1).trim();
  }
  if (values.basic !== undefined) headers.authorization = `Basic ${Buffer.from(values.basic).toString("base64")}`;
  if (values.bearer !== undefined) headers.authorization = `Bearer ${values.bearer}`;

  const report = await verifyContract({
    contract: contractFor(contract),
    target: values.target,
    headers: Object.keys(headers).length > 0 ? headers : undefined,
  });
  console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
  return report.mismatchCount > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(`partner-contract-verify: ${error.message}`);
    process.exitCode = 2;
  },
);
