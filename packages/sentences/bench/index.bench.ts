/**
 * `npm run bench`: split the seed pages one by one with nass and with
 * `Intl.Segmenter('ar', { granularity: 'sentence' })` in the same process; print MB/s (UTF-8 bytes of
 * the pages) and the ratio. Also times 1 MB adversarial inputs to show linear scaling.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Bench } from "tinybench";
import { segmentSentences, splitSentences } from "../src/index.ts";

const seedsDir = join(import.meta.dirname, "../../../seeds");
const pages = readdirSync(seedsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) =>
    readdirSync(join(seedsDir, entry.name))
      .filter((file) => file.endsWith(".txt"))
      .map((file) => readFileSync(join(seedsDir, entry.name, file), "utf8")),
  );
const megabytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page, "utf8"), 0) / 1e6;

const segmenter = new Intl.Segmenter("ar", { granularity: "sentence" });
let sink = 0;
function intl(): void {
  for (const page of pages) {
    // materialise the same information nass returns: trimmed text with offsets
    for (const { segment, index } of segmenter.segment(page)) {
      const text = segment.trim();
      if (text.length > 0) sink += index + text.length;
    }
  }
}
function nass(): void {
  for (const page of pages) sink += splitSentences(page).length;
}
function nassLazy(): void {
  for (const page of pages) for (const sentence of segmentSentences(page)) sink += sentence.end;
}

for (let k = 0; k < 20; k++) {
  intl();
  nass();
  nassLazy();
}

// The machine is shared: run several short rounds and report the median of each task's median
// latency, so that a burst of load on one task does not decide the ratio.
const ROUNDS = 5;
const names = ["Intl.Segmenter('ar') (baseline)", "nass splitSentences", "nass segmentSentences"] as const;
const fns = [intl, nass, nassLazy];
const medians: number[][] = names.map(() => []);
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ time: 400, iterations: 10 });
  names.forEach((name, t) => {
    bench.add(name, fns[t]!);
  });
  await bench.run();
  names.forEach((name, t) => {
    const task = bench.getTask(name);
    const latency = task?.result && "latency" in task.result ? task.result.latency : undefined;
    if (!latency) throw new Error(`no result for ${name}`);
    medians[t]!.push(latency.p50);
  });
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const base = median(medians[0]!);
console.log(
  `${pages.length} seed pages, ${megabytes.toFixed(3)} MB UTF-8, split one page at a time (${ROUNDS} rounds)`,
);
console.log(`${"task".padEnd(34)}   MB/s   ratio to Intl.Segmenter`);
names.forEach((name, t) => {
  const ms = median(medians[t]!);
  console.log(`${name.padEnd(34)} ${(megabytes / (ms / 1000)).toFixed(1).padStart(6)}   ${(base / ms).toFixed(2)}x`);
});

console.log("\nlinear time: 100 KB vs 1 MB of adversarial input, fastest of 5 (time ratio ~10 means linear)");
for (const [name, unit] of Object.entries({
  "'.'": ".",
  "'د. '": "د. ",
  newlines: "\n",
  "'1. '": "1. ",
  "one 1 MB line": "كلمة ",
})) {
  const time = (size: number): number => {
    const input = unit.repeat(Math.ceil(size / unit.length));
    let best = Number.POSITIVE_INFINITY; // fastest of 5: the run least disturbed by other processes
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      splitSentences(input);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  const small = Math.max(time(1e5), 0.01);
  const large = time(1e6);
  console.log(
    `${name.padEnd(16)} 100 KB ${small.toFixed(1).padStart(7)} ms   1 MB ${large.toFixed(1).padStart(7)} ms   ratio ${(large / small).toFixed(1)}`,
  );
}
if (sink === 0) console.log("");
