/**
 * The exact code points of CAMeL Tools (github.com/CAMeL-Lab/camel_tools), for the `camel` preset:
 * - `dediac_ar` (camel_tools/utils/dediac.py) deletes `AR_DIAC_CHARSET` (camel_tools/utils/charsets.py):
 *   U+064B–U+0652 and U+0670;
 * - `normalize_alef_ar` (camel_tools/utils/normalize.py) maps U+0625 U+0623 U+0671 U+0622 to U+0627;
 * - `normalize_alef_maksura_ar` maps U+0649 to U+064A;
 * - `normalize_teh_marbuta_ar` maps U+0629 to U+0647.
 */
export const CAMEL_DIACRITICS: readonly number[] = [
  0x064b, 0x064c, 0x064d, 0x064e, 0x064f, 0x0650, 0x0651, 0x0652, 0x0670,
];

/** `normalize_alef_ar`'s character class `[\u0625\u0623\u0671\u0622]`. */
export const CAMEL_ALEFS: readonly number[] = [0x0625, 0x0623, 0x0671, 0x0622];
