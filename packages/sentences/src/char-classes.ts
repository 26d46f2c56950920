/**
 * Character classes used by the sentence scanner, as code-unit predicates (no regex on the hot path).
 *
 * Sources: Unicode 15 `White_Space` as implemented by ECMAScript `\s` (so spans stay trimmed by the
 * contract's own definition), Unicode `Sentence_Break=STerm/ATerm` for terminators, Unicode
 * `Bidi_Paired_Bracket` and quotation-mark properties for closers.
 */

/** Exactly the characters ECMAScript `\s` matches. */
export function isWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
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

/** Line breaks of docs/contract.md: `\n`, `\r`, U+2028, U+2029. */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** Full stop `.` */
export const FULL_STOP = 0x2e;
/** Horizontal ellipsis `…` */
export const ELLIPSIS = 0x2026;

/**
 * Sentence terminators: `. ! ? ؟ … ۔` plus `‼ ⁇ ⁈ ⁉ ‽`, the full-width `！ ？ 。 ｡` and the Arabic
 * full stop U+06D4 (Urdu `۔`). The dot is handled apart (it also serves numbers and abbreviations).
 */
export function isTerminator(c: number): boolean {
  switch (c) {
    case 0x2e: // .
    case 0x21: // !
    case 0x3f: // ?
    case 0x061f: // ؟ Arabic question mark
    case 0x2026: // …
    case 0x06d4: // ۔ Arabic full stop
    case 0x203c: // ‼
    case 0x2047: // ⁇
    case 0x2048: // ⁈
    case 0x2049: // ⁉
    case 0x203d: // ‽
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0x3002: // 。
    case 0xff61: // ｡
      return true;
    default:
      return false;
  }
}

/**
 * Characters that close a quotation or a bracket and stay with the sentence they close. Arabic news
 * uses both directions of guillemets and curly quotes as closers (`» … «`, `” … “`), so all are listed.
 */
export function isCloser(c: number): boolean {
  switch (c) {
    case 0x22: // "
    case 0x27: // '
    case 0x29: // )
    case 0x5d: // ]
    case 0x7d: // }
    case 0xab: // «
    case 0xbb: // »
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201c: // “
    case 0x201d: // ”
    case 0x2039: // ‹
    case 0x203a: // ›
    case 0xfd3e: // ﴾
    case 0xfd3f: // ﴿
    case 0xff09: // ）
      return true;
    default:
      return false;
  }
}

/**
 * Characters that usually open a quotation or bracket when glued to the next word (`قال.«نعم`): after
 * a terminator with no space they go to the next sentence.
 */
export function isOpenerLike(c: number): boolean {
  switch (c) {
    case 0x22: // "
    case 0x27: // '
    case 0x28: // (
    case 0x5b: // [
    case 0x7b: // {
    case 0xab: // «
    case 0x2018: // ‘
    case 0x201c: // “
    case 0x201e: // „
    case 0x2039: // ‹
    case 0xfd3f: // ﴿
    case 0xff08: // （
      return true;
    default:
      return false;
  }
}

/** ASCII, Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits. */
export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

/** Basic Latin letters. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Latin letters: Basic Latin, Latin-1 letters and Latin Extended-A/B. */
export function isLatinLetter(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c);
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

/** Upper-case Latin letters (Basic Latin and Latin-1). */
export function isLatinUpper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** Lower-case Latin letters (Basic Latin and Latin-1, plus ß..ÿ). */
export function isLatinLower(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** Arabic tatweel `ـ` (U+0640), which may pad a letter (`هـ`). */
export const TATWEEL = 0x0640;

/** Arabic letters (Arabic, Arabic Supplement, Arabic Extended-A, presentation forms), tatweel excluded. */
export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a && c !== TATWEEL) ||
    (c >= 0x066e && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06fc) ||
    c === 0x06ff ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08c9) ||
    (c >= 0xfb50 && c <= 0xfdfb) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

const LETTER = /\p{L}/u;

/** Any letter of any script (checked by code unit; astral letters count through their high surrogate). */
export function isLetter(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c);
  if (isArabicLetter(c) || isLatinLetter(c)) return true;
  if (c >= 0xd800 && c <= 0xdbff) return true;
  return LETTER.test(String.fromCharCode(c));
}

/** Arabic combining marks (harakat, U+064B-U+065F, U+0670): part of the word they sit on. */
export function isArabicMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670;
}

/** One-letter Arabic proclitics written glued to the next word: و ف ب ل ك. */
export function isProclitic(c: number): boolean {
  return c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 || c === 0x0643;
}

/** Punctuation after which a terminator never ends a sentence: `, ، ; ؛ :` and the dash-less separators. */
export function isContinuationPunctuation(c: number): boolean {
  return c === 0x2c || c === 0x060c || c === 0x3b || c === 0x061b || c === 0x3a || c === 0xff0c;
}

/** Bullet characters that mark a list item at the start of a line. */
export function isBullet(c: number): boolean {
  switch (c) {
    case 0x2d: // -
    case 0x2013: // –
    case 0x2014: // —
    case 0x2022: // •
    case 0x25cf: // ●
    case 0x25aa: // ▪
    case 0x25e6: // ◦
    case 0x2a: // *
    case 0xb7: // ·
    case 0x25a0: // ■
    case 0x25ba: // ►
    case 0x25cb: // ○
    case 0x27a2: // ➢
    case 0x2023: // ‣
    case 0x2043: // ⁃
      return true;
    default:
      return false;
  }
}

/** Character class codes of {@link charClassTable}, ordered so that `<= QUOTE` means "plain token character". */
export enum CharClass {
  /** letters, marks and punctuation with no role in the scanner */
  Plain = 0,
  /** quotes and brackets (token openers, closers) */
  Quote = 1,
  /** whitespace other than line breaks */
  Space = 2,
  /** `\n`, `\r`, U+2028, U+2029 */
  LineBreak = 3,
  /** sentence terminators */
  Terminator = 4,
  /** digits */
  Digit = 5,
  /** separators inside numbers: `, ٫ ٬ :` */
  NumberSeparator = 6,
  /** characters of addresses and paths: `@ / \` */
  Address = 7,
}

let table: Uint8Array | undefined;

/**
 * A 64K table giving the {@link CharClass} of every UTF-16 code unit, built on first use from the
 * predicates above, so that the scanner reads one byte per character.
 */
export function charClassTable(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(65536);
  const quotes = [0x22, 0x27, 0x28, 0x29, 0x5b, 0x5d, 0x7b, 0x7d, 0xab, 0xbb, 0x2018, 0x2019, 0x201c, 0x201d];
  for (const c of [...quotes, 0x201e, 0x2039, 0x203a, 0xfd3e, 0xfd3f, 0xff08, 0xff09]) t[c] = CharClass.Quote;
  for (let c = 0; c < 0x10000; c++) {
    if (isLineBreak(c)) t[c] = CharClass.LineBreak;
    else if (isWhitespace(c)) t[c] = CharClass.Space;
    else if (isTerminator(c)) t[c] = CharClass.Terminator;
    else if (isDigit(c)) t[c] = CharClass.Digit;
  }
  for (const c of [0x2c, 0x3a, 0x066b, 0x066c]) t[c] = CharClass.NumberSeparator;
  for (const c of [0x40, 0x2f, 0x5c]) t[c] = CharClass.Address;
  table = t;
  return t;
}
