/**
 * Pass "ticker-prefixed-title": a breaking-news prefixed line ("عاجل | ...") that is the last headline above
 * the body is the title.
 */
import { decide, type Pass } from "../page-state.ts";
import { REASONS } from "../reasons.ts";

const ID = "ticker-prefixed-title";

/**
 * Decides `heading` / `ticker-prefixed-title`.
 *
 * @example
 * ```ts
 * // menu / "عاجل | الحكومة تعلن ..." / lead: the prefixed line is the title
 * tickerPrefixedTitle.run(state);
 * ```
 */
export const tickerPrefixedTitle: Pass = {
  id: ID,
  doc: "A breaking-news prefixed line ('عاجل | ...') that is the last headline above the body is the title.",
  run(state) {
    const { analyses, assigned, firstProse } = state;
    if (firstProse <= 0) return;
    for (let k = firstProse - 1; k >= 0; k--) {
      const a = analyses[k]!;
      if (assigned[k]) break;
      if (a.local?.reason.endsWith(":prefix") && a.local.kind === "ticker") {
        decide(state, k, "heading", REASONS.tickerPrefixedTitle, ID);
        break;
      }
      if (!a.local) break;
    }
  },
};
