/**
 * Prose-likeness of one block on its own, the weight the article-core search sums: positive for a
 * sentence of running text, negative for chrome, headlines, menus and labels. Computed once per block.
 */
import type { BlockAnalysis } from "../analyze-block.ts";

/** Fewest words of a colon-ended line that counts as prose ("... وتشمل الإجراءات ما يلي:"). */
const MIN_COLON_SENTENCE_WORDS = 12;
/** Fewest words of a full-stop sentence that counts as prose for the core. */
const MIN_SENTENCE_WORDS = 5;
/** Fewest words of an unpunctuated line that reads like running text and costs nothing. */
const NEUTRAL_MIN_WORDS = 10;
/** Cost of any line that is not prose: a menu item, a label, a headline. */
const LINE_COST = 1;
/** Extra cost of a line a chrome cue names (menu, list heading, share row, ...). */
const CUE_COST = 2;
/** The cost of a headline grows with its words up to this many. */
const MAX_COSTED_WORDS = 14;

/** Two dots between words ("الأهلي يفوز.. والزمالك يتعثر"): the clause joint of Arabic news headlines. */
export function hasHeadlineDots(text: string): boolean {
  const at = text.indexOf("..");
  return at > 0 && at < text.length - 3;
}

/**
 * The weight of a block in the article-core search (see `locateCore`).
 *
 * - a sentence (a full stop and five words or more, or a colon and twelve): +words; two to four words and
 *   a full stop: 0;
 * - a long line without final punctuation (over `headlineMaxWords` words, not a headline with ".." joints): +words/2,
 *   or +words when it ends with a question mark (a long question is an interviewer's, not a headline);
 * - an unpunctuated line of 13 to 20 words with two prose features (see `BlockAnalysis.proseFeatures`): +words/2;
 * - an unpunctuated line of ten words or more with a comma or function words: 0;
 * - a line cut with "..." (a teaser, or an aggregator's cut summary): 0 when it reads like running text (longer
 *   than `headlineMaxWords`, or ten words with a comma or function words), else −(1 + words/2) like a headline;
 * - anything else: −(1 + words/2) (headlines cost more than menu items), a chrome cue −2 more.
 *
 * @param a - the block's analysis
 * @param text - the block's text
 * @param headlineMaxWords - unpunctuated lines longer than this are prose (the `headlineMaxWords` option, 20)
 * @param heading - weigh the block as a headline whatever its shape: it comes from a heading element (`h1`..`h6`,
 *   from an HTML front end), or it is a Latin line on an Arabic page
 * @returns the weight (a number of words)
 * @example
 * ```ts
 * scoreBlock(analyzeBlock("وقال الوزير إن الحكومة ستطلق برنامجا جديدا.", ...), text, 20); // 8
 * ```
 */
export function scoreBlock(a: BlockAnalysis, text: string, headlineMaxWords: number, heading = false): number {
  const f = a.facts;
  const words = f.words - (f.marker > 0 ? 1 : 0);
  const cost = -(LINE_COST + Math.min(words, MAX_COSTED_WORDS) / 2);
  // a chrome phrase inside a prose-shaped line ("... جميع الحقوق محفوظة ...") is content only inside the body
  if (a.local) return a.soft ? -LINE_COST : cost - CUE_COST;
  if (heading) return cost;
  if (a.byline) return cost;
  // a colon ends a sentence leading into a quote or a list; a shorter line is a kicker or a label
  if (f.end === "colon" && words >= MIN_COLON_SENTENCE_WORDS) return words;
  if (f.end === "period") {
    if (words >= MIN_SENTENCE_WORDS) return words;
    // a short sentence ("وأضاف: شكرا.") costs nothing: it stays in the body it closes
    if (words >= 2) return 0;
  }
  // a line cut with "..." or "…" is a teaser (a related story's first lines, under its headline) or the last
  // line of a summary an aggregator cut: a long one costs nothing, so it only joins a body it directly ends
  if (f.end === "ellipsis") {
    const running = words > headlineMaxWords || (words >= NEUTRAL_MIN_WORDS && (a.prose || f.commas > 0));
    return running ? 0 : cost;
  }
  if (words > headlineMaxWords && !hasHeadlineDots(text)) return f.end === "question" ? words : words / 2;
  // 13 to 20 words without final punctuation but with a comma, function words or a verb opener: running text
  if (a.proseFeatures >= 2 && !hasHeadlineDots(text)) return words / 2;
  // a shorter unpunctuated line that reads like running text (a comma, or function words): neutral, as it may be
  // a body line of a site that drops periods or a long headline
  if (words >= NEUTRAL_MIN_WORDS && (a.prose || f.commas > 0 || a.proseFeatures > 0) && !hasHeadlineDots(text)) {
    return 0;
  }
  return cost;
}
