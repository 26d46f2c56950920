// The metric of the real-page evaluation, in one place: bag-of-whitespace-tokens precision, recall and F1,
// and the title comparison, exactly as ../shared/realpages/score.mjs computes them. Used by
// tools/eval-pages.mjs and by the packages' real-page tests.

/** Whitespace tokens of a text. @param {string} s @returns {string[]} */
export const tokens = (s) => s.split(/\s+/).filter(Boolean);

/**
 * Bag-of-tokens precision, recall and F1 of `pred` against `gold`.
 * @param {string[]} pred @param {string[]} gold @returns {{ p: number, r: number, f: number }}
 */
export function prf(pred, gold) {
  const bag = new Map();
  for (const t of gold) bag.set(t, (bag.get(t) ?? 0) + 1);
  let tp = 0;
  for (const t of pred) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      tp++;
      bag.set(t, n - 1);
    }
  }
  const p = pred.length ? tp / pred.length : 0;
  const r = gold.length ? tp / gold.length : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** A title as compared: whitespace collapsed, edge quotes, colons, bars, dashes and dots off. @param {string | null | undefined} s */
export const tidy = (s) =>
  (s ?? "")
    .replace(/\s+/g, " ")
    .replace(/^[\s"'«»“”„:|-]+|[\s"'«»“”„:|.-]+$/gu, "")
    .trim();
