// Turns benchmark results into rows of one table: { area, benchmark, result, ratio, notes }.
// The package benches (runtime, mocks, docs) write their own JSON; their shape is theirs, so it is read
// tolerantly: an explicit `rows` list is used as is, otherwise every object of plain values becomes
// one row ("rps: fetch 1338 · runtime 2332"), arrays of objects become one case each, keys named like
// ratios fill the ratio column, and long strings (a method description) go to the notes.

const SKIPPED_KEYS = new Set(["benchmark", "date", "node", "machine", "samples", "raw", "runs", "version"]);

/**
 * Rows for one package bench: `outcome` is `{ area, json?, reason? }`; without JSON the single row
 * says "not run" and why.
 */
export function packageRows({ area, json, reason }) {
  if (!json) return [{ area, benchmark: "—", result: "not run", ratio: "", notes: reason ?? "no results" }];
  if (Array.isArray(json.rows)) {
    return json.rows.map((row) => ({
      area,
      benchmark: String(row.name ?? row.benchmark ?? "?"),
      result: row.result ?? formatValue(row.value, row.unit),
      ratio: row.ratio === undefined ? "" : formatRatio(row.ratio),
      notes: row.notes ?? row.note ?? "",
    }));
  }
  const rows = [];
  walk(json, [], (path, object, labels) => {
    const entries = Object.entries(object).filter(([key, value]) => !SKIPPED_KEYS.has(key) && isScalar(value));
    const wholeRatio = RATIO_KEY.test(path.at(-1) ?? "");
    const isLabel = ([key, value]) => labels.includes(key) || (typeof value === "string" && value.length > 60);
    const figures = entries.filter((entry) => !isLabel(entry));
    const ratios = figures.filter(([key, value]) => typeof value === "number" && (wholeRatio || RATIO_KEY.test(key)));
    const results = figures.filter((entry) => !ratios.includes(entry));
    const notes = entries
      .filter(([, value]) => typeof value === "string" && value.length > 60)
      .map(([, value]) => value)
      .join(" ");
    if (ratios.length === 0 && results.length === 0 && !notes) return;
    rows.push({
      area,
      benchmark: path.length ? path.join(".") : "summary",
      result: results.map(([key, value]) => `${key} ${formatValue(value)}`).join(" · "),
      ratio: ratios.map(([key, value]) => `${key} ${formatRatio(value)}`).join(" · "),
      notes,
    });
  });
  return rows.length
    ? rows
    : [{ area, benchmark: "—", result: "no figures", ratio: "", notes: "the results file holds no numbers" }];
}

/** Keys that hold a ratio of two measurements (`ratios`, `runtimeVsFetch`, `steadyOverOursRps`). */
const RATIO_KEY = /(^|[^a-z])ratio|Ratio|^speedup|Speedup|^vs[A-Z]|Vs[A-Z]|Over[A-Z]/;

/**
 * Visits every object; an array of objects is a list of cases, each named by its short string
 * fields (`throughput[premiums POST /v2/seance]`), which are then not repeated as figures.
 */
function walk(value, path, visit, labels = []) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return;
  visit(path, value, labels);
  for (const [key, child] of Object.entries(value)) {
    if (SKIPPED_KEYS.has(key) || !child || typeof child !== "object") continue;
    if (!Array.isArray(child)) {
      walk(child, [...path, key], visit);
      continue;
    }
    child.forEach((item, index) => {
      if (!item || typeof item !== "object" || Array.isArray(item)) return;
      const names = Object.entries(item).filter(([, v]) => typeof v === "string" && v.length <= 60);
      const name = names.length ? names.map(([, v]) => v).join(" ") : String(index);
      walk(
        item,
        [...path, `${key}[${name}]`],
        visit,
        names.map(([k]) => k),
      );
    });
  }
}

function isScalar(value) {
  return typeof value === "number" || typeof value === "boolean" || typeof value === "string";
}

/** `1234.5678` → `1,234.6`; booleans → ✓ / ✗; a unit is appended. */
export function formatValue(value, unit) {
  let text;
  if (typeof value === "boolean") text = value ? "✓" : "✗";
  else if (typeof value === "number") text = formatNumber(value);
  else text = String(value ?? "");
  return unit ? `${text} ${unit}` : text;
}

export function formatNumber(value) {
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export function formatRatio(value) {
  return typeof value === "number" ? `${value.toFixed(2)}×` : String(value);
}

/** Milliseconds as "850 ms" or "12.3 s". */
export function formatDuration(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

/** Bytes as "8.64 kB" (1 kB = 1000 bytes, as size-limit counts). */
export function formatBytes(bytes) {
  return bytes >= 1000 ? `${(bytes / 1000).toFixed(2)} kB` : `${bytes} B`;
}
