import { isSpace } from "./tokenize.ts";
import type { NameSpan, Span } from "./types.ts";

const EDGE_PUNCT = new Set([
  "-",
  "\u2010",
  "\u2011",
  "\u2013",
  "\u2014",
  ":",
  "|",
  "(",
  ")",
  "[",
  "]",
  "«",
  "»",
  '"',
  "“",
  "”",
  "'",
  "،",
  ",",
  ".",
  "؛",
  ";",
  "/",
  "*",
  "•",
]);

/**
 * Trim whitespace and edge punctuation (dashes, colons, brackets, quotes, commas) from
 * `text[start, end)` by moving the offsets.
 *
 * @returns the trimmed bounds (start === end when nothing is left)
 */
export function trimBounds(text: string, start: number, end: number, keepFinalDot = false): [number, number] {
  let s = start;
  let e = end;
  while (s < e && (isSpace(text.charCodeAt(s)) || EDGE_PUNCT.has(text[s]!))) s++;
  while (e > s) {
    const ch = text[e - 1]!;
    if (isSpace(text.charCodeAt(e - 1))) e--;
    else if (EDGE_PUNCT.has(ch) && !(keepFinalDot && ch === ".")) e--;
    else break;
  }
  return [s, e];
}

/** A trimmed span of `text[start, end)`, or null when nothing is left. */
export function spanOf(text: string, start: number, end: number): Span | null {
  const [s, e] = trimBounds(text, start, end);
  return s < e ? { text: text.slice(s, e), start: s, end: e } : null;
}

/** A span whose edges are only whitespace-trimmed (a heading that ends with ":" keeps it). */
export function wsSpanOf(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return s < e ? { text: text.slice(s, e), start: s, end: e } : null;
}

/** The display form of a name: whitespace runs collapsed to one space, tatweel dropped. */
export function cleanName(raw: string): string {
  let out = "";
  let space = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x0640) continue;
    if (isSpace(c)) {
      space = out.length > 0;
      continue;
    }
    if (space) out += " ";
    space = false;
    out += raw[i];
  }
  return out;
}

/** A trimmed name span with its display name, or null when nothing is left. */
export function nameSpanOf(text: string, start: number, end: number, name?: string): NameSpan | null {
  let span = spanOf(text, start, end);
  // an initial keeps its dot: "سارة ب.", "Karim B."
  if (span && span.end < end && text[span.end] === "." && isInitialAt(text, span.end - 1, span.start)) {
    span = { text: text.slice(span.start, span.end + 1), start: span.start, end: span.end + 1 };
  }
  if (!span) return null;
  return { ...span, name: name ?? cleanName(span.text) };
}

/** True when `text[i]` is a one-letter word (preceded by a space, or by `from`). */
function isInitialAt(text: string, i: number, from: number): boolean {
  return i >= from && (i === from || isSpace(text.charCodeAt(i - 1)) || text[i - 1] === ".");
}
