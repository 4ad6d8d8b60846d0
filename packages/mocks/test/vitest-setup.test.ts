import { describe, expect, it } from "vitest";
import { createMockSetup } from "../src/vitest-setup.js";

describe("vitest globalSetup", () => {
  it("provides each mock URL through provide() and PREMIUMS_MOCK_URL-style env vars, and tears down", async () => {
    const provided = new Map<string, unknown>();
    const teardown = await createMockSetup()({ provide: (key, value) => provided.set(key, value) });
    try {
      expect([...provided.keys()].sort()).toEqual(["coandaMockUrl", "premiumsMockUrl", "seynaMockUrl"]);
      expect(process.env.PREMIUMS_MOCK_URL).toBe(provided.get("premiumsMockUrl"));
      expect(process.env.COANDA_MOCK_URL).toBe(provided.get("coandaMockUrl"));
      expect(process.env.SEYNA_MOCK_URL).toBe(provided.get("seynaMockUrl"));
      const answer = await fetch(`${String(provided.get("seynaMockUrl"))}/portfolios`);
      expect(answer.status).toBe(401); // Seyna demands Basic credentials: the mock is up and enforcing them
    } finally {
      await teardown();
    }
    await expect(fetch(String(provided.get("premiumsMockUrl")))).rejects.toThrow();
  }, 120_000);
});
