import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPreferences } from "../src/prefer.js";
import { type RunningMock, startMock } from "../src/start-mock.js";

describe("readPreferences", () => {
  it("reads Prefer like Prism's server, falls back to __code/__example/__dynamic, and names a bad value", () => {
    expect(readPreferences("code=404, example=x, dynamic=true", new URLSearchParams())).toEqual({
      ok: true,
      preferences: { code: 404, exampleKey: "x", dynamic: true },
    });
    expect(readPreferences(undefined, new URLSearchParams("__code=401"))).toEqual({
      ok: true,
      preferences: { code: 401 },
    });
    expect(readPreferences("code=4o4", new URLSearchParams())).toEqual({
      ok: false,
      message: 'Prefer: code: expected a three-digit status, found "4o4"',
    });
  });
});

describe("Prism's controls, answered in the provider's shape", () => {
  let mock: RunningMock;
  const call = (prefer: string) =>
    fetch(`${mock.url}/portfolios/pf_home_2024/contracts`, {
      headers: { authorization: `Basic ${Buffer.from("a:b").toString("base64")}`, prefer },
    });
  beforeAll(async () => {
    mock = await startMock("seyna", { port: 0, stateful: false });
  });
  afterAll(async () => {
    await mock?.stop();
  });

  it("code=<documented 4xx> answers that status with Seyna's error body", async () => {
    const answer = await call("code=404");
    expect(answer.status).toBe(404);
    expect(await answer.json()).toMatchObject({ object: "error", status: 404 });
  });

  it("example=<name> picks that documented example", async () => {
    const answer = await call("code=200, example=firstPage");
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { next?: string }).next).toBeDefined();
  });

  it("an undocumented code, an unknown example or a malformed preference get a documented 4xx, never a 5xx", async () => {
    for (const prefer of ["code=418", "example=nope", "dynamic=maybe"]) {
      const answer = await call(prefer);
      expect(answer.status, prefer).toBe(400);
      const body = (await answer.json()) as { object: string; msg: string };
      expect(body.object).toBe("error");
      expect(body.msg).toMatch(/Prefer|cannot answer as asked/);
    }
  });
});
