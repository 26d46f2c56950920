/**
 * Pass "latin-spam": Latin lines after the body of an Arabic page are spam (before it, Latin lines are bylines
 * and titles of bilingual sites); a Latin name ("Par Karim Benali") is a byline, not spam.
 */
import { decide, type Pass } from "../page-state.ts";
import { REASONS } from "../reasons.ts";

const ID = "latin-spam";

/** Two or three capitalised words ("Par Karim Benali", "John Smith"): a byline, not spam. */
function looksLikeName(text: string, words: number): boolean {
  return (
    words <= 3 && text.length <= 80 && /^(?:\p{Ll}{1,4}\s+)?\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,2}$/u.test(text)
  );
}

/**
 * Decides `spam` / `spam:latin-in-arabic-page` (with the `detectSpam` option, on an Arabic page).
 *
 * @example
 * ```ts
 * // Arabic article / "Watch One Piece episode 1100 online free": the Latin line is spam
 * latinSpam.run(state);
 * ```
 */
export const latinSpam: Pass = {
  id: ID,
  doc: "A Latin line of three to twelve words after the body of an Arabic page (not a name) is spam.",
  run(state) {
    const { analyses, blocks, assigned, n, lastProse } = state;
    if (!state.options.detectSpam || !state.arabicPage) return;
    for (let k = 0; k < n; k++) {
      const a = analyses[k]!;
      if (a.local || a.prose || assigned[k]) continue;
      // Only after the body: before it, Latin lines are bylines and titles of bilingual sites.
      const outside = lastProse >= 0 && k > lastProse;
      const f = a.facts;
      if (
        outside &&
        f.words >= 3 &&
        f.words <= 12 &&
        f.latin >= 0.8 * (f.latin + f.arabic) &&
        !looksLikeName(blocks[k]!.text, f.words)
      ) {
        decide(state, k, "spam", REASONS.latinSpam, ID);
      }
    }
  },
};
