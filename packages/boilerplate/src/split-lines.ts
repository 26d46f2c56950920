/**
 * Split page text into trimmed line spans: one per non-empty line (docs/contract.md: lines end at `\n`,
 * `\r\n`, `\r`, U+2028, U+2029; a block is its line trimmed of surrounding whitespace).
 */
import { isSpace } from "./line-facts.ts";
import type { Span } from "./types.ts";

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
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ text: text.slice(s, e), start: s, end: e });
    lineStart = i + 1;
  }
  return spans;
}
