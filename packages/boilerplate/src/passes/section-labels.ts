/**
 * Pass "section-labels": a one-word section name wedged between two chrome lines above the title, not right
 * above the title or its kicker ("آخر الأخبار" / "سياسي" / "عاجل"): a ticker's or menu's section tag, not the
 * story's.
 */
import { decide, type Pass } from "../page-state.ts";
import { REASONS } from "../reasons.ts";
import { isChromeKind } from "./shared.ts";

const ID = "section-labels";

/**
 * Decides `navigation` / `nav:section-label`.
 *
 * @example
 * ```ts
 * // "آخر الأخبار" / "سياسي" / "عاجل" / ... / title: "سياسي" is a section label
 * sectionLabels.run(state);
 * ```
 */
export const sectionLabels: Pass = {
  id: ID,
  doc: "A one-word section name wedged between two chrome lines above the title is a menu's or ticker's section tag.",
  run(state) {
    const { analyses, assigned, titleGuard } = state;
    for (let k = 1; k + 1 < titleGuard - 1; k++) {
      const a = analyses[k]!;
      if (!a.menuWords || a.facts.words !== 1 || assigned[k]) continue;
      const before = assigned[k - 1] ?? analyses[k - 1]!.local;
      const after = assigned[k + 1] ?? analyses[k + 1]!.local;
      if (before && after && isChromeKind(before.kind) && isChromeKind(after.kind))
        decide(state, k, "navigation", REASONS.sectionLabel, ID);
    }
  },
};
