/**
 * Recognise menus: category strips made of section names ("سياسة اقتصاد رياضة ثقافة"), menus whose spaces
 * were lost ("أخبارأخبار عاجلةعربي"), and breadcrumbs ("الرئيسية / الحدث / ...", "Accueil › Politique").
 */
import { HOME_WORDS, SECTION_WORDS } from "./cues/index.ts";
import { isSeparatorAt, isSpace } from "./line-facts.ts";
import { matchKey } from "./match-key.ts";

const SECTION_KEYS = new Set(SECTION_WORDS.map(matchKey));
const HOME_KEYS = new Set(HOME_WORDS.map(matchKey));
let longestSection = 0;
for (const k of SECTION_KEYS) longestSection = Math.max(longestSection, k.length);

/** A long token that splits entirely into two or more section names (dynamic programming, linear in its length). */
function splitsIntoSections(token: string): boolean {
  const n = token.length;
  if (n < 6 || n > 80) return false;
  // pieces[i] = fewest pieces covering token.slice(0, i), 0 = unreachable
  const pieces = new Uint8Array(n + 1);
  pieces[0] = 1;
  for (let i = 0; i < n; i++) {
    if (pieces[i] === 0) continue;
    const max = Math.min(n, i + longestSection);
    for (let j = i + 2; j <= max; j++) {
      if (pieces[j] === 0 && SECTION_KEYS.has(token.slice(i, j))) pieces[j] = Math.min(255, pieces[i]! + 1);
    }
  }
  return pieces[n]! >= 3; // start counts 1, so >= 3 means at least two pieces
}

/** A token that is one word printed twice without a space ("الجزائرالجزائر"). */
function isGluedRepeat(token: string): boolean {
  const n = token.length;
  if (n < 6 || n % 2 !== 0) return false;
  const half = n / 2;
  return token.slice(0, half) === token.slice(half);
}

/**
 * Whether every word is a section name.
 *
 * @param words - key words
 * @returns true for "اقتصاد", "أخبار مصر", "اقتصاد وبورصة", "Sports"
 */
export function isSectionWords(words: readonly string[]): boolean {
  return (
    words.length > 0 && words.every((w) => SECTION_KEYS.has(w) || (w.startsWith("و") && SECTION_KEYS.has(w.slice(1))))
  );
}

/** What kind of menu a line is. */
export type MenuLine = "glued-menu" | "menu-strip" | "breadcrumb";

/**
 * Classify a block's key words as a menu line made of section names, if it is one.
 *
 * @param words - the block's key words
 * @returns `glued-menu`, `menu-strip`, or null
 */
export function detectSectionMenu(words: readonly string[]): MenuLine | null {
  if (words.length === 0 || words.length > 12) return null;
  let sections = 0;
  const long = words.length > 4;
  for (const w of words) {
    // in a long strip, a section name joined by و to the one before is a section name too ("... عربي ودولي اقتصاد")
    if (SECTION_KEYS.has(w) || (long && w.length > 3 && w.charCodeAt(0) === 0x0648 && SECTION_KEYS.has(w.slice(1))))
      sections++;
    else if (long) return null; // a long line must be all section names
  }
  if (sections === words.length) return sections >= 2 ? "menu-strip" : null;
  // A menu that lost its spaces is one to four long tokens; only then is the splitting worth trying.
  for (const w of words) {
    if (!SECTION_KEYS.has(w) && !isGluedRepeat(w) && !splitsIntoSections(w)) return null;
  }
  return "glued-menu";
}

/**
 * Recognise a menu strip whose cells are separated only by runs of white space ("أخبار  اقتصاد  ثقافة
 * رياضة", "ACCUEIL  POLITIQUE  SPORT", a language switcher "ENGLISH  KURDÎ  فارسی  عربي"): four or more
 * cells of one to three words, none ending in punctuation, at least half of them section or language
 * names. Call it only for lines with three or more such gaps (`LineFacts.gaps`).
 *
 * @param text - the block's raw text
 * @returns `menu-strip` or null
 */
export function detectGapMenu(text: string): MenuLine | null {
  const cells: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i)) && i + 1 < text.length && isSpace(text.charCodeAt(i + 1))) {
      if (i > from) cells.push(text.slice(from, i));
      while (i + 1 < text.length && isSpace(text.charCodeAt(i + 1))) i++;
      from = i + 1;
    }
  }
  cells.push(text.slice(from));
  if (cells.length < 4) return null;
  let sections = 0;
  for (const cell of cells) {
    const key = matchKey(cell);
    if (key === "") continue;
    const words = key.split(" ");
    if (words.length > 3 || /[.:؛;!?؟،,]\s*$/u.test(cell)) return null;
    if (isSectionWords(words)) sections++;
  }
  return sections * 2 >= cells.length ? "menu-strip" : null;
}

/**
 * Recognise a breadcrumb or a separated menu strip.
 *
 * @param text - the block's raw text
 * @returns `breadcrumb` when the first segment is the home link, `menu-strip` for three or more short
 *   segments, else null
 */
export function detectBreadcrumb(text: string): MenuLine | null {
  const segments: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSeparatorAt(text, i, text.charCodeAt(i))) {
      segments.push(text.slice(from, i));
      from = i + 1;
    }
  }
  if (segments.length === 0) return null;
  segments.push(text.slice(from));
  const keys = segments.map(matchKey).filter((k) => k !== "");
  if (keys.length < 2) return null;
  if (HOME_KEYS.has(keys[0]!)) return text.includes("|") ? "menu-strip" : "breadcrumb";
  if (keys.length >= 3 && keys.every((k) => k.split(" ").length <= 4)) return "menu-strip";
  return null;
}
