// Rule: after an early cancellation moves a contract's end back, any receipt that covers past the
// new end is compensated by a negative receipt over that excess (net cover 0 past the end).
import { type CoverSegment, coverRuns, coverSegments, receiptName } from "./coverage.js";
import { describeDuration, isoInstant, shortInstant } from "./dates.js";
import type { ContractLike, ReceiptLike } from "./inputs.js";
import { readDate } from "./read.js";
import type { Violation } from "./violation.js";

const RULE = "receipts-beyond-end-compensated";

/** Checks that whatever receipts charge past the contract's end_cover_date is given back by compensation receipts. */
export function checkBeyondEndCompensated(contract: ContractLike, receipts: readonly ReceiptLike[]): Violation[] {
  const violations: Violation[] = [];
  const end = readDate(contract.end_cover_date, "contract.end_cover_date", violations);
  const { segments } = coverSegments(receipts, violations);
  if (end === undefined) return violations;
  const latest = Math.max(end, ...segments.map((s) => s.end));
  const cancelled = contract.cancel_date !== undefined && contract.cancel_date !== null;
  const ending = cancelled
    ? `the cancelled contract's new end (${shortInstant(end)})`
    : `the contract's end (${shortInstant(end)})`;

  // Per receipt charging past the end: the stretches nothing gives back.
  const uncompensated = new Map<CoverSegment, Array<[number, number]>>();
  for (const run of coverRuns(segments, end, latest)) {
    if (run.net > 0) {
      for (const s of run.covering.filter((c) => c.weight === 1)) {
        const spans = uncompensated.get(s) ?? [];
        spans.push([run.start, run.end]);
        uncompensated.set(s, spans);
      }
    } else if (run.net < 0) {
      const negative = run.covering.find((s) => s.weight === -1) as CoverSegment;
      const path = `receipts[${negative.index}]`;
      violations.push({
        rule: RULE,
        kind: "value",
        path,
        expected: "net cover 0 past the end",
        actual: `net cover ${run.net}`,
        message: `${path}: compensation receipt ${receiptName(receipts, negative.index)} gives back [${shortInstant(run.start)}, ${shortInstant(run.end)}), past ${ending}, which no receipt charged`,
      });
    }
  }
  for (const [segment, spans] of uncompensated) {
    const path = `receipts[${segment.index}].end_cover_date`;
    const excess = spans.reduce((total, [a, b]) => total + (b - a), 0);
    const where = spans.map(([a, b]) => `[${shortInstant(a)}, ${shortInstant(b)})`).join(", ");
    violations.push({
      rule: RULE,
      kind: "date",
      path,
      expected: isoInstant(end),
      actual: isoInstant(segment.end),
      difference: segment.end - end,
      message:
        `${path}: ${receiptName(receipts, segment.index)} covers up to ${shortInstant(segment.end)}, past ${ending}, ` +
        `and no negative receipt compensates ${where} (${describeDuration(excess)})`,
    });
  }
  return violations;
}
