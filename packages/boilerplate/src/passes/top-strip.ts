/**
 * Pass "top-strip": a "top stories" strip: two or more headline-shaped lines right under the menu, then a
 * section name that repeats a menu item (or is made of section words) right above the title: the headlines
 * above the section name are a list, not the title and its decks.
 */
import type { Pass } from "../page-state.ts";
import { REASONS } from "../reasons.ts";
import { headlineLike, markBareList, menuLike } from "./shared.ts";

const ID = "top-strip";

/**
 * Decides `list-item` / `list-item:top-strip` and adds the strip to the lists.
 *
 * @example
 * ```ts
 * // menu / headline / headline / "اقتصاد" / title / lead: the two headlines are a list
 * topStrip.run(state);
 * ```
 */
export const topStrip: Pass = {
  id: ID,
  doc: "Headlines under the menu, above a section name that repeats a menu item right above the title, are a list.",
  run(state) {
    const { analyses, blocks, assigned, titleGuard, bodyStart } = state;
    if (titleGuard < 3 || titleGuard >= bodyStart) return;
    const label = titleGuard - 1;
    const la = analyses[label]!;
    const labelText = blocks[label]!.text;
    if (la.local || assigned[label] || la.prose || la.facts.words > 2 || la.facts.digits !== 0) return;
    let top = label;
    while (top > 0 && headlineLike(analyses[top - 1]!) && !assigned[top - 1]) top--;
    const menuAbove = top > 0 && (assigned[top - 1]?.kind === "navigation" || menuLike(analyses, top - 1));
    let repeatsMenu = la.menuWords;
    for (let k = 0; k < top && !repeatsMenu; k++) {
      repeatsMenu = blocks[k]!.text === labelText && (assigned[k]?.kind === "navigation" || menuLike(analyses, k));
    }
    if (label - top >= 2 && menuAbove && repeatsMenu) {
      state.lists.push(markBareList(state, top, label, REASONS.topStrip, ID));
    }
  },
};
