import { lookupKey } from "./lookup-key.ts";

/** A token of the date scanner: a run of digits, a run of letters, or one other character. */
export interface Token {
  readonly type: "num" | "word" | "punct";
  /** UTF-16 index of the first unit */
  readonly start: number;
  /** UTF-16 index after the last unit */
  readonly end: number;
  /** the raw text */
  readonly text: string;
  /** numeric value for `num` tokens (any digit system), else NaN */
  readonly value: number;
  /** true when only whitespace-free text separates this token from the previous one */
  readonly glued: boolean;
  /** lookup key (see `lookupKey`) of a `word` token, else "" */
  readonly key: string;
}

/** Value 0–9 of an ASCII, Arabic-Indic (U+0660) or Extended Arabic-Indic (U+06F0) digit, else -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  return -1;
}

/**
 * True for the letters and in-word marks of Arabic and Latin words (tatweel and diacritics
 * included). Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC), which PDF-converted and some
 * legacy CMS titles are printed in ("ﺍﻟﺤﻜﻮﻣﺔ"), are letters too, and so are the zero-width
 * non-joiner and joiner (U+200C, U+200D): invisible in-word controls that Persian-keyboard and
 * copy-pasted text puts inside words ("أكت\u200Cوبر" is one word; `lookupKey` drops them).
 */
export function isWordChar(c: number): boolean {
  if (c >= 0x2000) {
    if (c < 0xfb50) return c === 0x200c || c === 0x200d;
    return (c <= 0xfdff && c !== 0xfd3e && c !== 0xfd3f) || (c >= 0xfe70 && c <= 0xfefc);
  }
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x0620 && c <= 0x065f) ||
    (c >= 0x066e && c <= 0x06d3) ||
    c === 0x0670 ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06fc)
  );
}

/** True for the whitespace that separates tokens. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x200e ||
    c === 0x200f ||
    c === 0x061c
  );
}

/**
 * Split `text[from, to)` into tokens in one pass.
 *
 * @param text - the input
 * @param from - first index
 * @param to - index after the last
 * @returns the tokens, in order
 */
export function tokenize(text: string, from = 0, to: number = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let glued = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      glued = false;
      i++;
      continue;
    }
    const start = i;
    if (digitValue(c) >= 0) {
      let value = 0;
      while (i < to) {
        const d = digitValue(text.charCodeAt(i));
        if (d < 0) break;
        value = value * 10 + d;
        i++;
      }
      tokens.push({ type: "num", start, end: i, text: text.slice(start, i), value, glued, key: "" });
    } else if (isWordChar(c)) {
      while (i < to && isWordChar(text.charCodeAt(i))) i++;
      const word = text.slice(start, i);
      tokens.push({ type: "word", start, end: i, text: word, value: Number.NaN, glued, key: lookupKey(word) });
    } else {
      i++;
      tokens.push({ type: "punct", start, end: i, text: text.slice(start, i), value: Number.NaN, glued, key: "" });
    }
    glued = true;
  }
  return tokens;
}
