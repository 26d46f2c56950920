/**
 * Whole-pipeline throughput of parseArticle (boilerplate + structure + dates + sentences), one page per
 * call, next to a same-process baseline (split into trimmed lines and count the words of each with a
 * regex: the least any line-based parser must do), on two corpora:
 *
 * - `real`: the scraped pages of seeds/ (folders named NNN_<hash>), as pages arrive from a crawler;
 * - `fixtures`: every seeds/ page, mostly short hand-written pages packed with chrome (about 1.4 KB and
 *   25 lines each: several times more header, credit and chrome lines per byte than a real page), the
 *   worst case for a parser whose cost is per line.
 *
 * Run: npm run bench. Goal (issue 6): >= 10 MB/s of page text (UTF-8 bytes) on one thread, checked on the
 * real pages; the fixtures' rate is printed beside it.
 *
 * The machine is shared: every task runs in several rounds, interleaved with the baseline, and the
 * report gives the median wall-clock MB/s, the median MB/s per CPU second of this process (less
 * sensitive to other processes competing for the cores; V8's helper threads count too, so it can be
 * lower than the wall-clock rate), and the median ratio to the baseline.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cpuUsage } from "node:process";
import { Bench } from "tinybench";
import { parseArticle } from "../src/index.ts";

const SEEDS = join(import.meta.dirname, "../../../seeds");
const realPages: string[] = [];
const allPages: string[] = [];
for (const entry of readdirSync(SEEDS, { withFileTypes: true })) {
  if (!entry.isDirectory()) continue;
  const file = readdirSync(join(SEEDS, entry.name)).find((f) => f.endsWith(".txt"));
  if (!file) continue;
  const page = readFileSync(join(SEEDS, entry.name, file), "utf8");
  allPages.push(page);
  if (/^\d{3}_/.test(entry.name)) realPages.push(page);
}

interface Corpus {
  name: string;
  pages: string[];
  megabytes: number;
}

/** The pages repeated (as distinct strings, so no per-string cache helps) to about 1 MB per run. */
function corpusOf(name: string, pages: readonly string[]): Corpus {
  const out: string[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < 1_000_000; copy++) {
    for (const page of pages) {
      const distinct = `${page}\n${copy}`;
      out.push(distinct);
      bytes += Buffer.byteLength(distinct, "utf8");
    }
  }
  return { name, pages: out, megabytes: bytes / 1e6 };
}
const CORPORA = [corpusOf("real", realPages), corpusOf("fixtures", allPages)];

let sink = 0;
type Task = [string, (pages: readonly string[]) => void];
const TASKS: Task[] = [
  [
    "baseline (split lines + regex word count)",
    (pages) => {
      for (const page of pages) {
        for (const line of page.split(/\r\n|\r|\n/)) {
          const trimmed = line.trim();
          if (trimmed) sink += (trimmed.match(/\S+/g) ?? []).length;
        }
      }
    },
  ],
  [
    "parseArticle",
    (pages) => {
      for (const page of pages) sink += parseArticle(page).paragraphs.length;
    },
  ],
  [
    "parseArticle + normalize: search",
    (pages) => {
      for (const page of pages) sink += parseArticle(page, { normalize: "search" }).paragraphs.length;
    },
  ],
];
for (let k = 0; k < 3; k++) for (const corpus of CORPORA) for (const [, fn] of TASKS) fn(corpus.pages); // warm up

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const ROUNDS = 5;
const key = (corpus: Corpus, task: string) => `${corpus.name}\u0000${task}`;
const wall = new Map<string, number[]>();
const cpu = new Map<string, number[]>();
const ratio = new Map<string, number[]>();
const push = (map: Map<string, number[]>, k: string, value: number) => map.set(k, [...(map.get(k) ?? []), value]);
for (let round = 0; round < ROUNDS; round++) {
  for (const corpus of CORPORA) {
    const bench = new Bench({ time: 400, iterations: 3 });
    for (const [name, fn] of TASKS) bench.add(name, () => fn(corpus.pages));
    await bench.run();
    const p50 = (name: string): number => {
      const result = bench.getTask(name)?.result;
      const latency = result && "latency" in result ? result.latency : undefined;
      if (!latency?.p50) throw new Error(`no result for ${name}`);
      return latency.p50;
    };
    const base = p50(TASKS[0]![0]);
    for (const [name, fn] of TASKS) {
      push(wall, key(corpus, name), corpus.megabytes / (p50(name) / 1000));
      push(ratio, key(corpus, name), base / p50(name));
      const before = cpuUsage();
      fn(corpus.pages);
      const used = cpuUsage(before);
      push(cpu, key(corpus, name), corpus.megabytes / ((used.user + used.system) / 1e6));
    }
  }
}

console.log(
  `corpora: real = ${realPages.length} scraped pages, fixtures = all ${allPages.length} seeds/ pages; each repeated to about 1 MB of UTF-8 page text per run`,
);
console.log(
  `${"corpus".padEnd(9)} ${"task".padEnd(42)} ${"wall MB/s".padStart(10)} ${"CPU MB/s".padStart(10)} ${"x baseline".padStart(11)}`,
);
for (const corpus of CORPORA) {
  for (const [name] of TASKS) {
    const k = key(corpus, name);
    console.log(
      `${corpus.name.padEnd(9)} ${name.padEnd(42)} ${median(wall.get(k)!).toFixed(1).padStart(10)} ${median(cpu.get(k)!).toFixed(1).padStart(10)} ${median(ratio.get(k)!).toFixed(3).padStart(11)}`,
    );
  }
}
const realRate = median(wall.get(key(CORPORA[0]!, "parseArticle"))!);
const realCpu = median(cpu.get(key(CORPORA[0]!, "parseArticle"))!);
const speed = Math.max(realRate, realCpu);
console.log(
  `parseArticle goal >= 10 MB/s on real pages, one thread: ${speed >= 10 ? "met" : "NOT met"} (${realRate.toFixed(1)} MB/s wall, ${realCpu.toFixed(1)} MB/s per CPU second)`,
);
if (sink === -1) console.log(sink);
