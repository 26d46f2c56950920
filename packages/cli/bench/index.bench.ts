/**
 * Corpus-mode benchmark: generate a ~200 MB JSONL corpus from the seed pages in a temporary directory,
 * run the built `nass <command> --jsonl` on it with `--jobs 1` and `--jobs 2`, and report docs/s, MB/s,
 * peak RSS and the speed-up. Goals (issue 7): peak RSS < 300 MB, jobs 2 >= 1.6x jobs 1. Beside them, two
 * independent `--jobs 1` processes on the two halves of the corpus at once: the speed-up the machine
 * itself allows this (allocation-heavy) work, which no threading scheme can beat.
 *
 * Then a tinybench micro-benchmark of the main thread's corpus readers against `node:readline` (the
 * baseline) in the same process.
 *
 * Environment: NASS_BENCH_MB (corpus size, default 200), NASS_BENCH_RUNS (alternating runs per setting, the
 * fastest kept; default 1), NASS_BENCH_COMMAND (default parse; falls back to another command while
 * @nass/article is a placeholder).
 */
import { spawn } from "node:child_process";
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { Bench } from "tinybench";
import { readLineBatches, readLines } from "../src/read-input";

const PACKAGE_DIR = join(import.meta.dirname, "..");
const BIN = join(PACKAGE_DIR, "bin", "nass.js");
const SEEDS_DIR = join(PACKAGE_DIR, "..", "..", "seeds");
const TARGET_MB = Number(process.env.NASS_BENCH_MB ?? 200);
const RUNS = Number(process.env.NASS_BENCH_RUNS ?? 1);
const LOAD_BEFORE = loadavg()
  .map((l) => l.toFixed(2))
  .join(" ");

async function pickCommand(): Promise<string> {
  const wanted = process.env.NASS_BENCH_COMMAND ?? "parse";
  const exports: Record<string, [string, string]> = {
    parse: ["@nass/article", "parseArticle"],
    strip: ["@nass/boilerplate", "stripBoilerplate"],
    sentences: ["@nass/sentences", "splitSentences"],
    normalize: ["@nass/normalize", "normalize"],
  };
  for (const command of [wanted, "parse", "strip", "sentences", "normalize"]) {
    const [pkg, name] = exports[command]!;
    const namespace = (await import(pkg)) as Record<string, unknown>;
    if (typeof namespace[name] === "function") {
      if (command !== wanted) {
        const [wantedPkg, wantedName] = exports[wanted]!;
        console.log(`note: ${wantedPkg} has no ${wantedName}() yet; benchmarking "${command}" instead`);
      }
      return command;
    }
  }
  throw new Error("no nass library is built yet");
}

function seedTexts(): string[] {
  return readdirSync(SEEDS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(SEEDS_DIR, d.name))
        .filter((f) => f.endsWith(".txt"))
        .map((f) => readFileSync(join(SEEDS_DIR, d.name, f), "utf8")),
    );
}

/** Write the corpus in 4 MB pieces: whole seed pages plus every page cut at varied lengths. */
function writeCorpus(path: string, targetBytes: number): { docs: number; bytes: number } {
  const texts = seedTexts();
  let docs = 0;
  let bytes = 0;
  let piece: string[] = [];
  let pieceBytes = 0;
  writeFileSync(path, "");
  while (bytes < targetBytes) {
    const text = texts[docs % texts.length]!;
    const cut = docs % 4 === 3 ? text.slice(0, Math.max(200, (docs * 7919) % text.length)) : text;
    const line = `${JSON.stringify({ id: `doc-${docs}`, text: cut })}\n`;
    const size = Buffer.byteLength(line);
    piece.push(line);
    pieceBytes += size;
    bytes += size;
    docs++;
    if (pieceBytes > 4 << 20) {
      writeFileSync(path, piece.join(""), { flag: "a" });
      piece = [];
      pieceBytes = 0;
    }
  }
  writeFileSync(path, piece.join(""), { flag: "a" });
  return { docs, bytes };
}

interface RunStats {
  docs: number;
  bytes: number;
  seconds: number;
  maxRssKB: number;
  timeMaxRssKB: number | undefined;
  /** user + system CPU seconds (from /usr/bin/time) */
  cpuSeconds: number | undefined;
}

/** Run `nass` on the corpus; stdout goes to /dev/null; stats come from `--stats` and /usr/bin/time -v. */
function runNass(command: string, corpus: string, jobs: number): Promise<RunStats> {
  const useTime = existsSync("/usr/bin/time");
  const args = [BIN, command, "--jsonl", "--quiet", "--stats", "--jobs", String(jobs), corpus];
  const [file, argv] = useTime ? ["/usr/bin/time", ["-v", process.execPath, ...args]] : [process.execPath, args];
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv as string[], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      const stats = /nass-stats (\{.*\})/.exec(stderr);
      if (code !== 0 || !stats) {
        reject(new Error(`nass exited ${code}: ${stderr.slice(0, 500)}`));
        return;
      }
      const parsed = JSON.parse(stats[1]!) as Omit<RunStats, "timeMaxRssKB">;
      const time = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      resolve({
        ...parsed,
        timeMaxRssKB: time ? Number(time[1]) : undefined,
        cpuSeconds: user && system ? Number(user[1]) + Number(system[1]) : undefined,
      });
    });
  });
}

/** Split the corpus into two files of whole lines, about half the bytes each. */
function splitCorpus(path: string, dir: string): [string, string] {
  const bytes = readFileSync(path);
  let middle = bytes.indexOf(10, bytes.length >> 1);
  middle = middle === -1 ? bytes.length : middle + 1;
  const halves: [string, string] = [join(dir, "half-1.jsonl"), join(dir, "half-2.jsonl")];
  writeFileSync(halves[0], bytes.subarray(0, middle));
  writeFileSync(halves[1], bytes.subarray(middle));
  return halves;
}

/**
 * The machine's own ceiling for two-way parallelism on this work: two independent `--jobs 1`
 * processes, one per half of the corpus, run at the same time (no threads, no messages, nothing
 * shared but the hardware). Their wall time is the slower one's; docs and bytes are summed.
 */
async function runPair(command: string, halves: [string, string]): Promise<RunStats> {
  const start = performance.now();
  const [a, b] = await Promise.all(halves.map((half) => runNass(command, half, 1)));
  const seconds = (performance.now() - start) / 1000;
  return {
    docs: a!.docs + b!.docs,
    bytes: a!.bytes + b!.bytes,
    seconds,
    maxRssKB: Math.max(a!.maxRssKB, b!.maxRssKB),
    timeMaxRssKB: Math.max(a!.timeMaxRssKB ?? 0, b!.timeMaxRssKB ?? 0),
    cpuSeconds: a!.cpuSeconds === undefined || b!.cpuSeconds === undefined ? undefined : a!.cpuSeconds + b!.cpuSeconds,
  };
}

function report(label: string, s: RunStats): void {
  const mb = s.bytes / 1e6;
  const rss = Math.max(s.maxRssKB, s.timeMaxRssKB ?? 0) / 1024;
  console.log(
    `${label.padEnd(8)} ${String(s.docs).padStart(7)} docs  ${s.seconds.toFixed(2).padStart(7)} s  ` +
      `${(s.docs / s.seconds).toFixed(0).padStart(7)} docs/s  ${(mb / s.seconds).toFixed(2).padStart(7)} MB/s  ` +
      `peak RSS ${rss.toFixed(0)} MB` +
      (s.cpuSeconds === undefined ? "" : `  CPU ${s.cpuSeconds.toFixed(1)} s`),
  );
}

async function lineReaderBench(corpus: string): Promise<void> {
  const bench = new Bench({ iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 });
  const size = statSync(corpus).size;
  bench
    .add("baseline: node:readline", async () => {
      const rl = createInterface({ input: createReadStream(corpus, { highWaterMark: 1 << 16 }), crlfDelay: Infinity });
      for await (const _ of rl) {
        // count only
      }
    })
    .add("nass readLines (UTF-16 path: decode + split)", async () => {
      for await (const _ of readLines(corpus, process.stdin)) {
        // count only
      }
    })
    .add("nass readLineBatches (UTF-8 path: raw batches)", async () => {
      for await (const _ of readLineBatches(corpus, process.stdin, 1 << 17)) {
        // count only
      }
    });
  await bench.run();
  const rates = bench.tasks.map((t) => {
    const mean = t.result && "latency" in t.result ? t.result.latency.mean : Number.NaN;
    return { name: t.name, mbps: size / 1e6 / (mean / 1000) };
  });
  for (const r of rates) {
    const ratio = r === rates[0] ? "" : `  ${(r.mbps / rates[0]!.mbps).toFixed(2)}x the baseline`;
    console.log(`${r.name.padEnd(48)} ${r.mbps.toFixed(1).padStart(8)} MB/s${ratio}`);
  }
}

/**
 * The cores' own scaling on pure arithmetic: one thread alone, then two threads at once, each running the
 * same loop; the ratio is what two cores give work that allocates nothing (2.0x on two free cores; a VM
 * whose second core is shared with a neighbour gives less). Reported beside the corpus runs.
 */
async function computeScaling(): Promise<number> {
  const LOOP = "let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7; return x;";
  const spin = new Function(LOOP) as () => number;
  const started = performance.now();
  spin();
  const alone = performance.now() - started;
  const source = `const { parentPort } = require("node:worker_threads"); const t = performance.now(); (function () { ${LOOP} })(); parentPort.postMessage(performance.now() - t);`;
  const { Worker } = await import("node:worker_threads");
  const times = await Promise.all(
    [0, 1].map(
      () =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(source, { eval: true });
          worker.once("message", (ms: number) => {
            resolve(ms);
            void worker.terminate();
          });
          worker.once("error", reject);
        }),
    ),
  );
  return (2 * alone) / Math.max(...times);
}

const command = await pickCommand();
const dir = mkdtempSync(join(tmpdir(), "nass-cli-bench-"));
try {
  const corpus = join(dir, "corpus.jsonl");
  const { docs, bytes } = writeCorpus(corpus, TARGET_MB * 1e6);
  console.log(`corpus: ${docs} docs, ${(bytes / 1e6).toFixed(1)} MB (from the seeds); ${availableParallelism()} cores`);
  console.log(`nass ${command} --jsonl corpus.jsonl > /dev/null`);
  // Alternate the two settings NASS_BENCH_RUNS times and keep each one's fastest run (the machine is shared).
  const halves = splitCorpus(corpus, dir);
  let one: RunStats | undefined;
  let two: RunStats | undefined;
  let pair: RunStats | undefined;
  for (let i = 0; i < RUNS; i++) {
    const a = await runNass(command, corpus, 1);
    report("jobs 1", a);
    const b = await runNass(command, corpus, 2);
    report("jobs 2", b);
    const c = await runPair(command, halves);
    report("2 procs", c);
    if (!one || a.seconds < one.seconds) one = a;
    if (!two || b.seconds < two.seconds) two = b;
    if (!pair || c.seconds < pair.seconds) pair = c;
  }
  if (!one || !two || !pair) throw new Error("NASS_BENCH_RUNS must be >= 1");
  console.log(
    `load average before/after: ${LOAD_BEFORE} / ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  if (one.cpuSeconds !== undefined && two.cpuSeconds !== undefined) {
    console.log(`CPU cost of jobs 2 vs jobs 1: ${(two.cpuSeconds / one.cpuSeconds).toFixed(2)}x (threading overhead)`);
  }
  const speedup = one.seconds / two.seconds;
  const peak = Math.max(one.maxRssKB, two.maxRssKB, one.timeMaxRssKB ?? 0, two.timeMaxRssKB ?? 0) / 1024;
  console.log(`speed-up jobs 2 / jobs 1: ${speedup.toFixed(2)}x (goal >= 1.6x) ${speedup >= 1.6 ? "ok" : "MISSED"}`);
  const ceiling = one.seconds / pair.seconds;
  console.log(
    `machine ceiling (2 independent jobs-1 processes on the halves / jobs 1): ${ceiling.toFixed(2)}x; ` +
      `jobs 2 reaches ${((100 * speedup) / ceiling).toFixed(0)}% of it`,
  );
  console.log(`peak RSS: ${peak.toFixed(0)} MB (goal < 300 MB) ${peak < 300 ? "ok" : "MISSED"}`);
  console.log(`two threads of pure arithmetic vs one on this machine now: ${(await computeScaling()).toFixed(2)}x`);
  console.log("");
  await lineReaderBench(corpus);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
