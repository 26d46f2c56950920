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
  /** how the line ends, closing quotes and brackets skipped */
  end: LineEnd;
  /** length of a leading list number or bullet with the spaces after it, 0 if none */
  marker: number;
  /** the marker is a number (`1.`, `١-`) rather than a bullet */
  numbered: boolean;
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
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
 * @returns word, letter and digit counts, the final punctuation and any list marker
 */
export function lineFacts(text: string): LineFacts {
  let words = 0;
  let arabic = 0;
  let latin = 0;
  let digits = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      words++;
      inWord = true;
    }
    if (isArabicLetter(c)) arabic++;
    else if (isLatinLetter(c)) latin++;
    else if (digitValue(c) >= 0) digits++;
  }
  const { marker, numbered } = listMarker(text);
  return { words, arabic, latin, digits, end: lineEnd(text), marker, numbered };
}

export { isSpace };
