/**
 * `npm run eval`: precision, recall and F1 of sentence boundaries on the hand-written gold set
 * (`eval/gold.txt`), for nass, `Intl.Segmenter('ar', { granularity: 'sentence' })` and the JavaScript
 * splitters people reach for (`sbd`, azu's `sentence-splitter`, Wikimedia's `sentencex`) side by side.
 * `--errors` lists nass's false positives and false negatives in context.
 */
import { splitSentences } from "../src/index.ts";
import { loadGold } from "./gold.ts";
import { sbdEnds, sentenceSplitterEnds, sentencexEnds } from "./peers.ts";
import { intlSegmenterEnds, type Score, scoreBoundaries } from "./score.ts";

const gold = loadGold();
const { text } = gold;
const systems: Record<string, number[]> = {
  nass: splitSentences(text).map((s) => s.end),
  "Intl.Segmenter(ar)": intlSegmenterEnds(text),
  "sentencex (ar)": sentencexEnds(text),
  "sentence-splitter": sentenceSplitterEnds(text),
  sbd: sbdEnds(text),
};
const inLine = (o: number) => !gold.lineEnds.has(o) && text[o] !== "\n";

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
const row = (name: string, s: Score) =>
  `${name.padEnd(20)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   tp=${s.truePositives} fp=${s.falsePositives} fn=${s.falseNegatives}`;

const allGold = gold.ends.filter((o) => o < text.length).length;
const inLineGold = gold.ends.filter((o) => o < text.length && inLine(o)).length;
console.log(`gold: ${allGold} boundaries (${inLineGold} inside a line), ${text.length} characters\n`);
for (const [title, filter] of [
  ["all boundaries", undefined],
  ["boundaries inside a line (line breaks excluded)", inLine],
] as const) {
  console.log(`${title}\n${"system".padEnd(20)}      P      R     F1`);
  for (const [name, ends] of Object.entries(systems)) {
    console.log(row(name, scoreBoundaries(gold.ends, ends, text.length, filter)));
  }
  console.log("");
}

if (process.argv.includes("--errors")) {
  const g = new Set(gold.ends);
  const p = new Set(systems.nass);
  const show = (o: number) => JSON.stringify(`${text.slice(Math.max(0, o - 40), o)}|${text.slice(o, o + 30)}`);
  for (const o of p) if (!g.has(o) && o < text.length) console.log("FP", show(o));
  for (const o of g) if (!p.has(o) && o < text.length) console.log("FN", show(o));
}
