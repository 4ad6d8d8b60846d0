import { describe, expect, it } from "vitest";
import { mockedProviders, urlEnvVar } from "../src/registry.js";
import { createMockSetup } from "../src/vitest-setup.js";

describe("vitest globalSetup", () => {
  it("starts every registry provider on a free port (never its fixed one), provides the URLs and tears down", async () => {
    const provided = new Map<string, unknown>();
    const teardown = await createMockSetup()({ provide: (key, value) => provided.set(key, value) });
    try {
      const providers = mockedProviders();
      expect([...provided.keys()].sort()).toEqual(providers.map((provider) => `${provider.id}MockUrl`).sort());
      for (const provider of providers) {
        const url = String(provided.get(`${provider.id}MockUrl`));
        expect(process.env[urlEnvVar(provider.id)]).toBe(url);
        expect(new URL(url).port).not.toBe(String(provider.mockPort));
      }
      const answer = await fetch(`${String(provided.get("seynaMockUrl"))}/portfolios`);
      expect(answer.status).toBe(401); // Seyna demands Basic credentials: the mock is up and enforcing them
    } finally {
      await teardown();
    }
    await expect(fetch(String(provided.get("premiumsMockUrl")))).rejects.toThrow();
  }, 120_000);
});
