// Net cover of a contract's receipts over time: each receipt adds +1 over its cover period, a
// compensation receipt (negative amounts) adds −1. Finished, a contract has net cover 1 inside
// its own period and 0 everywhere else.
import { PREMIUM_FIELDS, type ReceiptLike } from "./inputs.js";
import { readDate } from "./read.js";
import type { Violation } from "./violation.js";

export interface CoverSegment {
  /** Index of the receipt in the checked array. */
  index: number;
  start: number;
  end: number;
  /** +1 for a receipt, −1 for a compensation receipt. */
  weight: 1 | -1;
}

export interface CoverRun {
  start: number;
  end: number;
  /** Sum of the weights of the receipts covering [start, end). */
  net: number;
  covering: CoverSegment[];
}

/** A compensation receipt has at least one negative amount and no positive one. */
export function isCompensation(receipt: Pick<ReceiptLike, "guarantees">): boolean {
  let negative = false;
  for (const guarantee of Object.values(receipt.guarantees ?? {})) {
    for (const field of PREMIUM_FIELDS) {
      const value = (guarantee as Record<string, unknown> | undefined)?.[field];
      if (typeof value !== "number") continue;
      if (value > 0) return false;
      if (value < 0) negative = true;
    }
  }
  return negative;
}

/** The receipts' cover periods; unreadable dates are reported, reversed periods returned apart, empty ones dropped. */
export function coverSegments(
  receipts: readonly ReceiptLike[],
  violations: Violation[],
): { segments: CoverSegment[]; reversed: Array<{ index: number; start: number; end: number }> } {
  const segments: CoverSegment[] = [];
  const reversed: Array<{ index: number; start: number; end: number }> = [];
  receipts.forEach((receipt, index) => {
    const start = readDate(receipt.start_cover_date, `receipts[${index}].start_cover_date`, violations);
    const end = readDate(receipt.end_cover_date, `receipts[${index}].end_cover_date`, violations);
    if (start === undefined || end === undefined) return;
    if (end < start) reversed.push({ index, start, end });
    else if (end > start) segments.push({ index, start, end, weight: isCompensation(receipt) ? -1 : 1 });
  });
  return { segments, reversed };
}

/**
 * The net cover between consecutive boundaries within [from, to), merged into runs of equal net
 * cover. `extraPoints` (the contract's start and end) split runs so they never straddle them.
 * A sweep over sorted boundaries: O(n log n) plus the receipts active at each boundary.
 */
export function coverRuns(
  segments: readonly CoverSegment[],
  from: number,
  to: number,
  extraPoints: readonly number[] = [],
): CoverRun[] {
  const starts = new Map<number, CoverSegment[]>();
  const ends = new Map<number, CoverSegment[]>();
  for (const s of segments) {
    starts.set(s.start, [...(starts.get(s.start) ?? []), s]);
    ends.set(s.end, [...(ends.get(s.end) ?? []), s]);
  }
  const points = [...new Set([from, to, ...extraPoints, ...starts.keys(), ...ends.keys()])].sort((a, b) => a - b);
  const active = new Set<CoverSegment>();
  const runs: CoverRun[] = [];
  let lastCovering = new Set<CoverSegment>();
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    for (const s of ends.get(start) ?? []) active.delete(s);
    for (const s of starts.get(start) ?? []) active.add(s);
    if (start < from || end > to) continue;
    let net = 0;
    for (const s of active) net += s.weight;
    const last = runs.at(-1);
    if (last && last.end === start && last.net === net && !extraPoints.includes(start)) {
      last.end = end;
      for (const s of active) {
        if (lastCovering.has(s)) continue;
        lastCovering.add(s);
        last.covering.push(s);
      }
    } else {
      lastCovering = new Set(active);
      runs.push({ start, end, net, covering: [...active] });
    }
  }
  return runs;
}

/** `receipts[3] ("rct-q4")`: the index, and the id when there is one, for messages. */
export function receiptName(receipts: readonly ReceiptLike[], index: number): string {
  const id = receipts[index]?.id;
  return typeof id === "string" && id !== "" ? `receipts[${index}] (${JSON.stringify(id)})` : `receipts[${index}]`;
}
