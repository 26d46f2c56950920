import { describe, expect, it } from "vitest";
import { type NormalizeOptions, normalize } from "../src/index.ts";

/**
 * Golden cases, one or more per rule, each with the Unicode fact behind it. Expected outputs are
 * written by hand (escapes where a character is invisible), never generated.
 */
interface Case {
  rule: string;
  fact: string;
  options?: NormalizeOptions;
  input: string;
  expected: string;
}

const DISPLAY: Case[] = [
  // ---- NFC
  {
    rule: "nfc: alef + hamza above",
    fact: "U+0623 ≡ U+0627 U+0654 (canonical decomposition)",
    input: "ا\u0654ن",
    expected: "\u0623ن",
  },
  { rule: "nfc: waw + hamza above", fact: "U+0624 ≡ U+0648 U+0654", input: "مو\u0654من", expected: "م\u0624من" },
  { rule: "nfc: yeh + hamza above", fact: "U+0626 ≡ U+064A U+0654", input: "سي\u0654ل", expected: "س\u0626ل" },
  { rule: "nfc: alef + madda", fact: "U+0622 ≡ U+0627 U+0653", input: "ا\u0653خر", expected: "\u0622خر" },
  { rule: "nfc: alef + hamza below", fact: "U+0625 ≡ U+0627 U+0655", input: "ا\u0655ن", expected: "\u0625ن" },
  {
    rule: "nfc: composition across a lower-class vowel",
    fact: "KASRA (ccc 32) does not block HAMZA ABOVE (ccc 230)",
    input: "ي\u0650\u0654",
    expected: "\u0626\u0650",
  },
  {
    rule: "nfc: canonical order of marks",
    fact: "FATHA has ccc 30, SHADDA ccc 33: NFC puts FATHA first",
    input: "ب\u0651\u064E",
    expected: "ب\u064E\u0651",
  },
  {
    rule: "nfc: already ordered marks stay",
    fact: "KASRA (32) before SHADDA (33) is canonical",
    input: "ب\u0650\u0651",
    expected: "ب\u0650\u0651",
  },
  // ---- presentation forms
  {
    rule: "presentation: lam-alef with hamza above keeps the hamza",
    fact: "U+FEF7 ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE ISOLATED FORM ≈ U+0644 U+0623",
    input: "\uFEF7ن",
    expected: "لأن",
  },
  {
    rule: "presentation: lam-alef with madda keeps the madda",
    fact: "U+FEF5 ≈ U+0644 U+0622",
    input: "\uFEF5",
    expected: "لآ",
  },
  { rule: "presentation: lam-alef with hamza below", fact: "U+FEF9 ≈ U+0644 U+0625", input: "\uFEF9", expected: "لإ" },
  { rule: "presentation: plain lam-alef", fact: "U+FEFB ≈ U+0644 U+0627", input: "\uFEFB", expected: "لا" },
  {
    rule: "presentation: Allah ligature",
    fact: "U+FDF2 ARABIC LIGATURE ALLAH ISOLATED FORM: written out as the bare word",
    input: "\uFDF2",
    expected: "الله",
  },
  {
    rule: "presentation: contextual forms",
    fact: "U+FE91 BEH INITIAL, U+FEB4 SEEN MEDIAL, U+FEE2 MEEM FINAL",
    input: "\uFE91\uFEB4\uFEE2",
    expected: "بسم",
  },
  {
    rule: "presentation: sallallahou alayhe wasallam",
    fact: "U+FDFA ≈ صلى الله عليه وسلم (NFKC, with spaces)",
    input: "محمد \uFDFA",
    expected: "محمد صلى الله عليه وسلم",
  },
  {
    rule: "presentation: bismillah",
    fact: "U+FDFD has no decomposition; spelled out like CAMeL Tools",
    input: "\uFDFD",
    expected: "بسم الله الرحمن الرحيم",
  },
  {
    rule: "presentation: Farsi yeh final form is dotless",
    fact: "U+FBFD FARSI YEH FINAL FORM looks like ALEF MAKSURA",
    input: "ف\uFBFD",
    expected: "فى",
  },
  {
    rule: "presentation: Farsi yeh medial form is dotted",
    fact: "U+FBFF FARSI YEH MEDIAL FORM looks like YEH",
    input: "\uFBFF",
    expected: "ي",
  },
  {
    rule: "presentation: rial sign",
    fact: "U+FDFC RIAL SIGN ≈ ر ی ا ل (FARSI YEH medial -> YEH)",
    input: "\uFDFC",
    expected: "ريال",
  },
  {
    rule: "presentation: isolated shadda form",
    fact: "U+FE7C ARABIC SHADDA ISOLATED FORM ≈ U+0020 U+0651",
    input: "\uFE7C",
    expected: " \u0651",
  },
  // ---- invisible format characters
  {
    rule: "format: ZWSP removed without a space",
    fact: "U+200B ZERO WIDTH SPACE is Cf: it never separates words visibly",
    input: "كتاب\u200Bجديد",
    expected: "كتابجديد",
  },
  {
    rule: "format: bidi marks",
    fact: "U+200E LRM, U+200F RLM, U+061C ALM are Cf",
    input: "\u200Fالعدد\u061C 5\u200E",
    expected: "العدد 5",
  },
  {
    rule: "format: embeddings and isolates",
    fact: "U+202A–202E and U+2066–2069 are Cf bidi controls",
    input: "\u202Bنص\u202C \u2067نص\u2069",
    expected: "نص نص",
  },
  {
    rule: "format: BOM, word joiner, soft hyphen, ZWJ",
    fact: "U+FEFF, U+2060 and U+200D are Cf; U+00AD SOFT HYPHEN is invisible unless a line breaks",
    input: "\uFEFFمع\u00ADلو\u2060ما\u200Dت",
    expected: "معلومات",
  },
  {
    rule: "format: ZWNJ kept by default",
    fact: "U+200C ZERO WIDTH NON-JOINER is needed by Persian; the FARSI YEH before it is drawn in its final (dotless) form",
    input: "می\u200Cخواهم",
    expected: "مى\u200Cخواهم",
  },
  {
    rule: "format: ZWNJ removed on request",
    fact: "U+200C",
    options: { zwnj: "remove" },
    input: "ب\u200Cب",
    expected: "بب",
  },
  {
    rule: "format: switch off",
    fact: "formatChars: false keeps Cf characters",
    options: { formatChars: false },
    input: "ا\u200Fب",
    expected: "ا\u200Fب",
  },
  // ---- spaces
  {
    rule: "spaces: Unicode spaces to U+0020",
    fact: "U+00A0, U+2009, U+202F, U+3000, U+1680, TAB are spaces (Zs or Cc)",
    input: "ا\u00A0ب\u2009ج\u202Fد\u3000ه\u1680و\tز",
    expected: "ا ب ج د ه و ز",
  },
  {
    rule: "spaces: runs collapse",
    fact: "U+0020 U+00A0 U+2003 is one visual gap",
    input: "ا \u00A0\u2003ب",
    expected: "ا ب",
  },
  {
    rule: "spaces: leading and trailing spaces are kept collapsed, not trimmed",
    fact: "trimming would drop text the caller may need for offsets",
    input: "   ا   ",
    expected: " ا ",
  },
  {
    rule: "spaces: a removed invisible character does not split a run",
    fact: "U+200B between two spaces",
    input: "ا \u200B ب",
    expected: "ا ب",
  },
  {
    rule: "spaces: unify without collapsing",
    fact: "spaces: 'unify'",
    options: { spaces: "unify" },
    input: "ا\u00A0\u00A0ب",
    expected: "ا  ب",
  },
  {
    rule: "spaces: keep",
    fact: "spaces: 'keep'",
    options: { spaces: "keep" },
    input: "ا\u00A0 ب",
    expected: "ا\u00A0 ب",
  },
  // ---- line breaks
  {
    rule: "line breaks: CRLF, CR, LS, PS, NEL to LF",
    fact: "U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR, U+0085 NEXT LINE",
    input: "ا\r\nب\rج\u2028د\u2029ه\u0085و",
    expected: "ا\nب\nج\nد\nه\nو",
  },
  {
    rule: "line breaks: blank lines stay",
    fact: "CRLF CRLF is two line breaks",
    input: "ا\r\n\r\nب",
    expected: "ا\n\nب",
  },
  {
    rule: "line breaks: spaces around a break are not merged into it",
    fact: "a line break is not a space",
    input: "ا \r\n ب",
    expected: "ا \n ب",
  },
  // ---- Persian / Urdu look-alikes
  {
    rule: "look-alikes: keheh and swash kaf",
    fact: "U+06A9 KEHEH and U+06AA SWASH KAF look like U+0643 KAF",
    input: "کتاب ڪبير",
    expected: "كتاب كبير",
  },
  {
    rule: "look-alikes: Farsi yeh medial vs final",
    fact: "U+06CC FARSI YEH is dotted inside a word, dotless at its end",
    input: "یکی",
    expected: "يكى",
  },
  {
    rule: "look-alikes: Farsi yeh before marks at word end",
    fact: "marks after U+06CC do not change where the word ends",
    input: "فی\u064E ب",
    expected: "فى\u064E ب",
  },
  {
    rule: "look-alikes: Farsi yeh always to yeh",
    fact: "persianYeh: 'yeh'",
    options: { persianYeh: "yeh" },
    input: "یکی",
    expected: "يكي",
  },
  {
    rule: "look-alikes: letter E",
    fact: "U+06D0 ARABIC LETTER E (two vertical dots below)",
    input: "ېب",
    expected: "يب",
  },
  {
    rule: "look-alikes: heh family",
    fact: "U+06D5 AE, U+06C1 HEH GOAL, U+06BE HEH DOACHASHMEE look like U+0647 HEH",
    input: "ە ہ ھ",
    expected: "ه ه ه",
  },
  {
    rule: "look-alikes: teh marbuta family",
    fact: "U+06C0 HEH WITH YEH ABOVE, U+06C3 TEH MARBUTA GOAL are typed for U+0629 TEH MARBUTA",
    input: "مدرسۀ مدرسۃ",
    expected: "مدرسة مدرسة",
  },
  {
    rule: "look-alikes: switches off",
    fact: "persianKaf/persianHeh false, persianYeh 'keep'",
    options: { persianKaf: false, persianYeh: "keep", persianHeh: false },
    input: "کی ە",
    expected: "کی ە",
  },
  // ---- untouched
  {
    rule: "passthrough: Latin, emoji, CJK",
    fact: "only Arabic-script and whitespace rules apply",
    input: "Café 👋 中文 e\u0301",
    expected: "Café 👋 中文 e\u0301",
  },
  {
    rule: "passthrough: lone surrogates",
    fact: "U+D800 and U+DC00 alone are not valid UTF-16 but never throw",
    input: "\uD800ا\uDC00",
    expected: "\uD800ا\uDC00",
  },
  {
    rule: "passthrough: diacritics and hamza letters stay in display",
    fact: "display is lossless for a reader",
    input: "إِلَى المَدْرَسَةِ",
    expected: "إِلَى المَدْرَسَةِ",
  },
];

const FATIHA_1 = "بِسۡمِ ٱللَّهِ ٱلرَّحۡمَٰنِ ٱلرَّحِيمِ";

const SEARCH: Case[] = [
  {
    rule: "diacritics: harakat, tanween, shadda, sukun",
    fact: "U+064B–0652 are Mn",
    input: "كِتَابٌ مُهِمٌّ",
    expected: "كتاب مهم",
  },
  {
    rule: "diacritics: Quranic text",
    fact: "U+06E1 SMALL HIGH DOTLESS HEAD OF KHAH (Uthmani sukun), U+0670 SUPERSCRIPT ALEF, U+0671 ALEF WASLA",
    input: FATIHA_1,
    expected: "بسم الله الرحمن الرحيم",
  },
  {
    rule: "diacritics: Quranic annotation marks",
    fact: "U+0610–061A, U+06D6–06ED are Mn; U+06E5 SMALL WAW is Lm but acts as a vowel sign",
    input: "إِنَّهُۥ ذَٰلِكَ ۚ فِيهِۛ",
    expected: "انه ذلك  فيه".replace("  ", " "),
  },
  {
    rule: "diacritics: Arabic Extended-A marks",
    fact: "U+08F0 OPEN FATHATAN, U+08E4 CURLY FATHA are Mn",
    input: "ب\u08F0ت\u08E4",
    expected: "بت",
  },
  { rule: "tatweel", fact: "U+0640 ARABIC TATWEEL only stretches a word", input: "الجـــديد", expected: "الجديد" },
  {
    rule: "alef variants",
    fact: "U+0623 U+0625 U+0622 U+0671 U+0672 U+0673 -> U+0627",
    input: "أ إ آ ٱ ٲ ٳ",
    expected: "ا ا ا ا ا ا",
  },
  { rule: "alef maksura", fact: "U+0649 ALEF MAKSURA -> U+064A YEH", input: "على", expected: "علي" },
  { rule: "teh marbuta", fact: "U+0629 TEH MARBUTA -> U+0647 HEH", input: "مدرسة", expected: "مدرسه" },
  { rule: "waw with hamza", fact: "U+0624 -> U+0648 WAW", input: "مؤتمر", expected: "موتمر" },
  { rule: "yeh with hamza", fact: "U+0626 -> U+064A YEH", input: "رئيس", expected: "رييس" },
  {
    rule: "composed then folded",
    fact: "YEH + U+0654 composes to U+0626 (NFC), which folds to YEH",
    input: "ري\u0654يس",
    expected: "رييس",
  },
  { rule: "Farsi yeh at word end folds to yeh", fact: "U+06CC -> ALEF MAKSURA -> YEH", input: "علی", expected: "علي" },
  {
    rule: "digits to ASCII",
    fact: "U+0660–0669 ARABIC-INDIC and U+06F0–06F9 EXTENDED ARABIC-INDIC digits",
    input: "٢٠٢٤ ۱۴۰۳",
    expected: "2024 1403",
  },
  {
    rule: "punctuation to ASCII",
    fact: "U+060C ARABIC COMMA, U+061B SEMICOLON, U+061F QUESTION MARK, U+066A PERCENT, U+066B DECIMAL SEPARATOR, U+066C THOUSANDS SEPARATOR",
    input: "نعم، لا؛ لماذا؟ ٥٪ ٣٫٥ ١٬٠٠٠",
    expected: "نعم, لا; لماذا? 5% 3.5 1,000",
  },
  {
    rule: "quotes to ASCII",
    fact: "U+00AB/U+00BB guillemets, U+201C–201E curly quotes, U+2018/2019 single quotes",
    input: "«قال» “نعم” ‘لا’ l’Algérie",
    expected: '"قال" "نعم" \'لا\' l\'Algérie',
  },
  { rule: "ZWNJ removed", fact: "search removes U+200C", input: "می\u200Cخواهم", expected: "ميخواهم" },
  {
    rule: "switch off: alef",
    fact: "alef: false keeps hamza on alef",
    options: { preset: "search", alef: false },
    input: "أحمد",
    expected: "أحمد",
  },
  {
    rule: "switch off: teh marbuta",
    fact: "tehMarbuta: false",
    options: { preset: "search", tehMarbuta: false },
    input: "مدرسة",
    expected: "مدرسة",
  },
  {
    rule: "switch off: diacritics",
    fact: "diacritics: false keeps marks",
    options: { preset: "search", diacritics: false },
    input: "كَتَبَ",
    expected: "كَتَبَ",
  },
];

const DIGITS_AND_PUNCTUATION: Case[] = [
  {
    rule: "digits: Arabic-Indic",
    fact: "every decimal digit, whatever its script, becomes U+0660 + value",
    options: { digits: "arabic-indic" },
    input: "123 ۴۵۶ ٧٨٩",
    expected: "١٢٣ ٤٥٦ ٧٨٩",
  },
  {
    rule: "digits: Extended Arabic-Indic",
    fact: "U+06F0 + value",
    options: { digits: "extended" },
    input: "123 ٤٥٦",
    expected: "۱۲۳ ۴۵۶",
  },
  {
    rule: "digits: ASCII",
    fact: "U+0030 + value",
    options: { digits: "ascii" },
    input: "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹",
    expected: "01234567890123456789",
  },
  {
    rule: "punctuation: to Arabic",
    fact: "COMMA, SEMICOLON, QUESTION MARK, PERCENT -> Arabic forms",
    options: { punctuation: "arabic" },
    input: "نعم, لا; لماذا? 5%",
    expected: "نعم، لا؛ لماذا؟ 5٪",
  },
  {
    rule: "quotes: guillemets",
    fact: "straight double quotes open after a space or at the start, close elsewhere; “ -> «, ” -> »",
    options: { quotes: "guillemets" },
    input: '"قال" ("نعم") “لا”',
    expected: "«قال» («نعم») «لا»",
  },
  {
    rule: "quotes: guillemets keep single quotes (apostrophes)",
    fact: "U+2019 is also the apostrophe",
    options: { quotes: "guillemets" },
    input: "l’État",
    expected: "l’État",
  },
];

const CAMEL: Case[] = [
  {
    rule: "camel: dediac + alef + alef maksura + teh marbuta",
    fact: "AR_DIAC_CHARSET U+064B–0652 U+0670; alef class U+0625 U+0623 U+0671 U+0622",
    options: { preset: "camel" },
    input: "إِلَى المَدْرَسَةِ ٱلْكُبْرَى",
    expected: "الي المدرسه الكبري",
  },
  {
    rule: "camel: Quranic marks outside AR_DIAC_CHARSET stay",
    fact: "U+06E1 is not in AR_DIAC_CHARSET",
    options: { preset: "camel" },
    input: "بِسۡمِ",
    expected: "بس\u06E1م",
  },
  {
    rule: "camel: nothing else changes",
    fact: "tatweel, ZWJ, NBSP, Persian letters, presentation forms, ٲ, ؤ, ئ are kept",
    options: { preset: "camel" },
    input: "ـ\u200D\u00A0\u00A0ک\uFEFBٲؤئ\r\n",
    expected: "ـ\u200D\u00A0\u00A0ک\uFEFBٲؤئ\r\n",
  },
];

describe.each([
  ["display", DISPLAY, undefined],
  ["search", SEARCH, { preset: "search" } as NormalizeOptions],
  ["digits, punctuation, quotes", DIGITS_AND_PUNCTUATION, undefined],
  ["camel", CAMEL, undefined],
])("golden %s", (_name, cases, presetOptions) => {
  it.each(cases.map((c) => [c.rule, c] as const))("%s", (_rule, c) => {
    expect(normalize(c.input, c.options ?? presetOptions)).toBe(c.expected);
  });
});

describe("search on fully vocalized Quranic text", () => {
  it("leaves zero combining marks", () => {
    const quran = "بِسۡمِ ٱللَّهِ ٱلرَّحۡمَٰنِ ٱلرَّحِيمِ ٱلۡحَمۡدُ لِلَّهِ رَبِّ ٱلۡعَٰلَمِينَ ذَٰلِكَ ٱلۡكِتَٰبُ لَا رَيۡبَۛ فِيهِۛ هُدٗى لِّلۡمُتَّقِينَ ۖ إِنَّهُۥ مِن سُلَيۡمَٰنَ";
    const out = normalize(quran, { preset: "search" });
    expect(out).not.toMatch(/\p{M}/u);
    expect(out).toBe(
      "بسم الله الرحمن الرحيم الحمد لله رب العلمين ذلك الكتب لا ريب فيه هدي للمتقين  انه من سليمن".replace("  ", " "),
    );
  });
});
