/**
 * Pass "menu-columns": menus printed one item per line: section names next to other menu lines, outside
 * the body.
 */
import { decide, type Pass } from "../page-state.ts";
import { REASONS } from "../reasons.ts";
import { menuLike } from "./shared.ts";

const ID = "menu-columns";

/**
 * Decides `navigation` / `nav:menu-column`.
 *
 * @example
 * ```ts
 * // "اقتصاد" / "رياضة" / "ثقافة" above the title: three menu-column lines
 * menuColumns.run(state);
 * ```
 */
export const menuColumns: Pass = {
  id: ID,
  doc: "Section names printed one per line next to other menu lines, outside the body, are a menu column.",
  run(state) {
    const { analyses, n, firstProse, lastProse } = state;
    for (let k = 0; k < n; k++) {
      const a = analyses[k]!;
      if (!a.menuWords || (k > firstProse && k < lastProse)) continue;
      if (menuLike(analyses, k - 1) || menuLike(analyses, k + 1))
        decide(state, k, "navigation", REASONS.menuColumn, ID);
    }
  },
};
