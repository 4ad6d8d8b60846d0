import { describe, expect, it } from "vitest";
import { secretScrubber } from "../src/redact.js";

describe("secretScrubber", () => {
  it("replaces a long secret wherever it appears, also URL-encoded", () => {
    const scrub = secretScrubber(["s3cr3t-value/+"]);
    expect(scrub("got s3cr3t-value/+ and xs3cr3t-value/+x and s3cr3t-value%2F%2B")).toBe(
      "got [redacted] and x[redacted]x and [redacted]",
    );
  });

  it("replaces a short secret where it stands as a token, and leaves the words that merely contain it", () => {
    const scrub = secretScrubber(["s", "ab"]);
    expect(scrub('{"password":"ab","msg":"contracts not found"}')).toBe(
      '{"password":"[redacted]","msg":"contracts not found"}',
    );
    expect(scrub("GET /token?username=u&password=ab&x=1 user:s@host")).toBe(
      "GET /token?username=u&password=[redacted]&x=1 user:[redacted]@host",
    );
    expect(scrub("status abc cabs")).toBe("status abc cabs");
  });

  it("is the identity without secrets", () => {
    expect(secretScrubber([])("anything")).toBe("anything");
  });
});
