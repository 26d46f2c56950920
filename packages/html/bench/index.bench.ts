/**
 * Throughput of extractArticle on the four real pages of eval/realpages (source.html: other sites' HTML,
 * 115 to 600 KB each), in MB/s of HTML (UTF-8 bytes), next to two same-process baselines:
 *
 * - `htmlparser2 parse alone`: htmlparser2's streaming Parser over the page with empty callbacks (the
 *   least any extractor built on it must pay);
 * - `htmlparser2 parseDocument`: the DOM tree most htmlparser2 users build first.
 *
 * `extractArticle` = the streaming render (text, offset map, metadata) + `@nass/article`'s parseArticle on
 * the rendered text + the HTML offsets of every span. `render only` isolates the first step.
 *
 * Run: npm run bench. The machine is shared: every task runs in several rounds interleaved with the
 * baselines; the report gives the median wall-clock MB/s and the median ratio to `parse alone`.
 * (The issue's comparison with @mozilla/readability + linkedom/jsdom is a follow-up.)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Parser, parseDocument } from "htmlparser2";
import { Bench } from "tinybench";
import { extractArticle } from "../src/index.ts";
import { renderHtml } from "../src/render.ts";

const DIR = join(import.meta.dirname, "../../../eval/realpages");
const pages = readdirSync(DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort()
  .map((id) => ({ id, html: readFileSync(join(DIR, id, "source.html"), "utf8") }));
const megabytesOf = (html: string) => Buffer.byteLength(html, "utf8") / 1e6;
const allMegabytes = pages.reduce((sum, p) => sum + megabytesOf(p.html), 0);

let sink = 0;
type Task = [string, (html: string) => void];
const TASKS: Task[] = [
  [
    "htmlparser2 parse alone (baseline)",
    (html) => {
      const parser = new Parser(
        { ontext: () => {}, onopentag: () => {}, onclosetag: () => {} },
        { decodeEntities: true },
      );
      parser.end(html);
      sink++;
    },
  ],
  [
    "htmlparser2 parseDocument",
    (html) => {
      sink += parseDocument(html).children.length;
    },
  ],
  [
    "render only (text + map + metadata)",
    (html) => {
      sink += renderHtml(html, false).text.length;
    },
  ],
  [
    "extractArticle",
    (html) => {
      sink += extractArticle(html).paragraphs.length;
    },
  ],
];
for (let k = 0; k < 3; k++) for (const page of pages) for (const [, fn] of TASKS) fn(page.html); // warm up

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const ROUNDS = 5;
const rates = new Map<string, number[]>();
const ratios = new Map<string, number[]>();
const push = (map: Map<string, number[]>, k: string, v: number) => map.set(k, [...(map.get(k) ?? []), v]);
const corpora = [...pages, { id: "all four", html: "" }];
for (let round = 0; round < ROUNDS; round++) {
  for (const corpus of corpora) {
    const htmls = corpus.html === "" ? pages.map((p) => p.html) : [corpus.html];
    const megabytes = corpus.html === "" ? allMegabytes : megabytesOf(corpus.html);
    const bench = new Bench({ time: 300, iterations: 3 });
    for (const [name, fn] of TASKS) bench.add(name, () => htmls.forEach(fn));
    await bench.run();
    const p50 = (name: string): number => {
      const result = bench.getTask(name)?.result;
      const latency = result && "latency" in result ? result.latency : undefined;
      if (!latency?.p50) throw new Error(`no result for ${name}`);
      return latency.p50;
    };
    const base = p50(TASKS[0]![0]);
    for (const [name] of TASKS) {
      push(rates, `${corpus.id}\u0000${name}`, megabytes / (p50(name) / 1000));
      push(ratios, `${corpus.id}\u0000${name}`, base / p50(name));
    }
  }
}

console.log(`pages: ${pages.map((p) => `${p.id} ${(megabytesOf(p.html) * 1000).toFixed(0)} KB`).join(", ")}`);
console.log(`${"page".padEnd(16)} ${"task".padEnd(38)} ${"MB/s".padStart(8)} ${"x baseline".padStart(11)}`);
for (const corpus of corpora) {
  for (const [name] of TASKS) {
    const k = `${corpus.id}\u0000${name}`;
    console.log(
      `${corpus.id.padEnd(16)} ${name.padEnd(38)} ${median(rates.get(k)!).toFixed(1).padStart(8)} ${median(ratios.get(k)!).toFixed(3).padStart(11)}`,
    );
  }
}
const rate = median(rates.get(`all four\u0000extractArticle`)!);
console.log(
  `extractArticle goal >= 20 MB/s of HTML (issue 14): ${rate >= 20 ? "met" : "NOT met"} (${rate.toFixed(1)} MB/s)`,
);
if (sink === -1) console.log(sink);
