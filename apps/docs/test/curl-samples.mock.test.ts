// Every curl sample of every reference, run with the machine's real `curl` (through bash) against the
// mocks started for this run: each must get its operation's documented success status. The samples
// read the base URL from <ID>_MOCK_URL and credentials from the registry's environment variables.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { loadBundle } from "../src/bundles.js";
import { curlSample, mockUrlVariable } from "../src/curl.js";
import { buildDocsSpec } from "../src/docs-spec.js";
import { listOperations } from "../src/openapi.js";
import { PROVIDERS } from "../src/providers.js";
import { authPlan, requestPlan } from "../src/request-plan.js";

const run = promisify(execFile);
const hasCurl = existsSync("/usr/bin/curl") || existsSync("/bin/curl");
if (!hasCurl) console.warn("!! curl sample suite SKIPPED: no curl on this machine");

/** The last HTTP status line curl -i printed. */
function lastStatus(output: string): number | undefined {
  const statuses = [...output.matchAll(/^HTTP\/[\d.]+ (\d{3})/gm)].map((m) => Number(m[1]));
  return statuses.at(-1);
}

describe.skipIf(!hasCurl)("curl samples against the mocks", () => {
  const cases = PROVIDERS.flatMap((p) => p.languages.map((language) => ({ provider: p, language })));
  it.each(cases.map((c) => [`${c.provider.id} (${c.language})`, c] as const))(
    "%s: every sample gets the documented success status",
    async (_, { provider, language }) => {
      const docs = buildDocsSpec(await loadBundle(provider), provider, language);
      const auth = authPlan(docs.doc, provider);
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        [mockUrlVariable(provider)]: inject("mockUrls")[provider.id],
      };
      provider.credentials.forEach((c, i) => {
        env[c.env] = `docs-test-${i}`;
      });
      const failures: string[] = [];
      let checked = 0;
      for (const op of listOperations(docs.doc)) {
        const plan = requestPlan(docs.doc, op);
        const script = curlSample(provider, auth, plan, language);
        const { stdout } = await run("bash", ["-euo", "pipefail", "-c", script], { env, timeout: 60_000 });
        const status = lastStatus(stdout);
        if (status !== plan.successStatus)
          failures.push(
            `${plan.method} ${plan.path}: expected ${plan.successStatus}, got ${status}\n${stdout.slice(0, 400)}`,
          );
        checked += 1;
      }
      expect(failures).toEqual([]);
      expect(checked).toBe(listOperations(docs.doc).length);
    },
  );
});
