// Polls each URL until it answers (any HTTP status) or the deadline passes: readiness for scripts/start.
const urls = process.argv.slice(2);
const deadline = Date.now() + Number(process.env.WAIT_FOR_MS ?? 60_000);
for (const url of urls) {
  for (;;) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        console.error(`wait-for: ${url} did not answer within ${process.env.WAIT_FOR_MS ?? 60_000} ms`);
        process.exit(1);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
