/**
 * Longest line, in UTF-16 code units, read as headline-shaped when deciding whether `..`, `...` or `…`
 * ends a sentence.
 *
 * Evidence: Arabic news headlines use `..` and `...` as a soft separator between a topic and a clause
 * (`تحسباً لعيد الفطر.. بريد الجزائر يصدر بيانا هاما`, `منذ بدء العدوان.. إرتفاع حصيلة شهداء غزة`);
 * the headlines of the seed pages and of the hand-written gold set are 40-110 characters long, while
 * prose paragraphs run to several hundred, and short prose lines end with a full stop. In a line at
 * most this long with no full stop (`.` or `…` not followed by a digit) after the ellipsis, the
 * ellipsis never ends a sentence; elsewhere it does when the next word may start a sentence.
 *
 * The rule depends only on the line's length and on the full stops after the ellipsis, so it is
 * stable when a sentence is split again: a sentence's own line is never longer than the line it came
 * from, and every full stop it holds after the ellipsis is one the original line holds too.
 *
 * @example
 * ```ts
 * HEADLINE_MAX_LENGTH; // 120
 * splitSentences("تحسباً لعيد الفطر.. بريد الجزائر يصدر بيانا").length; // 1
 * ```
 */
export const HEADLINE_MAX_LENGTH = 120;
