/**
 * Fold a word for table lookup: drop Arabic diacritics, tatweel and invisible format marks, map alef variants (أ إ آ ٱ) to
 * ا, ى to ي, ة to ه, Persian ک/ی to ك/ي, and lowercase Latin letters. Table words and page words go
 * through the same fold, so "أكتوبر", "اكتوبر" and "أكتـوبر" share one key.
 *
 * Arabic presentation forms (U+FB50..U+FDFF, U+FE70..U+FEFF: PDF copies and legacy CMSs print
 * "ﺍﻟﺮﺋﻴﺴﻴﺔ") are first mapped to the letters they show by NFKC, so they share the letters' keys.
 *
 * @param text - a word or a short phrase
 * @returns the folded key
 */
export function lookupKey(text: string): string {
  if (!needsFolding(text)) return text;
  const word = hasPresentationForms(text) ? text.normalize("NFKC") : text;
  const codes: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue;
    if (isInvisible(c)) continue;
    if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) codes.push(0x0627);
    else if (c === 0x0649 || c === 0x06cc) codes.push(0x064a);
    else if (c === 0x0629) codes.push(0x0647);
    else if (c === 0x06a9) codes.push(0x0643);
    else if (c >= 0x41 && c <= 0x5a) codes.push(c + 32);
    else if (c < 0x80 || (c >= 0x0600 && c <= 0x06ff)) codes.push(c);
    else {
      const lower = word[i]!.toLowerCase();
      for (let k = 0; k < lower.length; k++) codes.push(lower.charCodeAt(k));
    }
  }
  return fromCodes(codes);
}

/** True when `text` holds an Arabic presentation form (Presentation Forms-A or -B). */
function hasPresentationForms(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xfb50 && c <= 0xfefc) return true;
  }
  return false;
}

/**
 * Invisible format characters inside a word: zero-width space, non-joiner and joiner, LRM/RLM
 * (U+200B..U+200F), the word joiner (U+2060) and a stray BOM (U+FEFF). They change neither the
 * spelling nor the reading, so keys drop them ("أكت\u200Cوبر" and "أكتوبر" share one key).
 */
function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff;
}

/** `String.fromCharCode` over an array, in chunks so a huge word cannot overflow the call stack. */
function fromCodes(codes: readonly number[]): string {
  const CHUNK = 4096;
  if (codes.length <= CHUNK) return String.fromCharCode(...codes);
  let out = "";
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode(...codes.slice(i, i + CHUNK));
  return out;
}

/**
 * Build a lookup map from table entries.
 *
 * @param entries - the table
 * @param key - the entry's spelling
 * @returns a map from folded spelling to entry (first entry wins)
 */
export function buildLookup<T>(entries: readonly T[], key: (entry: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) {
    const k = lookupKey(key(entry));
    if (!map.has(k)) map.set(k, entry);
  }
  return map;
}

/**
 * A lighter fold that keeps letter identity: drop diacritics and tatweel, lowercase Latin. Used
 * where folding would merge distinct words (the preposition "على" and the name "علي").
 *
 * @param word - a word
 * @returns the bare form
 */
export function bareKey(word: string): string {
  if (!needsBaring(word)) return word;
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || isInvisible(c)) continue;
    out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : word[i];
  }
  return out;
}

/** True when `lookupKey` would change the word (most words of a page need no change). */
function needsFolding(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return true;
    if (c < 0x80) continue;
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) return true;
    if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671 || c === 0x0649 || c === 0x06cc) return true;
    if (c === 0x0629 || c === 0x06a9) return true;
    if (c < 0x0600 || c > 0x06ff) return true;
  }
  return false;
}

/** True when `bareKey` would change the word. */
function needsBaring(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) return true;
    if (isInvisible(c)) return true;
  }
  return false;
}
