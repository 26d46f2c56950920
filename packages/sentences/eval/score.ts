/** Precision, recall and F1 of predicted boundaries against gold ones. */
export interface Score {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/**
 * Score sentence boundaries. A boundary is the end offset of a sentence, trailing whitespace
 * excluded; the end of the text is not a boundary (every splitter finds it).
 *
 * @param gold - gold end offsets
 * @param predicted - predicted end offsets
 * @param textLength - length of the text (its end is dropped from both sides)
 * @param only - when given, score only gold and predicted boundaries this predicate keeps
 */
export function scoreBoundaries(
  gold: readonly number[],
  predicted: readonly number[],
  textLength: number,
  only: (offset: number) => boolean = () => true,
): Score {
  const g = new Set(gold.filter((o) => o < textLength && only(o)));
  const p = new Set(predicted.filter((o) => o < textLength && only(o)));
  let tp = 0;
  for (const o of p) if (g.has(o)) tp++;
  const fp = p.size - tp;
  const fn = g.size - tp;
  const precision = p.size === 0 ? 0 : tp / p.size;
  const recall = g.size === 0 ? 0 : tp / g.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives: tp, falsePositives: fp, falseNegatives: fn };
}

/** End offsets of `Intl.Segmenter` sentences, trailing whitespace excluded. */
export function intlSegmenterEnds(text: string, locale = "ar"): number[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: "sentence" });
  const ends: number[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const trimmed = segment.trimEnd();
    if (trimmed.trim().length > 0) ends.push(index + trimmed.length);
  }
  return ends;
}
