import { arabicLetterCounts, countWords } from "./line-shape.ts";
import type { ArticleStats, Span } from "./types.ts";

/**
 * Reading speed of Arabic text in words per minute: 138 ± 20 wpm for adult native readers in the
 * standardized IReST test (Trauzettel-Klosinski et al., "Standardized Assessment of Reading
 * Performance: The New International Reading Speed Texts IReST", IOVS 53(9), 2012).
 */
export const ARABIC_WORDS_PER_MINUTE = 138;

/**
 * Count words, reading time and the share of Arabic letters over body paragraphs.
 *
 * @param text - the page
 * @param paragraphs - body spans
 * @param wordsPerMinute - reading speed
 * @returns the stats
 */
export function computeStats(text: string, paragraphs: readonly Span[], wordsPerMinute: number): ArticleStats {
  let words = 0;
  let arabic = 0;
  let letters = 0;
  for (const p of paragraphs) {
    words += countWords(text, p.start, p.end);
    const counts = arabicLetterCounts(text, p.start, p.end);
    arabic += counts.arabic;
    letters += counts.letters;
  }
  return {
    words,
    readingMinutes: words === 0 ? 0 : Math.ceil(words / wordsPerMinute),
    arabicRatio: letters === 0 ? 0 : Math.round((arabic / letters) * 1000) / 1000,
  };
}
