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
 * `Readability + linkedom` is @mozilla/readability on a linkedom DOM, as its users run it outside a browser:
 * the same pages in the same process. Before the speed table, the token F1 of both extractors' article text
 * against eval/realpages' gold.txt (nass: the article's paragraphs; Readability: `textContent`, which also
 * holds whatever else the container it picks holds).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readability } from "@mozilla/readability";
import { Parser, parseDocument } from "htmlparser2";
import { parseHTML } from "linkedom";
import { Bench } from "tinybench";
import { prf, tokens } from "../../../tools/token-f1.mjs";
import { extractArticle } from "../src/index.ts";
import { renderHtml } from "../src/render.ts";

const DIR = join(import.meta.dirname, "../../../eval/realpages");
const pages = readdirSync(DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort()
  .map((id) => ({
    id,
    html: readFileSync(join(DIR, id, "source.html"), "utf8"),
    gold: readFileSync(join(DIR, id, "gold.txt"), "utf8"),
  }));

/** Readability's article text on a linkedom document (null when it finds no article). */
function readability(html: string): string | null {
  const { document } = parseHTML(html);
  return new Readability(document as never).parse()?.textContent ?? null;
}
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
  [
    "Readability + linkedom",
    (html) => {
      sink += readability(html)?.length ?? 0;
    },
  ],
];

// Quality first: token F1 against the gold body, both extractors on the same HTML.
console.log(`${"page".padEnd(16)} ${"nass F1".padStart(8)} ${"Readability F1".padStart(15)}`);
let nassSum = 0;
let readabilitySum = 0;
for (const page of pages) {
  const gold = tokens(page.gold);
  const nass = prf(
    tokens(
      extractArticle(page.html)
        .paragraphs.map((p) => p.text)
        .join("\n"),
    ),
    gold,
  ).f;
  const other = prf(tokens(readability(page.html) ?? ""), gold).f;
  nassSum += nass;
  readabilitySum += other;
  console.log(`${page.id.padEnd(16)} ${nass.toFixed(3).padStart(8)} ${other.toFixed(3).padStart(15)}`);
}
console.log(
  `${"macro".padEnd(16)} ${(nassSum / pages.length).toFixed(3).padStart(8)} ${(readabilitySum / pages.length).toFixed(3).padStart(15)}`,
);
console.log("");
for (let k = 0; k < 3; k++) for (const page of pages) for (const [, fn] of TASKS) fn(page.html); // warm up

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const ROUNDS = 5;
const rates = new Map<string, number[]>();
const ratios = new Map<string, number[]>();
const push = (map: Map<string, number[]>, k: string, v: number) => map.set(k, [...(map.get(k) ?? []), v]);
const corpora = [...pages, { id: "all four", html: "", gold: "" }];
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
