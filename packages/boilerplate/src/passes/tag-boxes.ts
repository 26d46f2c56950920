/**
 * Pass "tag-boxes": tag boxes printed one tag per line under a bare "الوسوم" / "Tags" label. A byline under
 * the tags ("إعداد: لي وانغ", "تحرير: ...") ends the box: it credits the article's writer, it is no tag.
 */
import { decide, type Pass } from "../page-state.ts";
import { REASONS } from "../reasons.ts";
import { isBareLabel } from "./shared.ts";

const ID = "tag-boxes";

/**
 * Decides `credit` / `tag` (and `credit:contributor` for a byline that ends the box).
 *
 * @example
 * ```ts
 * // "الوسوم" / "اقتصاد" / "النفط": the last two lines are tags
 * tagBoxes.run(state);
 * ```
 */
export const tagBoxes: Pass = {
  id: ID,
  doc: "Tags printed one per line under a bare 'الوسوم' / 'Tags' label; a byline under them ends the box.",
  run(state) {
    const { analyses, blocks, assigned, n } = state;
    for (let k = 0; k < n; k++) {
      if (analyses[k]!.local?.reason !== REASONS.tagsLabel || !isBareLabel(blocks[k]!.text)) continue;
      let m = k + 1;
      while (m < n && !analyses[m]!.local && !analyses[m]!.prose && !assigned[m] && analyses[m]!.facts.words <= 4) {
        if (analyses[m]!.byline) {
          decide(state, m, "credit", REASONS.contributor, ID);
          break;
        }
        decide(state, m, "credit", REASONS.tag, ID);
        m++;
      }
    }
  },
};
