// openapi-typescript on each bundled spec, in process (no process start-up in the figure): median of runs.
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { loadModel } from "@partner-apis/contract-core";
import { OPENAPI_TS_OPTIONS } from "@partner-apis/typegen";
import openapiTS, { astToString } from "openapi-typescript";
import { formatDuration } from "./lib/rows.mjs";

const RUNS = 5;

/** One row per provider (`providers` from the registry): median codegen time, spec size and output size. */
export async function codegenRows({ root, providers, log }) {
  const rows = [];
  for (const provider of providers) {
    log(`codegen: ${provider.id}`);
    const path = provider.bundlePath;
    const text = await readFile(path, "utf8").catch(() => null);
    if (!text) {
      rows.push({
        area: "Codegen",
        benchmark: provider.id,
        result: "not run",
        ratio: "",
        notes: `no bundle at ${relative(root, path)}`,
      });
      continue;
    }
    const spec = JSON.parse(text);
    const times = [];
    let output = "";
    for (let run = 0; run <= RUNS; run += 1) {
      const started = performance.now();
      output = astToString(await openapiTS(structuredClone(spec), OPENAPI_TS_OPTIONS));
      if (run > 0) times.push(performance.now() - started); // run 0 warms the JIT and module caches
    }
    times.sort((a, b) => a - b);
    const operations = loadModel(spec).operations.length;
    const schemas = Object.keys(spec.components?.schemas ?? {}).length;
    rows.push({
      area: "Codegen",
      benchmark: `openapi-typescript (${provider.id})`,
      result: `${formatDuration(times[Math.floor(times.length / 2)])} median of ${RUNS}`,
      ratio: "",
      notes: `${operations} operations, ${schemas} schemas, ${(text.length / 1000).toFixed(0)} kB spec → ${output.split("\n").length} lines of types`,
    });
  }
  return rows;
}
