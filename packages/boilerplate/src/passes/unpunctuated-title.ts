/**
 * Pass "unpunctuated-title": an unpunctuated headline read as prose only for its function words ("بدء توزيع
 * المساعدات على المتضررين من الفيضانات في كيهيدي"), the first prose-shaped line of the page, right above a
 * punctuated paragraph, is the title: the body starts at the paragraph.
 */
import type { Pass } from "../page-state.ts";

/**
 * Revises the `prose` flag of the page's first prose-shaped line (it decides no block).
 *
 * @example
 * ```ts
 * // menu / "بدء توزيع المساعدات على المتضررين من الفيضانات في كيهيدي" / "وقال ... ." : the second line is no prose
 * unpunctuatedTitle.run(state);
 * ```
 */
export const unpunctuatedTitle: Pass = {
  id: "unpunctuated-title",
  doc: "The page's first prose-shaped line, unpunctuated and right above a longer punctuated paragraph, is the title, not prose.",
  run(state) {
    const { analyses, n, options } = state;
    for (let i = 1; i + 1 < n; i++) {
      const a = analyses[i]!;
      if (!a.prose) continue;
      const f = a.facts;
      const next = analyses[i + 1]!;
      if (
        f.end === "none" &&
        f.commas === 0 &&
        f.words <= options.headlineMaxWords &&
        a.functionRatio >= 0.3 &&
        next.prose &&
        next.facts.end === "period" &&
        next.facts.words > f.words &&
        !analyses[i - 1]!.prose
      ) {
        a.prose = false;
      }
      break;
    }
  },
};
