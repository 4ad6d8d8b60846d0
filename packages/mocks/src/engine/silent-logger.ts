import type { IPrismComponents, IPrismConfig } from "@stoplight/prism-core";

type PrismLogger = IPrismComponents<unknown, unknown, unknown, IPrismConfig>["logger"];

// Prism's components want a pino logger with its custom `success` level; the mock reports through its
// own answers, so every level is a no-op (and `child` returns the same logger).
const noop = (): void => {};
const logger = {
  level: "silent",
  fatal: noop,
  error: noop,
  warn: noop,
  info: noop,
  success: noop,
  debug: noop,
  trace: noop,
  child: () => logger,
};

/** A logger that Prism accepts and that prints nothing. */
export const silentLogger = logger as unknown as PrismLogger;
