/**
 * Pass "labelled-captions": the caption under a caption label ("التعليق على الصورة،" / what the photo shows)
 * is the photo's, not the body's (see `core/labelled-caption.ts`).
 */
import { markLabelledCaptions } from "../core/labelled-caption.ts";
import { type Pass, recordDecisions, snapshotDecisions } from "../page-state.ts";

const ID = "labelled-captions";

/**
 * Decides `credit` / `caption:labelled` for the line right under each caption label.
 *
 * @example
 * ```ts
 * // "التعليق على الصورة،" / "متظاهرة تحمل لافتة في غلاسكو": the second line is a labelled caption
 * labelledCaptions.run(state);
 * ```
 */
export const labelledCaptions: Pass = {
  id: ID,
  doc: "The line under a caption label ('التعليق على الصورة،') is the photo's caption, not the body's.",
  run(state) {
    const before = snapshotDecisions(state);
    markLabelledCaptions(state.analyses, state.assigned);
    recordDecisions(state, before, ID);
  },
};
