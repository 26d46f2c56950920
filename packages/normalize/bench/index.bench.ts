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

const bench = new Bench({ time: 3000, iterations: 10 });
bench
  .add("baseline (Uint16Array table pass)", () => {
    baseline(corpus);
  })
  .add("normalize search", () => {
    normalize(corpus, { preset: "search" });
  })
  .add("normalize display", () => {
    normalize(corpus, { preset: "display" });
  })
  .add("normalize camel", () => {
    normalize(corpus, { preset: "camel" });
  })
  .add("normalizeWithMap search", () => {
    normalizeWithMap(corpus, { preset: "search" });
  });

await bench.run();

const meanMs = (name: string): number => {
  const task = bench.getTask(name);
  const latency = task?.result && "latency" in task.result ? task.result.latency : undefined;
  if (!latency) throw new Error(`no result for ${name}`);
  return latency.mean;
};
const base = meanMs("baseline (Uint16Array table pass)");
console.log(`corpus: ${corpus.length.toLocaleString()} UTF-16 units (${megabytes.toFixed(1)} MB as UTF-16)`);
console.log("task                                MB/s    ratio to baseline");
for (const task of bench.tasks) {
  const ms = meanMs(task.name);
  console.log(`${task.name.padEnd(34)} ${(megabytes / (ms / 1000)).toFixed(0).padStart(6)}    ${(base / ms).toFixed(2)}x`);
}
