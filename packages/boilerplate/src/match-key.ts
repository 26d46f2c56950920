/**
 * The one place that turns text into a cue-matching key, so the normalizer behind it can change
 * without touching the matcher. Keys are compared whole-word: words joined by single spaces.
 */
import { foldKey } from "./fold-key.ts";

/**
 * Normalize `text` into a matching key: alef variants, ta marbuta, alef maqsura, tanween and
 * diacritics, tatweel and Latin case/accents folded; punctuation turned into word breaks.
 *
 * @param text - any string
 * @returns the key: folded words joined by single spaces (`"إقرأ أيضاً"` and `"اقرا ايضا"` both give `"اقرا ايضا"`)
 */
export function matchKey(text: string): string {
  return foldKey(text);
}
