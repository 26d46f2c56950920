/**
 * Pass "bare-top-strip": a bare "top stories" strip: three or more headline-shaped lines right under the
 * page's chrome, with no label, above the title (the line that repeats the lead's words, `sharesLead`) while
 * none of them does: other stories' headlines, a list, not the title's decks.
 */
import { sharesLead } from "../lead-overlap.ts";
import { leadStemsOf, type Pass } from "../page-state.ts";
import { REASONS } from "../reasons.ts";
import { headlineLike, isChromeKind, markBareList } from "./shared.ts";

const ID = "bare-top-strip";

/** Fewest headlines of a bare strip over the title with no label (fewer may be the title's decks). */
const MIN_BARE_STRIP = 3;

/**
 * Decides `list-item` / `list-item:bare-top-strip` and adds the strip to the lists.
 *
 * @example
 * ```ts
 * // menu / three other stories' headlines / title / lead: the three headlines are a list
 * bareTopStrip.run(state);
 * ```
 */
export const bareTopStrip: Pass = {
  id: ID,
  doc: "Three or more unlabelled headlines under the chrome above the title, none echoing the lead while the title does, are a list.",
  run(state) {
    const { analyses, blocks, assigned, titleGuard, bodyStart } = state;
    if (titleGuard < MIN_BARE_STRIP || titleGuard >= bodyStart || assigned[titleGuard]) return;
    let top = titleGuard;
    while (top > 0 && headlineLike(analyses[top - 1]!) && !assigned[top - 1]) top--;
    const above = top > 0 ? (assigned[top - 1] ?? analyses[top - 1]!.local) : null;
    // under a list heading or ticker label the strip is that section's ("list-sections"), not a bare one
    const chromeAbove =
      top === 0 ||
      (above !== null &&
        above !== undefined &&
        isChromeKind(above.kind) &&
        above.kind !== "list-heading" &&
        above.kind !== "ticker");
    if (titleGuard - top >= MIN_BARE_STRIP && chromeAbove && sharesLead(blocks[titleGuard]!.text, leadStemsOf(state))) {
      let other = true;
      for (let k = top; k < titleGuard && other; k++) other = !sharesLead(blocks[k]!.text, leadStemsOf(state));
      if (other) state.lists.push(markBareList(state, top, titleGuard, REASONS.bareTopStrip, ID));
    }
  },
};
