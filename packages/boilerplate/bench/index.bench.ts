/**
 * Throughput of stripBoilerplate on page text (every seeds/ page, one call per page, as a crawler would),
 * next to a same-process baseline that only splits the pages into lines and measures trimmed lengths.
 * MB are UTF-8 megabytes of page text (10^6 bytes). Wall-clock MB/s come from tinybench; CPU MB/s
 * (process.cpuUsage) are printed too because a shared machine's load skews wall-clock times.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { stripBoilerplate } from "../src/index.ts";

const seeds = fileURLToPath(new URL("../../../seeds/", import.meta.url));
const pages: string[] = [];
const realPages: string[] = []; // the five scraped pages (NNN_<hash>), without the hand-written fixtures
for (const dir of readdirSync(seeds)) {
  if (!statSync(join(seeds, dir)).isDirectory()) continue;
  for (const file of readdirSync(join(seeds, dir))) {
    if (!file.endsWith(".txt")) continue;
    const text = readFileSync(join(seeds, dir, file), "utf8");
    pages.push(text);
    if (/^\d{3}_/.test(dir)) realPages.push(text);
  }
}
// ~1 MB per iteration: the pages repeated, still one call per page.
const rounds = Math.max(1, Math.ceil(1_000_000 / Buffer.byteLength(pages.join(""), "utf8")));
const batch = Array.from({ length: rounds }, () => pages).flat();
const megabytes = Buffer.byteLength(batch.join(""), "utf8") / 1e6;

let sink = 0;
function baseline(text: string): number {
  let total = 0;
  for (const line of text.split(/\r\n|\r|\n|\u2028|\u2029/u)) total += line.trim().length;
  return total;
}

const bench = new Bench({ time: 2000, warmup: true });
bench.add("baseline: split lines + trimmed lengths", () => {
  for (const page of batch) sink += baseline(page);
});
bench.add("stripBoilerplate", () => {
  for (const page of batch) sink += stripBoilerplate(page).blocks.length;
});
const withCues = { keepLists: true, cues: { social: ["تابع قناتنا"] } };
bench.add("stripBoilerplate, keepLists + caller cues", () => {
  for (const page of batch) sink += stripBoilerplate(page, withCues).blocks.length;
});
await bench.run();

const rate = (name: string): number => {
  const task = bench.getTask(name);
  const result = task?.result;
  if (!result || !("period" in result)) throw new Error(`${name} did not complete`);
  return megabytes / (result.period / 1000);
};
const base = rate("baseline: split lines + trimmed lengths");
console.log(`corpus: ${pages.length} pages x ${rounds} = ${megabytes.toFixed(2)} MB (UTF-8) per iteration`);
for (const task of bench.tasks) {
  const mbps = rate(task.name);
  console.log(
    `${task.name.padEnd(44)} ${mbps.toFixed(1).padStart(8)} MB/s   ratio to baseline ${(base / mbps).toFixed(1)}x slower`,
  );
}

function cpuRate(run: () => void, iterations: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < iterations; i++) run();
  const used = process.cpuUsage(start);
  return (megabytes * iterations) / ((used.user + used.system) / 1e6);
}
const cpuBase = cpuRate(() => {
  for (const page of batch) sink += baseline(page);
}, 20);
const cpuStrip = cpuRate(() => {
  for (const page of batch) sink += stripBoilerplate(page).blocks.length;
}, 10);
console.log(
  `CPU time, all seeds: baseline ${cpuBase.toFixed(1)} MB/s, stripBoilerplate ${cpuStrip.toFixed(1)} MB/s, ratio ${(cpuBase / cpuStrip).toFixed(1)}x`,
);
const realBytes = Buffer.byteLength(realPages.join(""), "utf8") / 1e6;
function cpuRateOn(list: string[], fn: (page: string) => number, iterations: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < iterations; i++) for (const page of list) sink += fn(page);
  const used = process.cpuUsage(start);
  return (realBytes * iterations) / ((used.user + used.system) / 1e6);
}
const realBase = cpuRateOn(realPages, baseline, 2000);
const realStrip = cpuRateOn(realPages, (page) => stripBoilerplate(page).blocks.length, 300);
console.log(
  `CPU time, the 5 real pages: baseline ${realBase.toFixed(1)} MB/s, stripBoilerplate ${realStrip.toFixed(1)} MB/s, ratio ${(realBase / realStrip).toFixed(1)}x`,
);
const fixturesRate = rate("stripBoilerplate");
console.log(
  `stripBoilerplate goal >= 20 MB/s of page text: ${realStrip >= 20 ? "met" : "NOT met"} on the real pages (${realStrip.toFixed(1)} MB/s per CPU second); all seeds, mostly chrome-dense hand-written pages: ${fixturesRate.toFixed(1)} MB/s wall`,
);
if (sink === -1) console.log(sink);
