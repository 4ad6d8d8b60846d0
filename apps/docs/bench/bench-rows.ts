// The docs bench's rows for BENCHMARKS.md: one per reference and condition, our static renderer's
// figures with Redoc 2's beside them and the ratio of the deep-link times.

export interface Timing {
  median: number;
  min: number;
  max: number;
}

export interface Measure {
  reference: string;
  renderer: "static" | "redoc2";
  condition: string;
  operations: number;
  deepLink: string;
  firstVisitBytes: number;
  repeatVisitBytes: number;
  firstContentfulPaintMs: Timing;
  deepLinkVisibleMs: Timing;
  allOperationsRenderedMs: Timing;
}

export interface BenchRow {
  name: string;
  result: string;
  ratio: string;
  notes: string;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function figures(m: Measure): string {
  return [
    `first visit ${kib(m.firstVisitBytes)}`,
    `repeat ${kib(m.repeatVisitBytes)}`,
    `FCP ${m.firstContentfulPaintMs.median} ms`,
    `deep link ${m.deepLinkVisibleMs.median} ms`,
    `all ops ${m.allOperationsRenderedMs.median} ms`,
  ].join(" · ");
}

/** One row per reference and condition (static vs Redoc 2). */
export function benchRows(measures: Measure[]): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const ours of measures.filter((m) => m.renderer === "static")) {
    const redoc = measures.find(
      (m) => m.renderer === "redoc2" && m.reference === ours.reference && m.condition === ours.condition,
    );
    rows.push({
      name: `${ours.reference}, ${ours.condition} (#operation/${ours.deepLink})`,
      result: `static: ${figures(ours)}`,
      ratio: redoc
        ? `deep link ${(redoc.deepLinkVisibleMs.median / ours.deepLinkVisibleMs.median).toFixed(1)}× sooner · ${(redoc.firstVisitBytes / ours.firstVisitBytes).toFixed(1)}× lighter`
        : "",
      notes: redoc ? `Redoc 2: ${figures(redoc)}` : "",
    });
  }
  return rows;
}
