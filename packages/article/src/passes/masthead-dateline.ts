/**
 * Pass "masthead-dateline": a "dateline" that repeats a masthead line above the title is the site's name ("هسبريس" on
 * top, then "هسبريس - محمد الراجي"): it becomes the source.
 */
import type { Pass } from "../article-state.ts";
import { lookupKey } from "../lookup-key.ts";

const ID = "masthead-dateline";

/**
 * A dateline that repeats a masthead line above the title names the site: it becomes the source.
 *
 * @example
 * ```ts
 * mastheadDatelinePass.run(state); // state.credits.source: "هسبريس", no dateline
 * ```
 */
export const mastheadDatelinePass: Pass = {
  id: ID,
  doc: "A dateline that repeats a masthead line above the title names the site: it becomes the source.",
  run(state) {
    const { blocks, credits, titleFirstBlock } = state;
    // a "dateline" that repeats a masthead line above the title is the site's name: the source
    // ("هسبريس" on top, then "هسبريس - محمد الراجي")
    if (credits.dateline && titleFirstBlock) {
      const place = lookupKey(credits.dateline.text);
      for (let i = 0; i < titleFirstBlock.index; i++) {
        const block = blocks[i]!;
        if (block.text.length <= 40 && lookupKey(block.text) === place) {
          credits.moveDatelineToSource();
          break;
        }
      }
    }
  },
};
