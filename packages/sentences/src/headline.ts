/**
 * Longest line, in UTF-16 code units, read as headline-shaped when deciding whether `..`, `...` or `…`
 * ends a sentence.
 *
 * Evidence: Arabic news headlines use `..` and `...` as a soft separator between a topic and a clause
 * (`تحسباً لعيد الفطر.. بريد الجزائر يصدر بيانا هاما`, `منذ بدء العدوان.. إرتفاع حصيلة شهداء غزة`);
 * the headlines of the seed pages and of the hand-written gold set are 40-110 characters long, while
 * prose paragraphs run to several hundred. In a line at most this long an ellipsis never ends a
 * sentence; in a longer line it does when the next word may start a sentence.
 *
 * The rule depends only on the line's length, so it is stable when a sentence is split again: a
 * sentence's own line is never longer than the line it came from.
 *
 * @example
 * ```ts
 * HEADLINE_MAX_LENGTH; // 120
 * splitSentences("تحسباً لعيد الفطر.. بريد الجزائر يصدر بيانا").length; // 1
 * ```
 */
export const HEADLINE_MAX_LENGTH = 120;
