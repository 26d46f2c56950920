/**
 * The built-in abbreviation table: words written with a final dot that does not end a sentence.
 *
 * Sources of the facts (each entry's `source` field names one of these):
 * - `ar-press`: abbreviations in Arabic news style guides and everyday Arabic press usage
 *   (titles د. for دكتور, أ. for أستاذ, م. for مهندس; dates هـ. for هجري, م. for ميلادي, ق.م. for قبل الميلاد;
 *   addresses ص.ب. for صندوق بريد, ت. for تليفون/هاتف, ش. for شارع; companies ش.م.م. for شركة محدودة المسؤولية;
 *   currencies د.ك. for دينار كويتي, ج.م. for جنيه مصري, ر.س. for ريال سعودي, د.إ. for درهم إماراتي).
 * - `ar-agency`: news agency credit lines as printed in Arabic papers (أ.ف.ب. = وكالة الصحافة الفرنسية,
 *   أ.ب. = أسوشيتد برس, د.ب.أ. = الوكالة الألمانية, و.م.ع. = وكالة المغرب العربي للأنباء).
 * - `en-style`: English abbreviations listed in common style guides (AP, Chicago) and used by the
 *   Punkt / pySBD English abbreviation lists (Dr. Mr. Mrs. Ph.D. U.S. etc. e.g. i.e. vs. No. Inc. Ltd. Jr. St.).
 * - `fr-style`: French abbreviations seen in Maghreb press chrome (M. Mme. Dr. av. bd. p.).
 */

/**
 * How an abbreviation behaves before a following word.
 *
 * - `"title"`: never ends a sentence when a word follows (Dr. Smith, د. أحمد, e.g. this).
 * - `"number"`: does not end a sentence when a number follows (No. 5, p. 12); otherwise behaves like an
 *   ordinary word.
 * - `"unit"`: after a number it is a unit or era that may end the sentence (عام 1990 م. وقال: two
 *   sentences); elsewhere it is a title or initial (م. محمد: one sentence).
 * - `"final"`: may end a sentence (etc., Inc., إلخ.): splits unless the next word starts with a
 *   lower-case Latin letter or a comma, semicolon or colon follows (like any word without a row).
 *
 * @example
 * ```ts
 * abbreviations.find((a) => a.text === "هـ.")?.kind; // "unit"
 * ```
 */
export type AbbreviationKind = "title" | "number" | "unit" | "final";

/**
 * One row of the abbreviation table.
 *
 * @example
 * ```ts
 * const row: Abbreviation | undefined = abbreviations.find((a) => a.text === "أ.د.");
 * // { text: "أ.د.", kind: "title", meaning: "أستاذ دكتور (Prof. Dr.)", source: "ar-press" }
 * ```
 */
export interface Abbreviation {
  /** the abbreviation as written, with its final dot: `"د."`, `"Ph.D."` */
  readonly text: string;
  /** how it behaves before the next word (see {@link AbbreviationKind}) */
  readonly kind: AbbreviationKind;
  /** what it stands for */
  readonly meaning: string;
  /** where the fact comes from (see the module comment) */
  readonly source: "ar-press" | "ar-agency" | "en-style" | "fr-style";
}

const rows: Abbreviation[] = [
  // Arabic titles and initials (ar-press)
  { text: "د.", kind: "unit", meaning: "دكتور (Dr.); after a number: دينار", source: "ar-press" },
  { text: "أ.", kind: "title", meaning: "أستاذ (professor, Mr.)", source: "ar-press" },
  { text: "أ.د.", kind: "title", meaning: "أستاذ دكتور (Prof. Dr.)", source: "ar-press" },
  {
    text: "م.",
    kind: "unit",
    meaning: "مهندس (engineer); after a number: ميلادي (AD) or متر (metre)",
    source: "ar-press",
  },
  { text: "هـ.", kind: "unit", meaning: "هجري (AH)", source: "ar-press" },
  { text: "ه.", kind: "unit", meaning: "هجري (AH), written without tatweel", source: "ar-press" },
  { text: "ق.م.", kind: "unit", meaning: "قبل الميلاد (BC)", source: "ar-press" },
  { text: "ص.", kind: "unit", meaning: "صفحة (page); after a time: صباحا (a.m.)", source: "ar-press" },
  { text: "ج.", kind: "unit", meaning: "جزء (volume), جامعة; after a number: جنيه", source: "ar-press" },
  { text: "ص.ب.", kind: "title", meaning: "صندوق بريد (P.O. Box)", source: "ar-press" },
  { text: "إلخ.", kind: "final", meaning: "إلى آخره (etc.)", source: "ar-press" },
  { text: "الخ.", kind: "final", meaning: "إلى آخره (etc.), written without hamza", source: "ar-press" },
  { text: "ت.", kind: "title", meaning: "تليفون/هاتف (tel.), توفي (died)", source: "ar-press" },
  { text: "ش.", kind: "title", meaning: "شارع (street)", source: "ar-press" },
  { text: "ش.م.م.", kind: "title", meaning: "شركة محدودة المسؤولية (LLC)", source: "ar-press" },
  { text: "ش.م.ع.", kind: "title", meaning: "شركة مساهمة عامة (public company)", source: "ar-press" },
  { text: "د.ك.", kind: "unit", meaning: "دينار كويتي (Kuwaiti dinar)", source: "ar-press" },
  { text: "ج.م.", kind: "unit", meaning: "جنيه مصري (Egyptian pound)", source: "ar-press" },
  { text: "ج.م.ع.", kind: "title", meaning: "جمهورية مصر العربية (Arab Republic of Egypt)", source: "ar-press" },
  { text: "ر.س.", kind: "unit", meaning: "ريال سعودي (Saudi riyal)", source: "ar-press" },
  { text: "د.إ.", kind: "unit", meaning: "درهم إماراتي (UAE dirham)", source: "ar-press" },
  { text: "د.ج.", kind: "unit", meaning: "دينار جزائري (Algerian dinar)", source: "ar-press" },
  { text: "كلم.", kind: "unit", meaning: "كيلومتر (km)", source: "ar-press" },
  { text: "كم.", kind: "unit", meaning: "كيلومتر (km)", source: "ar-press" },
  { text: "سم.", kind: "unit", meaning: "سنتيمتر (cm)", source: "ar-press" },
  { text: "كغ.", kind: "unit", meaning: "كيلوغرام (kg)", source: "ar-press" },
  { text: "مج.", kind: "number", meaning: "مجلد (volume)", source: "ar-press" },
  { text: "ط.", kind: "unit", meaning: "طبعة (edition)", source: "ar-press" },
  { text: "س.", kind: "unit", meaning: "ساعة (hour); سؤال (question)", source: "ar-press" },
  { text: "تح.", kind: "title", meaning: "تحقيق (edited by)", source: "ar-press" },
  { text: "مم.", kind: "unit", meaning: "مليمتر (mm)", source: "ar-press" },
  // Agency credits (ar-agency)
  { text: "أ.ف.ب.", kind: "title", meaning: "وكالة الصحافة الفرنسية (AFP)", source: "ar-agency" },
  { text: "أ.ب.", kind: "title", meaning: "أسوشيتد برس (AP)", source: "ar-agency" },
  { text: "د.ب.أ.", kind: "title", meaning: "الوكالة الألمانية للأنباء (dpa)", source: "ar-agency" },
  { text: "و.م.ع.", kind: "title", meaning: "وكالة المغرب العربي للأنباء (MAP)", source: "ar-agency" },
  { text: "ق.ن.أ.", kind: "title", meaning: "وكالة الأنباء القطرية (QNA)", source: "ar-agency" },
  // English (en-style)
  { text: "Dr.", kind: "title", meaning: "Doctor", source: "en-style" },
  { text: "Mr.", kind: "title", meaning: "Mister", source: "en-style" },
  { text: "Mrs.", kind: "title", meaning: "Missus", source: "en-style" },
  { text: "Ms.", kind: "title", meaning: "Miz", source: "en-style" },
  { text: "Prof.", kind: "title", meaning: "Professor", source: "en-style" },
  { text: "Gen.", kind: "title", meaning: "General", source: "en-style" },
  { text: "Col.", kind: "title", meaning: "Colonel", source: "en-style" },
  { text: "Lt.", kind: "title", meaning: "Lieutenant", source: "en-style" },
  { text: "Capt.", kind: "title", meaning: "Captain", source: "en-style" },
  { text: "Sgt.", kind: "title", meaning: "Sergeant", source: "en-style" },
  { text: "Sen.", kind: "title", meaning: "Senator", source: "en-style" },
  { text: "Rep.", kind: "title", meaning: "Representative", source: "en-style" },
  { text: "Gov.", kind: "title", meaning: "Governor", source: "en-style" },
  { text: "Pres.", kind: "title", meaning: "President", source: "en-style" },
  { text: "Rev.", kind: "title", meaning: "Reverend", source: "en-style" },
  { text: "Hon.", kind: "title", meaning: "Honourable", source: "en-style" },
  { text: "St.", kind: "title", meaning: "Saint / Street", source: "en-style" },
  { text: "Mt.", kind: "title", meaning: "Mount", source: "en-style" },
  { text: "Ph.D.", kind: "title", meaning: "Doctor of Philosophy", source: "en-style" },
  { text: "U.S.", kind: "title", meaning: "United States", source: "en-style" },
  { text: "U.K.", kind: "title", meaning: "United Kingdom", source: "en-style" },
  { text: "U.N.", kind: "title", meaning: "United Nations", source: "en-style" },
  { text: "etc.", kind: "final", meaning: "et cetera", source: "en-style" },
  { text: "e.g.", kind: "title", meaning: "exempli gratia", source: "en-style" },
  { text: "i.e.", kind: "title", meaning: "id est", source: "en-style" },
  { text: "vs.", kind: "title", meaning: "versus", source: "en-style" },
  { text: "cf.", kind: "title", meaning: "confer", source: "en-style" },
  { text: "approx.", kind: "title", meaning: "approximately", source: "en-style" },
  { text: "No.", kind: "number", meaning: "number (numero)", source: "en-style" },
  { text: "Nos.", kind: "number", meaning: "numbers", source: "en-style" },
  { text: "Vol.", kind: "number", meaning: "volume", source: "en-style" },
  { text: "pp.", kind: "number", meaning: "pages", source: "en-style" },
  { text: "Art.", kind: "number", meaning: "article", source: "en-style" },
  { text: "Fig.", kind: "number", meaning: "figure", source: "en-style" },
  { text: "Inc.", kind: "final", meaning: "Incorporated", source: "en-style" },
  { text: "Ltd.", kind: "final", meaning: "Limited", source: "en-style" },
  { text: "Co.", kind: "final", meaning: "Company", source: "en-style" },
  { text: "Corp.", kind: "final", meaning: "Corporation", source: "en-style" },
  { text: "Jr.", kind: "final", meaning: "Junior", source: "en-style" },
  { text: "Sr.", kind: "final", meaning: "Senior", source: "en-style" },
  { text: "a.m.", kind: "final", meaning: "ante meridiem", source: "en-style" },
  { text: "p.m.", kind: "final", meaning: "post meridiem", source: "en-style" },
  { text: "Jan.", kind: "title", meaning: "January", source: "en-style" },
  { text: "Feb.", kind: "title", meaning: "February", source: "en-style" },
  { text: "Aug.", kind: "title", meaning: "August", source: "en-style" },
  { text: "Sept.", kind: "title", meaning: "September", source: "en-style" },
  { text: "Oct.", kind: "title", meaning: "October", source: "en-style" },
  { text: "Nov.", kind: "title", meaning: "November", source: "en-style" },
  { text: "Dec.", kind: "title", meaning: "December", source: "en-style" },
  // French (fr-style)
  { text: "Mme.", kind: "title", meaning: "Madame", source: "fr-style" },
  { text: "Mlle.", kind: "title", meaning: "Mademoiselle", source: "fr-style" },
  { text: "av.", kind: "title", meaning: "avenue", source: "fr-style" },
  { text: "bd.", kind: "title", meaning: "boulevard", source: "fr-style" },
  { text: "p.", kind: "number", meaning: "page", source: "fr-style" },
];

/**
 * The built-in abbreviation table (read-only). Matching is case-insensitive for Latin letters;
 * single-letter initials (`J.`, `م.`) and dotted initialisms (`ج.م.ع.`, `U.A.E.`) are recognised by
 * rule and need no row.
 *
 * @example
 * ```ts
 * abbreviations.find((a) => a.text === "د.")?.meaning; // "دكتور (Dr.); after a number: دينار"
 * ```
 */
export const abbreviations: readonly Abbreviation[] = Object.freeze(rows.map((row) => Object.freeze(row)));
