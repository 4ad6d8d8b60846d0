// The clients' runnable examples (their README's quick start and error handling) run unchanged against
// these mocks: each registry provider's client package, each file of its examples/ folder.
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockedProviders } from "../src/registry.js";
import { type RunningMocks, startMocks } from "../src/start-mocks.js";

const packagesDir = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/** `packages/<name>` of a client package `@scope/<name>`. */
function clientDir(packageName: string): string {
  return join(packagesDir, packageName.split("/").pop()!);
}

describe("client examples against the mocks", () => {
  let mocks: RunningMocks;
  beforeAll(async () => {
    mocks = await startMocks({ ports: Object.fromEntries(mockedProviders().map((provider) => [provider.id, 0])) });
  }, 120_000);
  afterAll(async () => {
    await mocks?.stop();
  });

  it("the Premiums README's result-style branch reads error.data.messages, naming the field", async () => {
    const { createPremiumsClient } = (await import(join(clientDir("@partner-apis/premiums"), "dist", "index.js"))) as {
      createPremiumsClient: (options: object) => {
        POST: (
          path: string,
          init: object,
        ) => Promise<{ error?: { status: number; data: { messages: Record<string, string[]> } } }>;
      };
    };
    const premiums = createPremiumsClient({ baseUrl: mocks.urls.premiums, clientId: "id", clientSecret: "secret" });
    const { error } = await premiums.POST("/v2/seance", { body: { transaction_uid: "tx-1" } });
    expect(error?.status).toBe(400);
    // The README: `if (error.status === 400) console.error(error.data.messages)`.
    expect(error?.data.messages).toHaveProperty("seance_date");
    expect(error?.data.messages.seance_date?.[0]).toMatch(/required/);
  });

  for (const provider of mockedProviders()) {
    const examples = join(clientDir(provider.client.package), "examples");
    const files = existsSync(examples) ? readdirSync(examples).filter((file) => file.endsWith(".mjs")) : [];
    it(`${provider.client.package} has runnable examples`, () => {
      expect(files.length, `expected examples/*.mjs in ${examples}`).toBeGreaterThan(0);
      expect(
        existsSync(join(clientDir(provider.client.package), "dist")),
        "build the clients first (pnpm turbo run build)",
      ).toBe(true);
    });
    for (const file of files) {
      it(`${provider.client.package} examples/${file} runs unchanged, error branches included`, async () => {
        const url = mocks.urls[provider.id]!;
        const id = provider.id.toUpperCase();
        const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(examples, file)], {
          cwd: clientDir(provider.client.package),
          // Both spellings the examples read: <ID>_MOCK_URL (vitest setup) and <ID>_BASE_URL (a real deployment).
          env: { ...process.env, [`${id}_MOCK_URL`]: url, [`${id}_BASE_URL`]: url },
          timeout: 60_000,
        });
        expect(`${stdout}\n${stderr}`).not.toMatch(/TypeError|Cannot read propert|undefined is not/);
      }, 90_000);
    }
  }
});
