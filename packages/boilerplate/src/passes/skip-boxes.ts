/**
 * Pass "skip-boxes": boxes a skip link jumps over ("تخطى قصص مقترحة وواصل القراءة" ... "قصص مقترحة نهاية")
 * are an insert, never the article's (see `core/skip-box.ts`).
 */
import { markSkipBoxes } from "../core/skip-box.ts";
import { type Pass, recordDecisions, snapshotDecisions } from "../page-state.ts";

const ID = "skip-boxes";

/**
 * Decides `widget` / `insert:skipped-box` for the skip link, its end marker and the lines between them that
 * no earlier pass named.
 *
 * @example
 * ```ts
 * // "تخطى يستحق الانتباه وواصل القراءة" / "يستحق الانتباه" / "شرح معمق ..." / "يستحق الانتباه نهاية"
 * skipBoxes.run(state); // all four lines: widget insert:skipped-box
 * ```
 */
export const skipBoxes: Pass = {
  id: ID,
  doc: "The lines between a skip link and its end marker ('تخطى ... وواصل القراءة' ... '... نهاية') are an insert.",
  run(state) {
    const before = snapshotDecisions(state);
    markSkipBoxes(state.blocks, state.assigned);
    recordDecisions(state, before, ID);
  },
};
