/**
 * Arabic number-scale words that stand between a number and its unit or currency
 * (`3 مليارات د.ج.`, `250 ألف د.ك.`, `5 ملايين ر.س.`): after one of them a unit abbreviation is read as
 * following a number, so it may end the sentence like `300 د.ج.` does.
 *
 * Source: the cardinal scale words of Modern Standard Arabic (ألف، مليون، مليار، بليون، تريليون) in
 * the singular, dual (nominative and oblique), accusative and plural forms that Arabic news writes
 * after a figure, as in the amounts of the seed pages and of `eval/gold.txt`.
 */
export const NUMBER_SCALE_WORDS: ReadonlySet<string> = new Set([
  "ألف",
  "ألفا",
  "ألفان",
  "ألفين",
  "آلاف",
  "مليون",
  "مليونا",
  "مليونان",
  "مليونين",
  "ملايين",
  "مليار",
  "مليارا",
  "ملياران",
  "مليارين",
  "مليارات",
  "بليون",
  "بلايين",
  "تريليون",
  "تريليونات",
]);

/** Longest word of {@link NUMBER_SCALE_WORDS}, in code units. */
export const LONGEST_NUMBER_SCALE_WORD = 9;
