/**
 * Whole-pipeline throughput of parseArticle (boilerplate + structure + dates + sentences) on the
 * seed pages, one page per call, next to a same-process baseline (split into trimmed lines and
 * count the words of each with a regex: the least any line-based parser must do).
 *
 * Run: npm run bench. Goal: >= 10 MB/s of page text (UTF-8 bytes) on one thread.
 *
 * The machine is shared: every task runs in several rounds, interleaved with the baseline, and the
 * report gives the median wall-clock MB/s, the median MB/s per CPU second of this process (less
 * sensitive to other processes competing for the cores), and the median ratio to the baseline.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cpuUsage } from "node:process";
import { Bench } from "tinybench";
import { parseArticle } from "../src/index.ts";

const SEEDS = join(import.meta.dirname, "../../../seeds");
const pages: string[] = [];
for (const entry of readdirSync(SEEDS, { withFileTypes: true })) {
  if (!entry.isDirectory()) continue;
  const file = readdirSync(join(SEEDS, entry.name)).find((f) => f.endsWith(".txt"));
  if (file) pages.push(readFileSync(join(SEEDS, entry.name, file), "utf8"));
}
// repeat the pages (as distinct strings, so no per-string cache helps) to about 1 MB per run
const corpus: string[] = [];
let bytes = 0;
for (let copy = 0; bytes < 1_000_000; copy++) {
  for (const page of pages) {
    const distinct = `${page}\n${copy}`;
    corpus.push(distinct);
    bytes += Buffer.byteLength(distinct, "utf8");
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

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const ROUNDS = 5;
const wall = new Map<string, number[]>();
const cpu = new Map<string, number[]>();
const ratio = new Map<string, number[]>();
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ time: 500, iterations: 3 });
  for (const [name, fn] of TASKS) bench.add(name, fn);
  await bench.run();
  const p50 = (name: string): number => {
    const result = bench.getTask(name)?.result;
    const latency = result && "latency" in result ? result.latency : undefined;
    if (!latency?.p50) throw new Error(`no result for ${name}`);
    return latency.p50;
  };
  const base = p50(TASKS[0]![0]);
  for (const [name, fn] of TASKS) {
    wall.set(name, [...(wall.get(name) ?? []), megabytes / (p50(name) / 1000)]);
    ratio.set(name, [...(ratio.get(name) ?? []), base / p50(name)]);
    const before = cpuUsage();
    fn();
    const used = cpuUsage(before);
    const seconds = (used.user + used.system) / 1e6;
    cpu.set(name, [...(cpu.get(name) ?? []), megabytes / seconds]);
  }
}

console.log(`corpus: ${pages.length} pages repeated, ${megabytes.toFixed(2)} MB of UTF-8 page text per run`);
console.log(`${"task".padEnd(42)} ${"wall MB/s".padStart(10)} ${"CPU MB/s".padStart(10)} ${"x baseline".padStart(11)}`);
for (const [name] of TASKS) {
  const w = median(wall.get(name)!);
  const c = median(cpu.get(name)!);
  const r = median(ratio.get(name)!);
  console.log(
    `${name.padEnd(42)} ${w.toFixed(1).padStart(10)} ${c.toFixed(1).padStart(10)} ${r.toFixed(3).padStart(11)}`,
  );
}
const speed = median(cpu.get("parseArticle")!);
console.log(
  `parseArticle goal >= 10 MB/s per CPU second: ${speed >= 10 ? "met" : "NOT met"} (${speed.toFixed(1)} MB/s)`,
);
if (sink === -1) console.log(sink);
