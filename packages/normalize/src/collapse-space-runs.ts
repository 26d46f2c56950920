/** Two or more U+0020 in a row (linear: no nested quantifier, one character class). */
const SPACE_RUN = / {2,}/g;

/**
 * Replace every run of U+0020 SPACE in `text` with one space. The pass without the offset map
 * writes collapsing spaces as plain copies and leaves their runs to this native scan, which costs
 * less than a test per unit in the hot loop; the result is the same as collapsing while writing,
 * since every space the pass writes collapses when `spaces` is `"collapse"`.
 */
export function collapseSpaceRuns(text: string): string {
  return text.indexOf("  ") === -1 ? text : text.replace(SPACE_RUN, " ");
}
