import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningMock, startMock } from "../src/start-mock.js";

describe("CORS: a page on another loopback origin calls the mock with credentials (real Chromium)", () => {
  let mock: RunningMock;
  let page: Server;
  let browser: Browser;
  let pageUrl: string;
  beforeAll(async () => {
    mock = await startMock("seyna", { port: 0 });
    page = createServer((_, res) => res.end("<!doctype html><title>docs</title>"));
    await new Promise<void>((done) => page.listen(0, "127.0.0.1", done));
    // `localhost` vs `127.0.0.1` and another port: a different origin from the mock's.
    pageUrl = `http://localhost:${(page.address() as AddressInfo).port}/`;
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    page?.close();
    await mock?.stop();
  });

  it("passes the preflight for Authorization and answers with the body and exposed headers readable", async () => {
    const tab = await browser.newPage();
    await tab.goto(pageUrl);
    const result = await tab.evaluate(async (url) => {
      const answer = await fetch(`${url}/portfolios`, {
        credentials: "include",
        headers: { authorization: `Basic ${btoa("key-id:key-secret")}`, prefer: "code=200" },
      });
      return {
        status: answer.status,
        body: await answer.json(),
        violations: answer.headers.get("x-sandbox-violations"),
      };
    }, mock.url);
    expect(result.status).toBe(200);
    expect(result.body.object).toBe("list");
    expect(result.violations).not.toBeNull();
    const refused = await tab.evaluate(async (url) => {
      const answer = await fetch(`${url}/portfolios`, { credentials: "include" });
      return { status: answer.status, challenge: answer.headers.get("www-authenticate") };
    }, mock.url);
    expect(refused).toEqual({ status: 401, challenge: 'Basic realm="mock"' });
  });

  it("gives a page from a non-loopback origin no CORS grant", async () => {
    const answer = await fetch(`${mock.url}/portfolios`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example.com", "access-control-request-method": "GET" },
    });
    expect(answer.headers.get("access-control-allow-origin")).toBeNull();
  });
});
