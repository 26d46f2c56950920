/**
 * Pass "chrome-bylines": bylines above the body the chrome classifier removed: a "كتب: ..." line taken for a photo
 * credit, an opinion column's name over "كاتب صحفي" taken for a menu.
 */
import type { Pass } from "../article-state.ts";
import { nameAboveRoleLine, parseBylineLine } from "../bylines.ts";

const ID = "chrome-bylines";

/**
 * Bylines above the body that the chrome classifier took for credits or menus, and a name over its role line.
 *
 * @example
 * ```ts
 * chromeBylinesPass.run(state); // state.credits.authors: the writer of "كتب: محمد علي" removed as a credit
 * ```
 */
export const chromeBylinesPass: Pass = {
  id: ID,
  doc: "Bylines above the body that the chrome classifier took for credits or menus, and a name over its role line.",
  run(state) {
    const { text, blocks, credits, firstBodyIndex } = state;
    // bylines the chrome classifier took for credits ("كتب: ..." as a photo credit)
    for (let i = 0; i < firstBodyIndex; i++) {
      const block = blocks[i]!;
      if (block.boilerplate && block.kind === "credit") {
        credits.add(parseBylineLine(text, block.start, block.end, { knownPlace: true }));
      }
      // an opinion column's "NAME" then "كاتب صحفي" (the chrome classifier may take them for a menu)
      // (not in the chrome around the article: "رئيس التحرير" / a name is the site's masthead)
      if (i > 0 && block.text.length <= 40 && block.zone !== "outside") {
        credits.add(nameAboveRoleLine(text, blocks[i - 1]!, block));
      }
    }
  },
};
