/**
 * Split page text into trimmed line spans: one per non-empty line (docs/contract.md: lines end at `\n`,
 * `\r\n`, `\r`, U+2028, U+2029; a block is its line trimmed of surrounding whitespace and of the
 * invisible format marks a scraper leaves at line edges).
 */
import { isSpace } from "./line-facts.ts";
import type { Span } from "./types.ts";

/**
 * Invisible format characters that carry nothing at the edge of a line: bidi marks copied from RTL
 * widgets (LRM U+200E, RLM U+200F, ALM U+061C), bidi embeddings and isolates (U+202A..U+202E,
 * U+2066..U+2069), zero-width space and joiners (U+200B..U+200D) and the word joiner (U+2060).
 * Unicode 15, General Category Cf. Trimmed like white space, so "\u200F12 يونيو 2024" and
 * "12 يونيو 2024" are the same block.
 */
function isEdgeMark(c: number): boolean {
  return (
    (c >= 0x200b && c <= 0x200f) ||
    c === 0x061c ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x2060
  );
}

/** White space or an invisible edge mark: what a block is trimmed of. */
function isTrimmed(c: number): boolean {
  return isSpace(c) || (c >= 0x061c && isEdgeMark(c));
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/**
 * Split `text` into trimmed, non-empty line spans, in one pass.
 *
 * @param text - the page text
 * @returns the lines' spans, in order
 */
export function splitLines(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  const n = text.length;
  // Most pages break lines with \n only: then the native indexOf finds each break.
  const onlyNewlines = !text.includes("\r") && !text.includes("\u2028") && !text.includes("\u2029");
  for (let i = 0; i <= n; i++) {
    if (onlyNewlines) {
      i = text.indexOf("\n", i);
      if (i < 0) i = n;
    } else if (i < n && !isLineBreak(text.charCodeAt(i))) continue;
    let s = lineStart;
    let e = i;
    while (s < e && isTrimmed(text.charCodeAt(s))) s++;
    while (e > s && isTrimmed(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ text: text.slice(s, e), start: s, end: e });
    lineStart = i + 1;
  }
  return spans;
}
