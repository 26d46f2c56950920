/**
 * Other JavaScript sentence splitters, run on the gold text for `npm run eval` (devDependencies of
 * this package, never of the library): each returns the end offset of every sentence, its trailing
 * whitespace excluded, like `intlSegmenterEnds`.
 *
 * - `sbd` (https://github.com/Tessmore/sbd): rule-based, English-first; returns sentence strings.
 * - `sentence-splitter` (https://github.com/textlint-rule/sentence-splitter, azu): returns nodes
 *   with `[start, end]` ranges.
 * - `sentencex` (https://github.com/wikimedia/sentencex, Wikimedia): language-aware rules (`ar`
 *   included); returns sentence strings.
 */
import sbd from "sbd";
import { split } from "sentence-splitter";
import { segment } from "sentencex";

/**
 * End offsets of `sentences` (strings cut from `text`, possibly trimmed or with whitespace
 * normalized) found in order in `text`; a sentence that cannot be found is skipped.
 */
export function endsOfStrings(text: string, sentences: readonly string[]): number[] {
  const ends: number[] = [];
  let cursor = 0;
  for (const raw of sentences) {
    const sentence = raw.trim();
    if (sentence.length === 0) continue;
    const at = text.indexOf(sentence, cursor);
    if (at === -1) continue;
    cursor = at + sentence.length;
    ends.push(cursor);
  }
  return ends;
}

/** `sbd.sentences` over each line (it joins lines otherwise), as end offsets. */
export function sbdEnds(text: string): number[] {
  return endsOfStrings(text, sbd.sentences(text, { newline_boundaries: true }));
}

/** azu's `sentence-splitter`: the `Sentence` nodes' ends, trailing whitespace excluded. */
export function sentenceSplitterEnds(text: string): number[] {
  const ends: number[] = [];
  for (const node of split(text)) {
    if (node.type !== "Sentence") continue;
    const [start, end] = node.range;
    const trimmed = text.slice(start, end).trimEnd();
    if (trimmed.length > 0) ends.push(start + trimmed.length);
  }
  return ends;
}

/** Wikimedia's `sentencex` with its Arabic rules, as end offsets. */
export function sentencexEnds(text: string): number[] {
  return endsOfStrings(text, segment("ar", text));
}
