import type { LineCounts } from "./line-shape.ts";
import type { ArticleStats } from "./types.ts";

/**
 * Reading speed of Arabic text in words per minute: 138 ± 20 wpm for adult native readers in the
 * standardized IReST test (Trauzettel-Klosinski et al., "Standardized Assessment of Reading
 * Performance: The New International Reading Speed Texts IReST", IOVS 53(9), 2012).
 */
export const ARABIC_WORDS_PER_MINUTE = 138;

/**
 * Sum word and letter counts over the body paragraphs into the article's stats.
 *
 * @param counts - one-pass counts of each body paragraph
 * @param wordsPerMinute - reading speed
 * @returns the stats
 */
export function computeStats(counts: readonly LineCounts[], wordsPerMinute: number): ArticleStats {
  let words = 0;
  let arabic = 0;
  let letters = 0;
  for (const c of counts) {
    words += c.words;
    arabic += c.arabic;
    letters += c.letters;
  }
  return {
    words,
    readingMinutes: words === 0 ? 0 : Math.ceil(words / wordsPerMinute),
    arabicRatio: letters === 0 ? 0 : Math.round((arabic / letters) * 1000) / 1000,
  };
}
