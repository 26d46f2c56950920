/**
 * Whole-pipeline throughput of parseArticle (boilerplate + structure + dates + sentences) on the
 * seed pages, one page per call, next to a same-process baseline (split into trimmed lines and
 * count the words of each with a regex: the least any line-based parser must do).
 *
 * Run: npm run bench. Goal: >= 10 MB/s of page text (UTF-8 bytes) on one thread.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Bench } from "tinybench";
import { parseArticle } from "../src/index.ts";

const SEEDS = join(import.meta.dirname, "../../../seeds");
const pages: string[] = [];
for (const entry of readdirSync(SEEDS, { withFileTypes: true })) {
  if (!entry.isDirectory()) continue;
  const file = readdirSync(join(SEEDS, entry.name)).find((f) => f.endsWith(".txt"));
  if (file) pages.push(readFileSync(join(SEEDS, entry.name, file), "utf8"));
}
// repeat the pages so one run handles about 1 MB of text
const corpus: string[] = [];
let bytes = 0;
while (bytes < 1_000_000) {
  for (const page of pages) {
    corpus.push(page);
    bytes += Buffer.byteLength(page, "utf8");
  }
}
const megabytes = bytes / 1e6;

let sink = 0;
function baseline(): void {
  for (const page of corpus) {
    for (const line of page.split(/\r\n|\r|\n/)) {
      const trimmed = line.trim();
      if (trimmed) sink += (trimmed.match(/\S+/g) ?? []).length;
    }
  }
}
function pipeline(): void {
  for (const page of corpus) sink += parseArticle(page).paragraphs.length;
}
function pipelineNormalized(): void {
  for (const page of corpus) sink += parseArticle(page, { normalize: "search" }).paragraphs.length;
}

const TASKS: Array<[string, () => void]> = [
  ["baseline (split lines + regex word count)", baseline],
  ["parseArticle", pipeline],
  ["parseArticle + normalize: search", pipelineNormalized],
];
for (let k = 0; k < 3; k++) for (const [, fn] of TASKS) fn(); // warm up the JIT

const bench = new Bench({ time: 2000, iterations: 5 });
for (const [name, fn] of TASKS) bench.add(name, fn);
await bench.run();

const p50 = (name: string): number => {
  const result = bench.getTask(name)?.result;
  const latency = result && "latency" in result ? result.latency : undefined;
  if (!latency?.p50) throw new Error(`no result for ${name}`);
  return latency.p50;
};
const base = p50(TASKS[0]![0]);
console.log(`corpus: ${pages.length} pages repeated, ${megabytes.toFixed(2)} MB of UTF-8 page text per run`);
for (const [name] of TASKS) {
  const ms = p50(name);
  const mbps = megabytes / (ms / 1000);
  console.log(`${name.padEnd(45)} ${mbps.toFixed(1).padStart(8)} MB/s   ${(base / ms).toFixed(3)}x baseline`);
}
const speed = megabytes / (p50("parseArticle") / 1000);
console.log(`parseArticle goal >= 10 MB/s: ${speed >= 10 ? "met" : "NOT met"} (${speed.toFixed(1)} MB/s)`);
if (sink === -1) console.log(sink);
