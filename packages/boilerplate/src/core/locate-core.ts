/**
 * Where the article is: the contiguous run of blocks with the largest summed prose weight (the
 * maximum-sum window of body-text extraction, Finn et al. 2001, over lines instead of tokens), found in
 * one linear pass (Kadane). Headlines, labels and short inserts inside the article cost a little and stay
 * inside it; menus, headline strips and footers around it cost more than they could bring.
 */

/** The article core: blocks `[start, end)` of the page. */
export interface CoreRange {
  /** first block of the core (a prose block) */
  start: number;
  /** one past the last block of the core (a prose block) */
  end: number;
  /** the core's summed weight */
  weight: number;
}

/** A page whose best run weighs less than this (in words of prose) has no article core. */
export const MIN_CORE_WEIGHT = 12;

/**
 * The maximum-sum contiguous run of block weights.
 *
 * @param weights - one weight per block (see `scoreBlock`)
 * @returns the run, or null when no run reaches {@link MIN_CORE_WEIGHT}
 * @example
 * ```ts
 * locateCore([-2, -2, 30, -3, 25, -6, -6]); // { start: 2, end: 5, weight: 52 }
 * ```
 */
export function locateCore(weights: readonly number[]): CoreRange | null {
  let best = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  for (let k = 0; k < weights.length; k++) {
    const w = weights[k]!;
    if (sum <= 0) {
      sum = 0;
      start = k;
    }
    sum += w;
    // a zero-weight line right after the best run (running text that is neither prose nor chrome) joins it
    if (sum > best || (w === 0 && bestEnd === k && sum > 0)) {
      best = sum;
      bestStart = start;
      bestEnd = k + 1;
    }
  }
  if (bestStart < 0 || best < MIN_CORE_WEIGHT) return null;
  return { start: bestStart, end: bestEnd, weight: best };
}
