/**
 * Pass "body-lines": long unpunctuated lines with prose features (see `proseFeatures`) between paragraphs of
 * the body (one feature), or running on right after its last paragraph (two), are body lines of a site that
 * drops periods; bulleted points closed by a full stop between paragraphs are body lines too.
 */
import type { Pass } from "../page-state.ts";

/**
 * Marks such lines prose and moves `lastProse` down over them (it decides no block).
 *
 * @example
 * ```ts
 * // paragraph / "- تمديد ساعات العمل." / paragraph: the bullet point is prose
 * bodyLines.run(state);
 * ```
 */
export const bodyLines: Pass = {
  id: "body-lines",
  doc: "Unpunctuated lines with prose features and full-stop bullet points among (or right after) the body's paragraphs are prose.",
  run(state) {
    const { analyses, n, firstProse } = state;
    if (firstProse < 0) return;
    let lastProse = state.lastProse;
    for (let k = firstProse + 1; k < n; k++) {
      const a = analyses[k]!;
      // a short bulleted or numbered point closed by a full stop between paragraphs ("- تمديد ساعات العمل.")
      const point = k < lastProse && a.facts.marker > 0 && a.facts.end === "period" && !a.local && a.facts.words >= 2;
      if (point || (k < lastProse && a.proseFeatures >= 1) || (k === lastProse + 1 && a.proseFeatures >= 2)) {
        a.prose = true;
        if (k > lastProse) lastProse = k;
      }
    }
    state.lastProse = lastProse;
  },
};
