// Option checks at creation and token URL resolution.
import { describe, expect, it } from "vitest";
import {
  createPremiumsClient,
  PREMIUMS_STAGING_URL,
  type PremiumsClientOptions,
  resolveTokenUrl,
} from "../src/index.js";

const create = (options: unknown) => () => createPremiumsClient(options as PremiumsClientOptions);

describe("createPremiumsClient options", () => {
  it("needs clientId, and says what was expected", () => {
    expect(create({ clientSecret: "x" })).toThrow(
      /createPremiumsClient: clientId must be a non-empty string \(your OAuth2 client id\), got undefined/,
    );
    expect(create({ clientId: "", clientSecret: "x" })).toThrow(
      /clientId must be a non-empty string .*got an empty string/,
    );
    expect(create({ clientId: 42, clientSecret: "x" })).toThrow(/clientId must be .*got a number/);
  });

  it("needs clientSecret, and never shows its value", () => {
    expect(create({ clientId: "id" })).toThrow(
      /createPremiumsClient: clientSecret must be a non-empty string \(your OAuth2 client secret\), got undefined/,
    );
    let message = "";
    try {
      createPremiumsClient({ clientId: "id", clientSecret: { secret: "hunter2" } as unknown as string });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/clientSecret must be .*got a object/);
    expect(message).not.toContain("hunter2");
  });

  it("rejects a non-object", () => {
    expect(create(undefined)).toThrow(/createPremiumsClient\(options\) must be an object/);
  });

  it("rejects a baseUrl that is not an absolute http(s) URL, naming it", () => {
    expect(create({ clientId: "id", clientSecret: "s", baseUrl: "premiums-api-staging.anopio.com" })).toThrow(
      /createPremiumsClient: baseUrl must be an absolute http\(s\) URL .*got "premiums-api-staging.anopio.com"/,
    );
  });

  it("parses the baseUrl with new URL before any credential is used, never showing one", () => {
    expect(create({ clientId: "id", clientSecret: "s3cr3t", baseUrl: "https://user:s3cr3t@[staging" })).toThrow(
      /createPremiumsClient: baseUrl must be an absolute http\(s\) URL .*got "https:\/\/\[redacted\]@\[staging"$/,
    );
  });

  it("rejects an empty scope or tokenUrl", () => {
    expect(create({ clientId: "id", clientSecret: "s", scope: "" })).toThrow(/createPremiumsClient: scope must be/);
    expect(create({ clientId: "id", clientSecret: "s", tokenUrl: 3 })).toThrow(
      /createPremiumsClient: tokenUrl must be .*got a number 3/,
    );
  });

  it("passes the runtime options through to its checks", () => {
    expect(create({ clientId: "id", clientSecret: "s", timeoutMs: -1 })).toThrow(/timeoutMs/);
  });

  it("defaults to the staging server", () => {
    expect(PREMIUMS_STAGING_URL).toBe("https://premiums-api-staging.anopio.com");
    expect(() => createPremiumsClient({ clientId: "id", clientSecret: "s" })).not.toThrow();
  });
});

describe("resolveTokenUrl", () => {
  it("defaults to /oauth2/token under the base URL", () => {
    expect(resolveTokenUrl(PREMIUMS_STAGING_URL)).toBe("https://premiums-api-staging.anopio.com/oauth2/token");
    expect(resolveTokenUrl("http://127.0.0.1:4010/")).toBe("http://127.0.0.1:4010/oauth2/token");
  });

  it("keeps a base URL's path prefix (as API paths do)", () => {
    expect(resolveTokenUrl("https://gateway.example.com/premiums")).toBe(
      "https://gateway.example.com/premiums/oauth2/token",
    );
    expect(resolveTokenUrl("https://gateway.example.com/premiums/", "/auth/token")).toBe(
      "https://gateway.example.com/premiums/auth/token",
    );
  });

  it("uses an absolute token URL as is", () => {
    expect(resolveTokenUrl(PREMIUMS_STAGING_URL, "https://auth.example.com/token")).toBe(
      "https://auth.example.com/token",
    );
  });
});
