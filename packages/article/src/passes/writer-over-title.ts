/**
 * Pass "writer-over-title": an opinion column's writer printed alone right above the title or its kicker.
 */
import type { Pass } from "../article-state.ts";
import { parseBylineLine } from "../bylines.ts";

const ID = "writer-over-title";

/**
 * A columnist's name alone right above the title (or its kicker), kept or taken for a menu item, is an author.
 *
 * @example
 * ```ts
 * writerOverTitlePass.run(state); // state.credits.authors: "سمير عطا الله" over the column's title
 * ```
 */
export const writerOverTitlePass: Pass = {
  id: ID,
  doc: "A columnist's name alone right above the title (or its kicker), kept or taken for a menu item, is an author.",
  run(state) {
    const { text, blocks, title, kicker, titleStartIndex, credits } = state;
    // an opinion column's writer alone right above the title (or its kicker), taken for a menu item
    const overTitle = titleStartIndex - (kicker && kicker.start < (title?.start ?? 0) ? 2 : 1);
    const nameLine = overTitle >= 0 && titleStartIndex > 0 ? blocks[overTitle] : undefined;
    // (not in the chrome around the article: a name under "رئيس التحرير" is the site's masthead)
    if (
      nameLine &&
      nameLine.text.length <= 40 &&
      nameLine.zone !== "outside" &&
      (!nameLine.boilerplate || nameLine.kind === "navigation")
    ) {
      const credit = parseBylineLine(text, nameLine.start, nameLine.end, { bareName: true });
      if (credit && credit.authors.length > 0 && !credit.source && !credit.dateline) credits.add(credit);
    }
  },
};
