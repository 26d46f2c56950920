/**
 * Pass "unlabelled-tags": right after the last paragraph, a run of two or more short noun phrases (one to
 * three words, no function word, no punctuation) that ends at page chrome is a tag box without its label. A
 * single line there is left alone: it may be the author's name, which the article parser reads.
 */
import { opensWithRole } from "../bio-role.ts";
import { type Decision, decide, type Pass } from "../page-state.ts";
import { REASONS } from "../reasons.ts";

const ID = "unlabelled-tags";

/** A block already assigned a removed kind. */
function isChrome(given: Decision | null | undefined): boolean {
  return given !== null && given !== undefined && given.kind !== "heading" && given.kind !== "content";
}

/**
 * Decides `credit` / `tags:unlabelled`.
 *
 * @example
 * ```ts
 * // ... last paragraph / "النفط" / "أوبك" / "الأكثر قراءة": the two noun phrases are tags
 * unlabelledTags.run(state);
 * ```
 */
export const unlabelledTags: Pass = {
  id: ID,
  doc: "Two or more short noun phrases right after the last paragraph, ended by chrome, are tags without a label.",
  run(state) {
    const { analyses, blocks, assigned, n, lastProse } = state;
    if (lastProse < 0) return;
    let m = lastProse + 1;
    while (
      m < n &&
      !assigned[m] &&
      analyses[m]!.nounPhrase &&
      !/[:：|]/u.test(blocks[m]!.text) &&
      !opensWithRole(blocks[m]!.text)
    )
      m++;
    const closedByChrome = m < n && (analyses[m]!.local !== null || isChrome(assigned[m]));
    if (m - (lastProse + 1) >= 2 && closedByChrome) {
      for (let k = lastProse + 1; k < m; k++) decide(state, k, "credit", REASONS.unlabelledTags, ID);
    }
  },
};
