/**
 * Pass "headline-under-list-heading": an unpunctuated headline read as prose for its function words, right
 * under a list heading and followed by more headlines ("الأكثر قراءة" / "النفط يقفز 3% بعد هجوم على ناقلة في
 * البحر الأحمر" / ...), is a list item above the title, not the start of the body.
 */
import type { Pass } from "../page-state.ts";

/**
 * Revises the `prose` flag of headlines under a list heading (it decides no block).
 *
 * @example
 * ```ts
 * // "الأكثر قراءة" / "النفط يقفز 3% بعد هجوم على ناقلة في البحر الأحمر" / "headline": the second line is no prose
 * headlineUnderListHeading.run(state);
 * ```
 */
export const headlineUnderListHeading: Pass = {
  id: "headline-under-list-heading",
  doc: "An unpunctuated headline read as prose, right under a list heading and above more headlines, is no prose.",
  run(state) {
    const { analyses, n, options } = state;
    for (let i = 1; i + 1 < n; i++) {
      const a = analyses[i]!;
      if (!a.prose || a.facts.end !== "none" || a.facts.words > options.headlineMaxWords) continue;
      if (analyses[i - 1]!.local?.kind !== "list-heading") continue;
      const next = analyses[i + 1]!;
      if (!next.prose && !next.local && !next.byline && next.facts.words >= 3) a.prose = false;
    }
  },
};
