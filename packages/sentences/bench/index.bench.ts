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

const bench = new Bench({ time: 2000, iterations: 20 });
bench
  .add("Intl.Segmenter('ar') (baseline)", intl)
  .add("nass splitSentences", nass)
  .add("nass segmentSentences", nassLazy);
await bench.run();

const meanMs = (name: string): number => {
  const task = bench.getTask(name);
  const latency = task?.result && "latency" in task.result ? task.result.latency : undefined;
  if (!latency) throw new Error(`no result for ${name}`);
  return latency.mean;
};
const base = meanMs("Intl.Segmenter('ar') (baseline)");
console.log(`${pages.length} seed pages, ${megabytes.toFixed(3)} MB UTF-8, split one page at a time`);
console.log(`${"task".padEnd(34)}   MB/s   ratio to Intl.Segmenter`);
for (const task of bench.tasks) {
  const ms = meanMs(task.name);
  console.log(
    `${task.name.padEnd(34)} ${(megabytes / (ms / 1000)).toFixed(1).padStart(6)}   ${(base / ms).toFixed(2)}x`,
  );
}

console.log("\nlinear time: 100 KB vs 1 MB of adversarial input (time ratio ~10 means linear)");
for (const [name, unit] of Object.entries({
  "'.'": ".",
  "'د. '": "د. ",
  newlines: "\n",
  "'1. '": "1. ",
  "one 1 MB line": "كلمة ",
})) {
  const time = (size: number): number => {
    const input = unit.repeat(Math.ceil(size / unit.length));
    const t0 = performance.now();
    splitSentences(input);
    return performance.now() - t0;
  };
  time(1e5);
  const small = Math.max(time(1e5), 0.01);
  const large = time(1e6);
  console.log(
    `${name.padEnd(16)} 100 KB ${small.toFixed(1).padStart(7)} ms   1 MB ${large.toFixed(1).padStart(7)} ms   ratio ${(large / small).toFixed(1)}`,
  );
}
if (sink === 0) console.log("");
