import { describe, expect, it } from "vitest";
import { premiaSessionUrl } from "../src/index.js";

describe("premiaSessionUrl", () => {
  it("builds {BASE_UI_URL}/premia/sessions?hash={sessionHash}", () => {
    expect(premiaSessionUrl("https://premia.example.com", "abc123")).toBe(
      "https://premia.example.com/premia/sessions?hash=abc123",
    );
  });

  it("tolerates a trailing slash", () => {
    expect(premiaSessionUrl("https://premia.example.com/", "abc123")).toBe(
      "https://premia.example.com/premia/sessions?hash=abc123",
    );
    expect(premiaSessionUrl("https://premia.example.com///", "abc123")).toBe(
      "https://premia.example.com/premia/sessions?hash=abc123",
    );
  });

  it("keeps a base path and a port", () => {
    expect(premiaSessionUrl("https://example.com/advisors/ui", "abc123")).toBe(
      "https://example.com/advisors/ui/premia/sessions?hash=abc123",
    );
    expect(premiaSessionUrl("http://127.0.0.1:4299/ui/", "abc123")).toBe(
      "http://127.0.0.1:4299/ui/premia/sessions?hash=abc123",
    );
  });

  it("encodes the hash so it survives the round trip", () => {
    const hash = "a+b/c=d&e f?g#h%i";
    const url = premiaSessionUrl("https://premia.example.com", hash);
    expect(url).not.toContain("#");
    expect(url).not.toContain(" ");
    expect(new URL(url).searchParams.get("hash")).toBe(hash);
    expect([...new URL(url).searchParams.keys()]).toEqual(["hash"]);
  });

  it.each([
    ["", "an empty string"],
    ["   ", "an empty string"],
    [undefined, "undefined"],
    [null, "null"],
  ])("rejects the hash %j, naming sessionHash", (hash, found) => {
    expect(() => premiaSessionUrl("https://premia.example.com", hash as string)).toThrow(
      new TypeError(
        `premiaSessionUrl: sessionHash must be a non-empty string (the sessionHash of POST /premia/api/v1/sessions), found ${found}`,
      ),
    );
  });

  it.each([
    ["premia.example.com", 'found "premia.example.com"'],
    ["/premia", 'found "/premia"'],
    ["", "found an empty string"],
    ["ftp://premia.example.com", "found the ftp scheme"],
    ["https://premia.example.com/?tenant=1", "without query or fragment"],
    ["https://premia.example.com/#top", "without query or fragment"],
  ])("rejects the base %j, naming baseUiUrl", (base, found) => {
    expect(() => premiaSessionUrl(base, "abc123")).toThrow(
      /^premiaSessionUrl: baseUiUrl must be an absolute http\(s\) URL/,
    );
    expect(() => premiaSessionUrl(base, "abc123")).toThrow(found);
  });
});
