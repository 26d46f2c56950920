import { isWhitespace } from "./char-classes.ts";
import type { Sentence } from "./types.ts";

/**
 * Cut every sentence longer than `maxLength` code units: at its last whitespace run that leaves a
 * first piece of at most `maxLength`, or, when there is none, at `maxLength` itself (moved back one
 * unit rather than split a surrogate pair). Pieces stay trimmed and lossless.
 *
 * @param text - the input the sentences come from
 * @param sentences - sentences from the scanner
 * @param maxLength - the longest piece allowed, >= 1
 * @returns a generator of pieces of at most `maxLength` code units (a lone astral character when
 *   `maxLength` is 1)
 */
export function* cutLongSentences(
  text: string,
  sentences: Iterable<Sentence>,
  maxLength: number,
): Generator<Sentence, void, undefined> {
  for (const sentence of sentences) {
    let start = sentence.start;
    const end = sentence.end;
    while (end - start > maxLength) {
      const limit = start + maxLength;
      // the last whitespace at or before `limit` (the piece ends before it)
      let ws = limit;
      while (ws > start && !isWhitespace(text.charCodeAt(ws))) ws--;
      let cut: number;
      let resume: number;
      if (ws > start) {
        cut = ws;
        while (isWhitespace(text.charCodeAt(cut - 1))) cut--;
        resume = ws;
        while (isWhitespace(text.charCodeAt(resume))) resume++;
      } else {
        cut = limit;
        const low = text.charCodeAt(cut);
        const high = text.charCodeAt(cut - 1);
        if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff && cut - 1 > start) cut--;
        resume = cut;
      }
      yield { text: text.slice(start, cut), start, end: cut };
      start = resume;
    }
    yield { text: text.slice(start, end), start, end };
  }
}
