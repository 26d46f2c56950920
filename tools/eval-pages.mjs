#!/usr/bin/env node
// Evaluation on real pages: how much of the article body stripBoilerplate keeps, and whether
// parseArticle finds the title and the publication day, on pages nobody on the project wrote.
//
//   npm run build && npm run eval:pages          (or: node tools/eval-pages.mjs [--json])
//
// Three sections:
// - eval/realpages/<id>/: four real news pages from other sites with a gold article body
//   (eval/realpages/README.md). The metric is exactly that of the shared realpages score.mjs:
//   bag-of-whitespace-tokens precision, recall and F1 of stripBoilerplate(text).text against gold.txt
//   on two renderings (page.txt, the whole page's visible text; extract.txt, what a recall-oriented
//   crawler extractor keeps), parseArticle(page.txt).title against the printed headline, the day of
//   parseArticle(page.txt).published within one day of the page's own metadata, macro averages.
// - the same four pages from their HTML (source.html) through @nass/html's extractArticle: token P/R/F1 of
//   the article's paragraphs, its title (printed, else from metadata) and publishedDate.
// - seeds/NNN_<hash>/: the five real scraped seed pages, scored the same way against their reviewed
//   expected.article.json (body: every paragraph's text, one per line; title; published day).
//   Those expectations were written by nass and then reviewed, so this section measures drift from
//   the reviewed parse, not agreement with an independent gold.
//
// No gate: exit code 0 whatever the figures, non-zero only if something crashes.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { prf, tidy, tokens } from "./token-f1.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const load = async (name) => {
  const file = path.join(root, "packages", name, "dist", "index.js");
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build in the project root first`);
  return import(pathToFileURL(file).href);
};
const { stripBoilerplate } = await load("boilerplate");
const { parseArticle } = await load("article");
const { extractArticle } = await load("html");

// The metric: identical in effect to the shared score.mjs (tools/token-f1.mjs).
/** The first YYYY-MM-DD anywhere in parseArticle's `published` (null when it found none). */
const dayOf = (published) => JSON.stringify(published ?? null).match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? null;

/**
 * Scores one page. `renderings` maps a rendering's name to its text; the article fields come from
 * parsing `articleInput`. Title: null when there is no gold title; date: null when there is no gold day.
 */
function scorePage(id, { renderings, articleInput, goldBody, goldTitle, goldDate }) {
  const gold = tokens(goldBody);
  const scores = {};
  for (const [kind, text] of Object.entries(renderings)) scores[kind] = prf(tokens(stripBoilerplate(text).text), gold);
  const a = parseArticle(articleInput);
  const title = goldTitle == null ? null : tidy(a.title?.text) === tidy(goldTitle);
  let date = null;
  const day = dayOf(a.published);
  if (goldDate) date = day !== null && Math.abs(Date.parse(day) - Date.parse(goldDate)) <= 864e5;
  return {
    id,
    ...scores,
    title,
    date,
    found: { title: a.title?.text ?? null, date: day },
    gold: { title: goldTitle ?? null, date: goldDate ?? null, tokens: gold.length },
  };
}

function macro(rows, kinds) {
  const out = {};
  for (const kind of kinds) {
    const mean = (k) => rows.reduce((s, row) => s + row[kind][k], 0) / rows.length;
    out[kind] = { p: mean("p"), r: mean("r"), f: mean("f") };
  }
  const titled = rows.filter((row) => row.title !== null);
  const dated = rows.filter((row) => row.date !== null);
  out.titles = { found: titled.filter((row) => row.title).length, of: titled.length };
  out.dates = { found: dated.filter((row) => row.date).length, of: dated.length };
  return out;
}

// eval/realpages: the four real pages with a gold body, as in the shared score.mjs.
const realDir = path.join(root, "eval", "realpages");
const realIds = fs
  .readdirSync(realDir)
  .filter((d) => fs.existsSync(path.join(realDir, d, "gold.txt")))
  .sort();
const realRows = realIds.map((id) => {
  const read = (f) => fs.readFileSync(path.join(realDir, id, f), "utf8");
  const want = JSON.parse(read("article.json"));
  const page = read("page.txt");
  return scorePage(id, {
    renderings: { page, extract: read("extract.txt") },
    articleInput: page,
    goldBody: read("gold.txt"),
    goldTitle: want.title,
    goldDate: want.date,
  });
});

// eval/realpages/<id>/source.html: the same pages from their HTML, through @nass/html's extractArticle.
// Body: the article's paragraphs, one per line; title: the printed title (or the metadata title when none
// was printed); date: publishedDate (the printed publication day, else the page metadata's).
const htmlRows = realIds
  .filter((id) => fs.existsSync(path.join(realDir, id, "source.html")))
  .map((id) => {
    const read = (f) => fs.readFileSync(path.join(realDir, id, f), "utf8");
    const want = JSON.parse(read("article.json"));
    const a = extractArticle(read("source.html"));
    const body = a.paragraphs.map((p) => p.text).join("\n");
    const title = tidy(a.title?.text ?? a.headline) === tidy(want.title);
    const day = a.publishedDate ?? dayOf(a.published);
    const date = want.date ? day !== null && Math.abs(Date.parse(day) - Date.parse(want.date)) <= 864e5 : null;
    return {
      id,
      html: prf(tokens(body), tokens(read("gold.txt"))),
      title,
      date,
      found: { title: a.title?.text ?? a.headline, date: day },
    };
  });

// seeds/NNN_<hash>: the five real scraped seed pages against their reviewed expected.article.json.
const seedsDir = path.join(root, "seeds");
const seedIds = fs
  .readdirSync(seedsDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && /^\d{3}_/.test(e.name))
  .map((e) => e.name)
  .sort();
const seedRows = seedIds.map((id) => {
  const dir = path.join(seedsDir, id);
  const file = fs.readdirSync(dir).find((f) => f.endsWith(".txt"));
  if (file === undefined) throw new Error(`seeds/${id} has no .txt page`);
  const page = fs.readFileSync(path.join(dir, file), "utf8");
  const want = JSON.parse(fs.readFileSync(path.join(dir, "expected.article.json"), "utf8"));
  return scorePage(id, {
    renderings: { page },
    articleInput: page,
    goldBody: want.paragraphs.map((p) => p.text).join("\n"),
    goldTitle: want.title?.text ?? null,
    goldDate: dayOf(want.published),
  });
});

const results = {
  realPages: { dir: "eval/realpages", rows: realRows, macro: macro(realRows, ["page", "extract"]) },
  realPagesHtml: { dir: "eval/realpages/*/source.html", rows: htmlRows, macro: macro(htmlRows, ["html"]) },
  seeds: { dir: "seeds", rows: seedRows, macro: macro(seedRows, ["page"]) },
};

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const f = (x) => x.toFixed(3);
  const cell = (ok) => (ok === null ? "  -  " : ok ? " ok  " : " miss");
  const count = (c) => `${c.found}/${c.of}`;
  const prfCells = (s) => `${f(s.p)} ${f(s.r)} ${f(s.f)}`;

  console.log("Real pages (eval/realpages): token P/R/F1 vs gold.txt; title and date of parseArticle(page.txt)");
  console.log("page                 whole-page P   R     F1  | extract P   R     F1  | title | date");
  for (const row of realRows) {
    console.log(
      `${row.id.padEnd(20)} ${prfCells(row.page)} |  ${prfCells(row.extract)} | ${cell(row.title)} | ${cell(row.date)}`,
    );
  }
  const rm = results.realPages.macro;
  console.log(
    `${"macro".padEnd(20)} ${prfCells(rm.page)} |  ${prfCells(rm.extract)} | ${count(rm.titles)} | ${count(rm.dates)}`,
  );

  console.log("");
  console.log("The same pages from their HTML (source.html): extractArticle's paragraphs, title and publishedDate");
  console.log("page                 html P   R     F1        | title | date");
  for (const row of htmlRows) {
    console.log(`${row.id.padEnd(20)} ${prfCells(row.html)}       | ${cell(row.title)} | ${cell(row.date)}`);
  }
  const hm = results.realPagesHtml.macro;
  console.log(`${"macro".padEnd(20)} ${prfCells(hm.html)}       | ${count(hm.titles)} | ${count(hm.dates)}`);

  console.log("");
  console.log("Real seed pages (seeds/NNN_<hash>): the same metric against the reviewed expected.article.json");
  console.log("page                 whole-page P   R     F1  | title | date");
  for (const row of seedRows) {
    console.log(`${row.id.padEnd(20)} ${prfCells(row.page)} | ${cell(row.title)} | ${cell(row.date)}`);
  }
  const sm = results.seeds.macro;
  console.log(`${"macro".padEnd(20)} ${prfCells(sm.page)} | ${count(sm.titles)} | ${count(sm.dates)}`);
}
