/**
 * Character facts used by the normalizer's rules. Names are the Unicode character names
 * (UnicodeData.txt); the grouping and the replacements are nass decisions, documented in README.md.
 */

/** Unicode space separators (general category Zs) other than U+0020, plus TAB, VT and FF. */
export const SPACES: readonly number[] = [
  0x0009, // CHARACTER TABULATION
  0x000b, // LINE TABULATION
  0x000c, // FORM FEED
  0x00a0, // NO-BREAK SPACE
  0x1680, // OGHAM SPACE MARK
  0x2000, // EN QUAD
  0x2001, // EM QUAD
  0x2002, // EN SPACE
  0x2003, // EM SPACE
  0x2004, // THREE-PER-EM SPACE
  0x2005, // FOUR-PER-EM SPACE
  0x2006, // SIX-PER-EM SPACE
  0x2007, // FIGURE SPACE
  0x2008, // PUNCTUATION SPACE
  0x2009, // THIN SPACE
  0x200a, // HAIR SPACE
  0x202f, // NARROW NO-BREAK SPACE
  0x205f, // MEDIUM MATHEMATICAL SPACE
  0x3000, // IDEOGRAPHIC SPACE
];

/** Line separators other than LF and CR (which have their own handling: CRLF and CR become LF). */
export const LINE_BREAKS: readonly number[] = [
  0x0085, // NEXT LINE (NEL)
  0x2028, // LINE SEPARATOR
  0x2029, // PARAGRAPH SEPARATOR
];

/**
 * Invisible format characters (general category Cf, plus SOFT HYPHEN) removed by `formatChars`.
 * Removed without inserting a space: they never separate words. ZWNJ has its own switch.
 */
export const FORMAT_CHARS: readonly number[] = [
  0x00ad, // SOFT HYPHEN
  0x061c, // ARABIC LETTER MARK (ALM)
  0x180e, // MONGOLIAN VOWEL SEPARATOR
  0x200b, // ZERO WIDTH SPACE
  0x200d, // ZERO WIDTH JOINER
  0x200e, // LEFT-TO-RIGHT MARK
  0x200f, // RIGHT-TO-LEFT MARK
  0x202a, // LEFT-TO-RIGHT EMBEDDING
  0x202b, // RIGHT-TO-LEFT EMBEDDING
  0x202c, // POP DIRECTIONAL FORMATTING
  0x202d, // LEFT-TO-RIGHT OVERRIDE
  0x202e, // RIGHT-TO-LEFT OVERRIDE
  0x2060, // WORD JOINER
  0x2061, // FUNCTION APPLICATION
  0x2062, // INVISIBLE TIMES
  0x2063, // INVISIBLE SEPARATOR
  0x2064, // INVISIBLE PLUS
  0x2066, // LEFT-TO-RIGHT ISOLATE
  0x2067, // RIGHT-TO-LEFT ISOLATE
  0x2068, // FIRST STRONG ISOLATE
  0x2069, // POP DIRECTIONAL ISOLATE
  0x206a, // INHIBIT SYMMETRIC SWAPPING (deprecated)
  0x206b, // ACTIVATE SYMMETRIC SWAPPING (deprecated)
  0x206c, // INHIBIT ARABIC FORM SHAPING (deprecated)
  0x206d, // ACTIVATE ARABIC FORM SHAPING (deprecated)
  0x206e, // NATIONAL DIGIT SHAPES (deprecated)
  0x206f, // NOMINAL DIGIT SHAPES (deprecated)
  0xfeff, // ZERO WIDTH NO-BREAK SPACE (BOM)
];

/** ZERO WIDTH NON-JOINER: needed by Persian (می‌خواهم), so it has its own switch. */
export const ZWNJ = 0x200c;

/** ARABIC TATWEEL (kashida), a spacing letter used only to stretch words. */
export const TATWEEL = 0x0640;

/** Persian/Urdu letters that look like Arabic ones: KAF family. */
export const KAF_LOOKALIKES: ReadonlyArray<readonly [number, number]> = [
  [0x06a9, 0x0643], // ARABIC LETTER KEHEH (Persian kaf) -> ARABIC LETTER KAF
  [0x06aa, 0x0643], // ARABIC LETTER SWASH KAF -> ARABIC LETTER KAF
];

/**
 * Persian/Urdu letters that look like Arabic YEH. Their final and isolated forms have no dots
 * (they look like ALEF MAKSURA), their initial and medial forms look like YEH.
 */
export const YEH_LOOKALIKES: readonly number[] = [
  0x06cc, // ARABIC LETTER FARSI YEH
  0x06d0, // ARABIC LETTER E (Pashto/Uyghur; two vertical dots below)
];

/** Presentation forms of the YEH look-alikes whose glyph is final or isolated (dotless). */
export const YEH_LOOKALIKE_FINAL_FORMS: readonly number[] = [
  0xfbfc, // ARABIC LETTER FARSI YEH ISOLATED FORM
  0xfbfd, // ARABIC LETTER FARSI YEH FINAL FORM
  0xfbe4, // ARABIC LETTER E ISOLATED FORM
  0xfbe5, // ARABIC LETTER E FINAL FORM
];

/** Persian/Urdu letters that look like Arabic HEH or TEH MARBUTA. */
export const HEH_LOOKALIKES: ReadonlyArray<readonly [number, number]> = [
  [0x06d5, 0x0647], // ARABIC LETTER AE (Kurdish/Uyghur) -> ARABIC LETTER HEH
  [0x06c1, 0x0647], // ARABIC LETTER HEH GOAL (Urdu) -> ARABIC LETTER HEH
  [0x06be, 0x0647], // ARABIC LETTER HEH DOACHASHMEE (Urdu) -> ARABIC LETTER HEH
  [0x06c0, 0x0629], // ARABIC LETTER HEH WITH YEH ABOVE (final heh + mark, typed for TEH MARBUTA) -> ARABIC LETTER TEH MARBUTA
  [0x06c2, 0x0629], // ARABIC LETTER HEH GOAL WITH HAMZA ABOVE -> ARABIC LETTER TEH MARBUTA
  [0x06c3, 0x0629], // ARABIC LETTER TEH MARBUTA GOAL -> ARABIC LETTER TEH MARBUTA
];

/** ALEF variants written with a hamza, madda or wasla (all -> ARABIC LETTER ALEF U+0627). */
export const ALEF_VARIANTS: readonly number[] = [
  0x0623, // ARABIC LETTER ALEF WITH HAMZA ABOVE
  0x0625, // ARABIC LETTER ALEF WITH HAMZA BELOW
  0x0622, // ARABIC LETTER ALEF WITH MADDA ABOVE
  0x0671, // ARABIC LETTER ALEF WASLA
  0x0672, // ARABIC LETTER ALEF WITH WAVY HAMZA ABOVE
  0x0673, // ARABIC LETTER ALEF WITH WAVY HAMZA BELOW
];

export const ALEF = 0x0627;
export const ALEF_MAKSURA = 0x0649;
export const YEH = 0x064a;
export const TEH_MARBUTA = 0x0629;
export const HEH = 0x0647;
export const WAW_WITH_HAMZA = 0x0624;
export const WAW = 0x0648;
export const YEH_WITH_HAMZA = 0x0626;

/**
 * Canonical compositions of Arabic letters with a combining MADDA ABOVE (U+0653), HAMZA ABOVE
 * (U+0654) or HAMZA BELOW (U+0655), from the canonical decompositions in UnicodeData.txt:
 * [base, combining mark, composed].
 */
export const ARABIC_COMPOSITIONS: ReadonlyArray<readonly [number, number, number]> = [
  [0x0627, 0x0653, 0x0622], // ALEF + MADDA ABOVE = ALEF WITH MADDA ABOVE
  [0x0627, 0x0654, 0x0623], // ALEF + HAMZA ABOVE = ALEF WITH HAMZA ABOVE
  [0x0648, 0x0654, 0x0624], // WAW + HAMZA ABOVE = WAW WITH HAMZA ABOVE
  [0x0627, 0x0655, 0x0625], // ALEF + HAMZA BELOW = ALEF WITH HAMZA BELOW
  [0x064a, 0x0654, 0x0626], // YEH + HAMZA ABOVE = YEH WITH HAMZA ABOVE
  [0x06d5, 0x0654, 0x06c0], // AE + HAMZA ABOVE = HEH WITH YEH ABOVE
  [0x06c1, 0x0654, 0x06c2], // HEH GOAL + HAMZA ABOVE = HEH GOAL WITH HAMZA ABOVE
  [0x06d2, 0x0654, 0x06d3], // YEH BARREE + HAMZA ABOVE = YEH BARREE WITH HAMZA ABOVE
];

/**
 * Spacing small letters used as vowel signs in Quranic orthography (general category Lm, so not
 * combining marks): stripped with the diacritics.
 */
export const QURANIC_SMALL_LETTERS: readonly number[] = [
  0x06e5, // ARABIC SMALL WAW
  0x06e6, // ARABIC SMALL YEH
];

/** ASCII DIGIT ZERO, ARABIC-INDIC DIGIT ZERO, EXTENDED ARABIC-INDIC DIGIT ZERO: each run of ten is contiguous. */
export const DIGIT_ZERO = { ascii: 0x0030, "arabic-indic": 0x0660, extended: 0x06f0 } as const;

/** Arabic punctuation and its ASCII counterpart: [Arabic, ASCII]. */
export const ARABIC_PUNCTUATION: ReadonlyArray<readonly [number, number]> = [
  [0x060c, 0x002c], // ARABIC COMMA -> COMMA
  [0x061b, 0x003b], // ARABIC SEMICOLON -> SEMICOLON
  [0x061f, 0x003f], // ARABIC QUESTION MARK -> QUESTION MARK
  [0x066a, 0x0025], // ARABIC PERCENT SIGN -> PERCENT SIGN
];

/** Arabic punctuation mapped to ASCII only (the reverse would be ambiguous). */
export const ARABIC_PUNCTUATION_ONE_WAY: ReadonlyArray<readonly [number, number]> = [
  [0x066b, 0x002e], // ARABIC DECIMAL SEPARATOR -> FULL STOP
  [0x066c, 0x002c], // ARABIC THOUSANDS SEPARATOR -> COMMA
  [0x06d4, 0x002e], // ARABIC FULL STOP (Urdu) -> FULL STOP
  [0x2e41, 0x002c], // REVERSED COMMA -> COMMA
  [0x204f, 0x003b], // REVERSED SEMICOLON -> SEMICOLON
  [0x2e2e, 0x003f], // REVERSED QUESTION MARK -> QUESTION MARK
];

/** Double quotation marks; `open`/`close` tell which guillemet they become. */
export const DOUBLE_QUOTES: ReadonlyArray<readonly [number, "open" | "close" | "either"]> = [
  [0x0022, "either"], // QUOTATION MARK
  [0xff02, "either"], // FULLWIDTH QUOTATION MARK
  [0x201c, "open"], // LEFT DOUBLE QUOTATION MARK
  [0x201d, "close"], // RIGHT DOUBLE QUOTATION MARK
  [0x201e, "open"], // DOUBLE LOW-9 QUOTATION MARK
  [0x201f, "open"], // DOUBLE HIGH-REVERSED-9 QUOTATION MARK
  [0x00ab, "open"], // LEFT-POINTING DOUBLE ANGLE QUOTATION MARK
  [0x00bb, "close"], // RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
  [0x301d, "open"], // REVERSED DOUBLE PRIME QUOTATION MARK
  [0x301e, "close"], // DOUBLE PRIME QUOTATION MARK
  [0x301f, "close"], // LOW DOUBLE PRIME QUOTATION MARK
  [0x275d, "open"], // HEAVY DOUBLE TURNED COMMA QUOTATION MARK ORNAMENT
  [0x275e, "close"], // HEAVY DOUBLE COMMA QUOTATION MARK ORNAMENT
  [0x2e42, "open"], // DOUBLE LOW-REVERSED-9 QUOTATION MARK
];

/** Single quotation marks and apostrophes (-> APOSTROPHE in "ascii" mode; kept in "guillemets" mode). */
export const SINGLE_QUOTES: readonly number[] = [
  0x2018, // LEFT SINGLE QUOTATION MARK
  0x2019, // RIGHT SINGLE QUOTATION MARK
  0x201a, // SINGLE LOW-9 QUOTATION MARK
  0x201b, // SINGLE HIGH-REVERSED-9 QUOTATION MARK
  0x2039, // SINGLE LEFT-POINTING ANGLE QUOTATION MARK
  0x203a, // SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
  0xff07, // FULLWIDTH APOSTROPHE
  0x275b, // HEAVY SINGLE TURNED COMMA QUOTATION MARK ORNAMENT
  0x275c, // HEAVY SINGLE COMMA QUOTATION MARK ORNAMENT
];
