import { request } from "node:http";

export interface WaitReadyOptions {
  timeoutMs: number;
  intervalMs?: number;
  /** Stops polling early, e.g. when the process being waited on has exited. */
  abandoned?: () => string | undefined;
}

/** Polls `url` until any HTTP response comes back (Prism answers 404/401 on `/`: that means it is up). */
export async function waitUntilAnswering(url: string, options: WaitReadyOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  const interval = options.intervalMs ?? 50;
  let lastError = "no attempt";
  for (;;) {
    const reason = options.abandoned?.();
    if (reason !== undefined) throw new Error(reason);
    try {
      await probe(url);
      return;
    } catch (error) {
      lastError = (error as Error).message;
    }
    if (Date.now() >= deadline) {
      throw new Error(`${url} did not answer within ${options.timeoutMs} ms (last error: ${lastError})`);
    }
    await new Promise((done) => setTimeout(done, interval));
  }
}

function probe(url: string): Promise<void> {
  return new Promise((done, fail) => {
    const req = request(url, { method: "GET", agent: false, timeout: 1000 }, (res) => {
      res.resume();
      res.on("end", () => done());
      res.on("error", fail);
    });
    req.on("timeout", () => req.destroy(new Error("probe timed out")));
    req.on("error", fail);
    req.end();
  });
}
