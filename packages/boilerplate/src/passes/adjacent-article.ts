/**
 * Pass "adjacent-article": post navigation after the body: a bare "المقال السابق" / "Article suivant" /
 * "Next article" label followed by the neighbouring article's headline. The headline is navigation, not a
 * closing line of the body; so is an aggregator's teaser of that article under it.
 */
import { decide, type Pass } from "../page-state.ts";
import { REASONS } from "../reasons.ts";
import { isBareLabel, READ_ALSO } from "./shared.ts";

const ID = "adjacent-article";

/**
 * Decides `navigation` / `nav:adjacent-article` (the headline) and `nav:adjacent-teaser` (its stamps and
 * summary), and `widget` / `cue:read-more` for a "read more" heading right under the teaser; then moves
 * `lastProse` up above them.
 *
 * @example
 * ```ts
 * // ... last paragraph / "المقال السابق" / "headline of the previous article": the headline is navigation
 * adjacentArticle.run(state);
 * ```
 */
export const adjacentArticle: Pass = {
  id: ID,
  doc: "The headline (and teaser) under a bare 'المقال السابق' / 'Next article' label is navigation to a neighbouring article.",
  run(state) {
    const { analyses, blocks, assigned, n, firstProse } = state;
    if (firstProse < 0) return;
    for (let k = firstProse + 1; k + 1 < n; k++) {
      const local = analyses[k]!.local;
      if (local?.reason !== REASONS.paginationLabel || assigned[k + 1]) continue;
      const next = analyses[k + 1]!;
      if (next.local || next.prose || next.byline || next.facts.words < 3 || !isBareLabel(blocks[k]!.text)) continue;
      decide(state, k + 1, "navigation", REASONS.adjacentArticle, ID);
      // an aggregator's teaser of that article under its headline: up to two stamp lines (its source, its date)
      // then a summary cut with "..." and followed by a "read more" link or the end of the page
      let m = k + 2;
      const stamps: number[] = [];
      while (m < n && stamps.length < 2 && !assigned[m] && !analyses[m]!.prose) {
        const s = analyses[m]!;
        if (s.local ? s.local.kind !== "date-header" : s.facts.words > 4) break;
        stamps.push(m);
        m++;
      }
      const teaser = analyses[m];
      if (teaser === undefined || assigned[m] || teaser.local || teaser.facts.end !== "ellipsis") continue;
      const after = analyses[m + 1];
      if (after !== undefined && after.local?.kind !== "widget" && after.local?.kind !== "list-heading") continue;
      for (const r of stamps) if (!analyses[r]!.local) decide(state, r, "navigation", REASONS.adjacentTeaser, ID);
      decide(state, m, "navigation", REASONS.adjacentTeaser, ID);
      if (
        after?.local?.kind === "list-heading" &&
        after.local.listKind !== undefined &&
        READ_ALSO.has(after.local.listKind)
      )
        decide(state, m + 1, "widget", REASONS.readMore, ID);
      k = m;
    }
    let lastProse = state.lastProse;
    while (lastProse >= 0 && (assigned[lastProse] || !analyses[lastProse]!.prose)) lastProse--;
    state.lastProse = lastProse;
  },
};
