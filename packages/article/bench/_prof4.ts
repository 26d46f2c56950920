import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { stripBoilerplate } from "@nass/boilerplate";
import { assembleArticle } from "../src/assemble-article.ts";
const SEEDS = "/work/main/seeds";
const pages: string[] = [];
for (const e of readdirSync(SEEDS, { withFileTypes: true })) if (e.isDirectory()) { const f = readdirSync(join(SEEDS, e.name)).find((x) => x.endsWith(".txt")); if (f) pages.push(readFileSync(join(SEEDS, e.name, f), "utf8")); }
const pre = pages.map((p) => ({ p, s: stripBoilerplate(p) }));
let sink = 0;
const asmNoSent = () => { for (const { p, s } of pre) sink += assembleArticle({ text: p, blocks: s.blocks as any, lists: s.lists, reference: null, splitSentences: () => [], wordsPerMinute: 138 }).paragraphs.length; };
const base = () => { for (const p of pages) for (const l of p.split(/\r\n|\r|\n/)) { const t = l.trim(); if (t) sink += (t.match(/\S+/g) ?? []).length; } };
const T: Record<string, number> = { asmNoSent: 0, base: 0 };
const N = Number(process.env.ROUNDS ?? 80);
for (let r = 0; r < N; r++) for (const [k, f] of Object.entries({ asmNoSent, base })) { const t0 = performance.now(); for (let i = 0; i < 5; i++) f(); if (r >= 10) T[k]! += performance.now() - t0; }
console.log(`assemble(no sentences) ${(T.base! / T.asmNoSent!).toFixed(3)}x baseline`);
