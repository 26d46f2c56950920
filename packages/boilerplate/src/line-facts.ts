/**
 * Structural features of one block, measured in a single pass over its characters.
 */

/** How a block ends. */
export type LineEnd = "period" | "question" | "colon" | "ellipsis" | "none";

/** Shape facts of a block's text. */
export interface LineFacts {
  /** whitespace-separated tokens */
  words: number;
  /** Arabic-script letters */
  arabic: number;
  /** Latin-script letters */
  latin: number;
  /** digits (ASCII, Arabic-Indic, Persian) */
  digits: number;
  /** breadcrumb/menu separators (see {@link isSeparatorAt}) */
  separators: number;
  /** commas, Latin `,` and Arabic `،` (a clause break: a prose feature) */
  commas: number;
  /** runs of two or more white-space characters between words ("أخبار  اقتصاد  رياضة": a menu's cells) */
  gaps: number;
  /** how the line ends, closing quotes and brackets skipped */
  end: LineEnd;
  /** length of a leading list number or bullet with the spaces after it, 0 if none */
  marker: number;
  /** the marker is a number (`1.`, `١-`) rather than a bullet */
  numbered: boolean;
}

const OTHER = 0;
const SPACE = 1;
const ARABIC = 2;
const LATIN = 3;
const DIGIT = 4;

/** Class of every UTF-16 code unit: one table lookup per character instead of a chain of range tests. */
const CLASS: Uint8Array = buildClasses();

function buildClasses(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const range = (from: number, to: number, cls: number) => t.fill(cls, from, to + 1);
  // White space: the characters JavaScript's \s matches (ECMA-262 WhiteSpace and LineTerminator).
  for (const c of [0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) t[c] = SPACE;
  range(0x09, 0x0d, SPACE);
  range(0x2000, 0x200a, SPACE);
  // Arabic-script letters: Arabic, Arabic Supplement, Extended-A, Presentation Forms A and B.
  range(0x0621, 0x064a, ARABIC);
  range(0x0671, 0x06d3, ARABIC);
  range(0x0750, 0x077f, ARABIC);
  range(0x08a0, 0x08ff, ARABIC);
  range(0xfb50, 0xfdff, ARABIC);
  range(0xfe70, 0xfefc, ARABIC);
  // Latin letters: Basic Latin, Latin-1 Supplement (minus × ÷), Latin Extended-A and -B.
  range(0x41, 0x5a, LATIN);
  range(0x61, 0x7a, LATIN);
  range(0xc0, 0x24f, LATIN);
  t[0xd7] = OTHER;
  t[0xf7] = OTHER;
  // Digits: ASCII, Arabic-Indic, Extended Arabic-Indic (Persian).
  range(0x30, 0x39, DIGIT);
  range(0x0660, 0x0669, DIGIT);
  range(0x06f0, 0x06f9, DIGIT);
  return t;
}

function isSpace(c: number): boolean {
  return CLASS[c] === SPACE;
}

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  return -1;
}

/** Characters skipped at the end of a line before reading its final punctuation (closing quotes, brackets). */
const CLOSERS = new Set([0x22, 0x27, 0x29, 0x5d, 0x7d, 0xbb, 0xab, 0x201d, 0x201c, 0x2019, 0x2018, 0x201e, 0x2a]);

/** Bullets that open a list item (U+2022 •, U+00B7 ·, U+25AA ▪, U+25A0 ■, U+25BA ►, U+25C4 ◄, U+25CF ●, ...). */
const BULLETS = new Set([
  0x2022, 0xb7, 0x25aa, 0x25a0, 0x25ba, 0x25c4, 0x25cf, 0x25cb, 0x25c6, 0x25c7, 0x25b8, 0x2d, 0x2013, 0x2014, 0x2a,
  0x2b, 0x2023, 0x2043, 0x27a2, 0x2794, 0x25e6,
]);

/** Punctuation that may follow a list number (`1.` `1-` `1)` `١-` `1،`). */
const NUMBER_PUNCT = new Set([0x2e, 0x2d, 0x29, 0x2013, 0x060c, 0x3a, 0x2f]);

function listMarker(text: string): { marker: number; numbered: boolean } {
  let i = 0;
  const first = text.charCodeAt(0);
  if (BULLETS.has(first)) {
    i = 1;
    if (i < text.length && !isSpace(text.charCodeAt(i))) return { marker: 0, numbered: false };
  } else {
    while (i < text.length && i < 3 && digitValue(text.charCodeAt(i)) >= 0) i++;
    if (i === 0 || i === 3) return { marker: 0, numbered: false };
    if (i < text.length && isSpace(text.charCodeAt(i)) && NUMBER_PUNCT.has(text.charCodeAt(i + 1))) i++;
    if (i >= text.length || !NUMBER_PUNCT.has(text.charCodeAt(i))) return { marker: 0, numbered: false };
    i++;
    if (i < text.length && !isSpace(text.charCodeAt(i)) && digitValue(text.charCodeAt(i)) >= 0) {
      return { marker: 0, numbered: false }; // 10.5, 6/10/2024
    }
  }
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (i >= text.length) return { marker: 0, numbered: false };
  return { marker: i, numbered: !BULLETS.has(first) };
}

function lineEnd(text: string): LineEnd {
  let i = text.length - 1;
  while (i >= 0 && (CLOSERS.has(text.charCodeAt(i)) || isSpace(text.charCodeAt(i)))) i--;
  if (i < 0) return "none";
  const c = text.charCodeAt(i);
  if (c === 0x2026) return "ellipsis";
  if (c === 0x2e) return i >= 1 && text.charCodeAt(i - 1) === 0x2e ? "ellipsis" : "period";
  if (c === 0x21 || c === 0x3f || c === 0x061f) return "question";
  if (c === 0x3a || c === 0xff1a) return "colon";
  if (c === 0x06d4) return "period";
  return "none";
}

/**
 * Measure a block's shape.
 *
 * @param text - the block's (trimmed) text
 * @param source - a string holding `text` at offset `from` (the page), read instead of `text`
 * @param from - where `text` starts in `source`
 * @returns word, letter and digit counts, the final punctuation and any list marker
 */
export function lineFacts(text: string, source: string = text, from = 0): LineFacts {
  let words = 0;
  let arabic = 0;
  let latin = 0;
  let digits = 0;
  let separators = 0;
  let commas = 0;
  let gaps = 0;
  let inWord = false;
  let spaces = 0;
  // Read the characters from `source` (the page itself, a flat string) rather than from the block's
  // sliced copy: same characters, faster reads.
  const to = from + text.length;
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    const cls = CLASS[c]!;
    if (cls === SPACE) {
      inWord = false;
      spaces++;
      continue;
    }
    if (!inWord) {
      if (spaces >= 2) gaps++;
      spaces = 0;
      words++;
      inWord = true;
    }
    if (cls === ARABIC) arabic++;
    else if (cls === LATIN) latin++;
    else if (cls === DIGIT) digits++;
    else if (c === 0x2c || c === 0x060c) commas++;
    else if (isSeparatorAt(source, i, c)) separators++;
  }
  const { marker, numbered } = listMarker(text);
  return { words, arabic, latin, digits, separators, commas, gaps, end: lineEnd(text), marker, numbered };
}

/**
 * A separator of breadcrumbs and menu strips: › » ‹ « ▸ ❯ anywhere; / > < | \ with white space on both sides.
 *
 * @param text - the line
 * @param i - the index to look at
 * @param c - `text.charCodeAt(i)`
 * @returns true when the character separates menu segments
 */
export function isSeparatorAt(text: string, i: number, c: number): boolean {
  if (c === 0x203a || c === 0xbb || c === 0x2039 || c === 0xab || c === 0x25b8 || c === 0x276f) return true;
  if (c === 0x2f || c === 0x3e || c === 0x3c || c === 0x7c || c === 0x5c) {
    return CLASS[text.charCodeAt(i - 1)] === SPACE && CLASS[text.charCodeAt(i + 1)] === SPACE;
  }
  return false;
}

export { isSpace };
