// Seyna dates: a date alone means T00:00:00Z, and ranges end at their first uncovered instant.

const DATE_OR_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/i;

/** Milliseconds since the epoch of a Seyna date (`2024-01-01` = `2024-01-01T00:00:00Z`), or undefined if it is not one. */
export function parseSeynaDate(value: unknown): number | undefined {
  if (typeof value !== "string" || !DATE_OR_DATE_TIME.test(value)) return undefined;
  // Date.parse reads a date-only ISO string as UTC midnight, exactly Seyna's rule.
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The full ISO form of an instant, for `expected` / `actual` fields. */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** A short form for messages: `2024-01-01` at UTC midnight, the full ISO instant otherwise. */
export function shortInstant(ms: number): string {
  const iso = isoInstant(ms);
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/** A duration for messages: whole days when it is whole days, else hours/minutes/seconds. */
export function describeDuration(ms: number): string {
  const abs = Math.abs(ms);
  const day = 86_400_000;
  if (abs % day === 0) return `${abs / day} day${abs === day ? "" : "s"}`;
  if (abs % 3_600_000 === 0) return `${abs / 3_600_000} h`;
  if (abs % 1000 === 0) return `${abs / 1000} s`;
  return `${abs} ms`;
}
