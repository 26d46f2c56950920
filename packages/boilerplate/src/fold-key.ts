/**
 * Fold a string into a cue-matching key: one pass, table-driven.
 *
 * Facts used (Unicode 15 Arabic block): U+064B..U+065F and U+0670 are harakat/tanween and the
 * dagger alef, U+0610..U+061A and U+06D6..U+06ED Quranic marks, U+0640 the tatweel; أ إ آ ٱ
 * (U+0623 U+0625 U+0622 U+0671) fold to ا, ة to ه, ى to ي, ؤ to و, ئ to ي; Persian ک ی fold to
 * ك ي; Arabic-Indic (U+0660..) and Persian (U+06F0..) digits to ASCII; Latin is lower-cased and
 * stripped of its accents (Latin-1 Supplement and œ). Everything that is not a letter or a digit
 * becomes a word separator; the key is the words joined by single spaces.
 */

/** Same value as {@link NEEDS_NORMALIZER}, usable while the table is built. */
const NEEDS_NORMALIZER_LOW = -2;

/** What each UTF-16 code unit below 0x0800 folds to: a code, 0 to drop it, -1 for a separator. */
const TABLE: Int32Array = buildTable();

function buildTable(): Int32Array {
  const t = new Int32Array(0x0800).fill(-1);
  for (let c = 0x30; c <= 0x39; c++) t[c] = c;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 32;
  // Latin-1 letters without their accents (French chrome: "À lire aussi", "Mots-clés").
  const latin1: Record<string, string> = {
    a: "àáâãäåÀÁÂÃÄÅ",
    c: "çÇ",
    e: "èéêëÈÉÊË",
    i: "ìíîïÌÍÎÏ",
    n: "ñÑ",
    o: "òóôõöøÒÓÔÕÖØ",
    u: "ùúûüÙÚÛÜ",
    y: "ýÿÝ",
  };
  for (const [base, variants] of Object.entries(latin1)) {
    for (const ch of variants) t[ch.charCodeAt(0)] = base.charCodeAt(0);
  }
  t[0xad] = NEEDS_NORMALIZER_LOW; // soft hyphen: the normalizer decides
  t[0x0153] = 0x6f; // œ ("cœur") folds to o
  t[0x0152] = 0x6f;
  // Arabic letters keep themselves.
  for (let c = 0x0621; c <= 0x064a; c++) t[c] = c;
  for (let c = 0x0671; c <= 0x06d3; c++) t[c] = c;
  for (let c = 0x06fa; c <= 0x06ff; c++) t[c] = c;
  for (let c = 0x0750; c <= 0x077f; c++) t[c] = c;
  // Marks and tatweel vanish.
  for (let c = 0x064b; c <= 0x065f; c++) t[c] = 0;
  for (let c = 0x0610; c <= 0x061a; c++) t[c] = 0;
  for (let c = 0x06d6; c <= 0x06ed; c++) t[c] = 0;
  t[0x0670] = 0;
  t[0x0640] = 0;
  // Letter variants.
  t[0x0622] = 0x0627; // آ
  t[0x0623] = 0x0627; // أ
  t[0x0625] = 0x0627; // إ
  t[0x0671] = 0x0627; // ٱ
  t[0x0672] = 0x0627; // ٲ
  t[0x0673] = 0x0627; // ٳ
  t[0x0629] = 0x0647; // ة
  t[0x0649] = 0x064a; // ى
  t[0x0624] = 0x0648; // ؤ
  t[0x0626] = 0x064a; // ئ
  t[0x06a9] = 0x0643; // ک
  t[0x06cc] = 0x064a; // ی
  t[0x06c1] = 0x0647; // ہ
  // Digits.
  for (let d = 0; d <= 9; d++) {
    t[0x0660 + d] = 0x30 + d;
    t[0x06f0 + d] = 0x30 + d;
  }
  return t;
}

/** What `foldHigh` returns for a character only the full normalizer handles. */
export const NEEDS_NORMALIZER = -2;

/**
 * Fold a code unit at or above 0x0800: Arabic Extended-A letters keep themselves; ZWNJ/ZWJ vanish;
 * presentation forms and other compatibility characters (U+FB50 and up) and zero-width/bidi format
 * characters (U+200B, U+200E..U+200F, U+202A..U+202E, U+2060..U+206F) need the full normalizer; the rest
 * separate words.
 */
function foldHigh(c: number): number {
  if (c >= 0x08a0 && c <= 0x08ff) return c;
  if (c === 0x200c || c === 0x200d) return 0;
  if (c >= 0xfb50 || c === 0x200b || c === 0x200e || c === 0x200f) return NEEDS_NORMALIZER;
  if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f)) return NEEDS_NORMALIZER;
  return -1;
}

/**
 * The single folding pass behind {@link foldKey} and {@link foldKeyWords}: writes the key's code units
 * into `scratch`, the offset where each word begins into `wordStarts`, and the word count into
 * `foldedWords` (module state, like the buffers: no allocation per call on this hot path).
 *
 * @param text - any string
 * @param force - treat characters that need the full normalizer as word breaks instead of giving up
 * @returns the key's length in code units, or -1 when `text` holds a character only the full
 *   normalizer folds and `force` is false
 */
function foldInto(text: string, force: boolean): number {
  const n = text.length;
  const out = scratch;
  const starts = wordStarts;
  let words = 0;
  let len = 0;
  let pendingSpace = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let f = c < 0x0800 ? TABLE[c]! : foldHigh(c);
    if (f === NEEDS_NORMALIZER) {
      if (!force) return -1;
      f = c === 0xad ? 0 : -1;
    }
    if (f === 0) continue;
    if (f < 0) {
      pendingSpace = len > 0;
      continue;
    }
    if (pendingSpace) {
      out[len++] = 0x20;
      pendingSpace = false;
      starts[words++] = len;
    } else if (len === 0) starts[words++] = 0;
    out[len++] = f;
  }
  out.length = len;
  foldedWords = words;
  return len;
}

/**
 * Fold `text` into its matching key: folded words joined by single spaces, no edge spaces.
 *
 * @param text - any string
 * @param force - treat characters that need the full normalizer as word breaks instead of giving up
 * @returns the key (`"اقرأ أيضاً:"` gives `"اقرا ايضا"`), or null when `text` holds a character only
 *   the full normalizer folds (presentation forms, format characters, the soft hyphen) and `force` is false
 */
export function foldKey(text: string, force = false): string | null {
  const len = foldInto(text, force);
  return len < 0 ? null : decode(scratch, len);
}

/**
 * {@link foldKey}, split: the key's words, found while folding (no second scan for the spaces).
 *
 * @param text - any string
 * @returns the key's words (`"اقرأ أيضاً:"` gives `["اقرا", "ايضا"]`; `[]` for a key-less text), or null when
 *   `text` holds a character only the full normalizer folds
 */
export function foldKeyWords(text: string): string[] | null {
  const len = foldInto(text, false);
  if (len < 0) return null;
  if (len === 0) return [];
  const words = foldedWords;
  const key = decode(scratch, len);
  const starts = wordStarts;
  const result: string[] = new Array(words);
  for (let w = 0; w < words; w++) {
    const end = w + 1 < words ? starts[w + 1]! - 1 : len;
    result[w] = words === 1 ? key : key.slice(starts[w]!, end);
  }
  return result;
}

/** The word count of the last {@link foldInto} pass. */
let foldedWords = 0;

/** Reused buffer of word start offsets for {@link foldKeyWords}. */
const wordStarts: number[] = [];

/** Reused output buffer of code units (a plain array: `String.fromCharCode.apply` reads it fastest). */
const scratch: number[] = [];

const CHUNK = 4096;

function decode(units: number[], len: number): string {
  if (len <= CHUNK) return String.fromCharCode.apply(null, units);
  let s = "";
  for (let i = 0; i < len; i += CHUNK) s += String.fromCharCode.apply(null, units.slice(i, i + CHUNK));
  return s;
}
