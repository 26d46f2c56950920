import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { stripBoilerplate } from "@nass/boilerplate";
import { splitSentences } from "@nass/sentences";
import { assembleArticle } from "../src/assemble-article.ts";
import { parseArticle } from "../src/index.ts";
const SEEDS = "/work/main/seeds";
const pages: string[] = [];
for (const e of readdirSync(SEEDS, { withFileTypes: true })) if (e.isDirectory()) { const f = readdirSync(join(SEEDS, e.name)).find((x) => x.endsWith(".txt")); if (f) pages.push(readFileSync(join(SEEDS, e.name, f), "utf8")); }
const pre = pages.map((p) => ({ p, s: stripBoilerplate(p) }));
let sink = 0;
const fns: Record<string, () => void> = {
  base: () => { for (const p of pages) for (const l of p.split(/\r\n|\r|\n/)) { const t = l.trim(); if (t) sink += (t.match(/\S+/g) ?? []).length; } },
  strip: () => { for (const p of pages) sink += stripBoilerplate(p).blocks.length; },
  assembleNoSent: () => { for (const { p, s } of pre) sink += assembleArticle({ text: p, blocks: s.blocks as any, lists: s.lists, reference: null, splitSentences: () => [], wordsPerMinute: 138 }).paragraphs.length; },
  sentences: () => { for (const { s } of pre) for (const b of s.blocks) if (!b.boilerplate) sink += splitSentences(b.text).length; },
  full: () => { for (const p of pages) sink += parseArticle(p).paragraphs.length; },
};
const T: Record<string, number> = {};
for (let r = 0; r < 60; r++) for (const [k, f] of Object.entries(fns)) { const t0 = performance.now(); for (let i = 0; i < 3; i++) f(); if (r >= 10) T[k] = (T[k] ?? 0) + performance.now() - t0; }
console.log(Object.entries(T).map(([k, v]) => `${k} ${(T.base! / v).toFixed(3)}x`).join("  "));
