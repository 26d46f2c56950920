import { Bench } from "tinybench";
import { decodeUtf16 } from "../src/decode-utf16.ts";
import { normalize, normalizeWithMap } from "../src/index.ts";
import { buildCorpus } from "./corpus.ts";

const corpus = buildCorpus(5_000_000); // ~5M UTF-16 units, ~10 MB as UTF-16
const megabytes = (corpus.length * 2) / 1e6;

// Baseline: one pass mapping every UTF-16 unit through a 65,536-entry table into a Uint16Array,
// decoded back to a string the same way the normalizer decodes its output.
const table = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) table[c] = c;
table[0x0623] = 0x0627;
function baseline(text: string): string {
  const n = text.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) out[i] = table[text.charCodeAt(i)] as number;
  return decodeUtf16(out, n);
}

// warm up the compiled tables and the JIT
for (let k = 0; k < 3; k++) {
  baseline(corpus);
  normalize(corpus, { preset: "search" });
  normalize(corpus, { preset: "display" });
  normalizeWithMap(corpus, { preset: "search" }).toOriginal(0);
}

const TASKS: Array<[string, () => void]> = [
  ["baseline (Uint16Array table pass)", () => void baseline(corpus)],
  ["normalize search", () => void normalize(corpus, { preset: "search" })],
  ["normalize display", () => void normalize(corpus, { preset: "display" })],
  ["normalize camel", () => void normalize(corpus, { preset: "camel" })],
  ["normalizeWithMap search", () => void normalizeWithMap(corpus, { preset: "search" })],
  ["normalizeWithMap display", () => void normalizeWithMap(corpus, { preset: "display" })],
];

// MB/s from tinybench (median latency).
const bench = new Bench({ time: 2000, iterations: 5 });
for (const [name, fn] of TASKS) bench.add(name, fn);
await bench.run();
const p50 = (name: string): number => {
  const result = bench.getTask(name)?.result;
  const latency = result && "latency" in result ? result.latency : undefined;
  if (!latency?.p50) throw new Error(`no result for ${name}`);
  return latency.p50;
};

// Ratios: each task is timed right next to the baseline, alternating which runs first, after a
// full garbage collection before every run (run with --expose-gc, as `npm run bench` does) so
// that neither pays for the other's garbage. The machine is shared and its load swings, so the
// ratio of the best (least disturbed) times is reported beside the median of the paired ratios.
const PAIRS = 16;
const collect = (globalThis as { gc?: () => void }).gc;
if (collect === undefined) console.warn("warning: run node with --expose-gc for unbiased ratios");
const time = (fn: () => void): number => {
  collect?.();
  const start = performance.now();
  fn();
  return performance.now() - start;
};
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const [, runBaseline] = TASKS[0] ?? ["", () => {}];
console.log(`corpus: ${corpus.length.toLocaleString()} UTF-16 units (${megabytes.toFixed(1)} MB as UTF-16)`);
console.log("task                                MB/s   ratio to baseline: best times | median of pairs");
for (const [name, fn] of TASKS) {
  const ratios: number[] = [];
  let bestBase = Number.POSITIVE_INFINITY;
  let bestTask = Number.POSITIVE_INFINITY;
  for (let k = 0; k < PAIRS; k++) {
    let base: number;
    let task: number;
    if (k % 2 === 0) {
      base = time(runBaseline);
      task = time(fn);
    } else {
      task = time(fn);
      base = time(runBaseline);
    }
    bestBase = Math.min(bestBase, base);
    bestTask = Math.min(bestTask, task);
    ratios.push(base / task);
  }
  const mbs = megabytes / (p50(name) / 1000);
  console.log(
    `${name.padEnd(34)} ${mbs.toFixed(0).padStart(5)}   ${(bestBase / bestTask).toFixed(2)}x | ${median(ratios).toFixed(2)}x`,
  );
}
