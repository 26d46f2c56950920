/**
 * The one place that turns text into a cue-matching key, so the normalizer behind it can change
 * without touching the matcher. Keys are compared whole-word: words joined by single spaces.
 *
 * `@nass/normalize`'s `search` preset does the Arabic folding (NFC, presentation forms, invisible
 * format characters, diacritics and tatweel, أ إ آ ٱ -> ا, ى -> ي, ة -> ه, ؤ -> و, ئ -> ي, ASCII digits);
 * `foldKey` then lower-cases Latin, strips its accents and turns everything that is not a letter or a
 * digit into a single word break. `foldKey` alone already folds everything the search preset folds in
 * text without presentation forms or format characters (a test checks the two paths agree), so the
 * normalizer is only called for lines that hold such characters: it keeps the hot path fast.
 */
import { type NormalizeOptions, normalize } from "@nass/normalize";
import { foldKey } from "./fold-key.ts";

const SEARCH: NormalizeOptions = { preset: "search" };

/**
 * Normalize `text` into a matching key: alef variants, ta marbuta, alef maqsura, tanween and
 * diacritics, tatweel and Latin case/accents folded; punctuation turned into word breaks.
 *
 * @param text - any string
 * @returns the key: folded words joined by single spaces (`"إقرأ أيضاً"` and `"اقرا ايضا"` both give `"اقرا ايضا"`)
 */
export function matchKey(text: string): string {
  return foldKey(text) ?? (foldKey(normalize(text, SEARCH), true) as string);
}

/**
 * The key through the full normalizer, always (used by tests to check the fast path agrees).
 *
 * @param text - any string
 * @returns `foldKey(normalize(text, { preset: "search" }))`
 */
export function matchKeyViaNormalizer(text: string): string {
  return foldKey(normalize(text, SEARCH), true) as string;
}
