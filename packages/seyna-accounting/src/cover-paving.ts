// Rule: the receipts' cover periods pave the contract's cover period: every instant from
// start_cover_date (included) to end_cover_date (excluded) is covered exactly once, net of
// compensation receipts, and nothing is covered before it starts. (Past its end is the
// `receipts-beyond-end-compensated` rule.)
import { type CoverRun, type CoverSegment, coverRuns, coverSegments, receiptName } from "./coverage.js";
import { describeDuration, isoInstant, shortInstant } from "./dates.js";
import type { ContractLike, ReceiptLike } from "./inputs.js";
import { readDate } from "./read.js";
import type { Violation } from "./violation.js";

const RULE = "receipts-pave-contract-cover";

/** Checks that the receipts cover the contract's period without gap or overlap (dates alone mean T00:00:00Z; ends are exclusive). */
export function checkCoverPaving(contract: ContractLike, receipts: readonly ReceiptLike[]): Violation[] {
  const violations: Violation[] = [];
  const start = readDate(contract.start_cover_date, "contract.start_cover_date", violations);
  const end = readDate(contract.end_cover_date, "contract.end_cover_date", violations);
  const { segments, reversed } = coverSegments(receipts, violations);

  for (const r of reversed) {
    const path = `receipts[${r.index}].end_cover_date`;
    violations.push({
      rule: RULE,
      kind: "date",
      path,
      expected: isoInstant(r.start),
      actual: isoInstant(r.end),
      difference: r.end - r.start,
      message: `${path}: ${receiptName(receipts, r.index)} ends (${shortInstant(r.end)}) before it starts (${shortInstant(r.start)})`,
    });
  }
  if (start === undefined || end === undefined) return violations;
  if (end < start) {
    violations.push({
      rule: RULE,
      kind: "date",
      path: "contract.end_cover_date",
      expected: isoInstant(start),
      actual: isoInstant(end),
      difference: end - start,
      message: `contract.end_cover_date: the contract ends (${shortInstant(end)}) before it starts (${shortInstant(start)})`,
    });
    return violations;
  }

  const earliest = Math.min(start, ...segments.map((s) => s.start));
  for (const run of coverRuns(segments, earliest, end, [start])) {
    if (run.end <= start) {
      if (run.net !== 0) violations.push(beforeStart(run, start, receipts));
    } else if (run.net === 0) {
      violations.push(gap(run, start, end, segments, receipts));
    } else if (run.net > 1) {
      violations.push(overlap(run, receipts));
    } else if (run.net < 0) {
      violations.push(overCompensated(run, receipts));
    }
  }
  return violations;
}

function beforeStart(run: CoverRun, contractStart: number, receipts: readonly ReceiptLike[]): Violation {
  const first = [...run.covering].sort((a, b) => a.start - b.start || a.index - b.index)[0] as CoverSegment;
  const path = `receipts[${first.index}].start_cover_date`;
  return {
    rule: RULE,
    kind: "date",
    path,
    expected: isoInstant(contractStart),
    actual: isoInstant(first.start),
    difference: first.start - contractStart,
    message: `${path}: ${receiptName(receipts, first.index)} starts ${shortInstant(first.start)}, before the contract's cover starts (${shortInstant(contractStart)})`,
  };
}

function gap(
  run: CoverRun,
  contractStart: number,
  contractEnd: number,
  segments: readonly CoverSegment[],
  receipts: readonly ReceiptLike[],
): Violation {
  const span = `[${shortInstant(run.start)}, ${shortInstant(run.end)}) (${describeDuration(run.end - run.start)})`;
  const positive = segments.filter((s) => s.weight === 1);
  const startsLate = positive.find((s) => s.start === run.end);
  if (startsLate) {
    const path = `receipts[${startsLate.index}].start_cover_date`;
    return {
      rule: RULE,
      kind: "date",
      path,
      expected: isoInstant(run.start),
      actual: isoInstant(run.end),
      difference: run.end - run.start,
      message: `${path}: gap: no receipt covers ${span}; ${receiptName(receipts, startsLate.index)} starts ${shortInstant(run.end)}, expected ${shortInstant(run.start)} (${run.start === contractStart ? "the contract's start" : "where the cover before it ends"})`,
    };
  }
  const endsEarly = positive.find((s) => s.end === run.start);
  if (endsEarly) {
    const path = `receipts[${endsEarly.index}].end_cover_date`;
    return {
      rule: RULE,
      kind: "date",
      path,
      expected: isoInstant(run.end),
      actual: isoInstant(run.start),
      difference: run.start - run.end,
      message: `${path}: gap: no receipt covers ${span}; ${receiptName(receipts, endsEarly.index)} ends ${shortInstant(run.start)}, expected ${shortInstant(run.end)} (${run.end === contractEnd ? "the contract's end" : "where the next cover starts"})`,
    };
  }
  return {
    rule: RULE,
    kind: "value",
    path: "receipts",
    expected: `receipts covering ${span}`,
    actual: receipts.length === 0 ? "no receipt" : "no receipt covering it",
    message: `receipts: gap: no receipt covers ${span} of the contract's cover period`,
  };
}

function overlap(run: CoverRun, receipts: readonly ReceiptLike[]): Violation {
  const charged = run.covering.filter((s) => s.weight === 1).sort((a, b) => a.start - b.start || a.index - b.index);
  const later = charged.at(-1) as CoverSegment;
  const others = charged.filter((s) => s !== later);
  const span = `[${shortInstant(run.start)}, ${shortInstant(run.end)}) (${describeDuration(run.end - run.start)})`;
  const names = others.map((s) => receiptName(receipts, s.index)).join(", ");
  const startsInside = later.start === run.start;
  const path = `receipts[${later.index}].${startsInside ? "start_cover_date" : "end_cover_date"}`;
  return {
    rule: RULE,
    kind: "date",
    path,
    expected: isoInstant(startsInside ? run.end : run.start),
    actual: isoInstant(startsInside ? run.start : run.end),
    difference: startsInside ? run.start - run.end : run.end - run.start,
    related: others.map((s) => `receipts[${s.index}]`),
    message: `${path}: overlap: ${receiptName(receipts, later.index)} and ${names} all cover ${span} (net cover ${run.net}, expected 1)`,
  };
}

function overCompensated(run: CoverRun, receipts: readonly ReceiptLike[]): Violation {
  const negative = run.covering.find((s) => s.weight === -1) as CoverSegment;
  const span = `[${shortInstant(run.start)}, ${shortInstant(run.end)})`;
  return {
    rule: RULE,
    kind: "value",
    path: `receipts[${negative.index}]`,
    expected: "net cover 1 (one receipt)",
    actual: `net cover ${run.net}`,
    message: `receipts[${negative.index}]: compensation receipt ${receiptName(receipts, negative.index)} gives back ${span}, which no receipt charged (net cover ${run.net}, expected 1)`,
  };
}
