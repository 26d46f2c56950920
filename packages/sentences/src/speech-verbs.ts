/**
 * Speech verbs that, right after a quotation closed by `!`, `؟` or `.` (`«هل سيعود؟» تساءل أحدهم`,
 * `"كفى!" قال التاجر`), attribute the quotation and so continue its sentence. A verb with the
 * conjunction `و` (`وقال`) starts a new sentence and is deliberately absent.
 *
 * Source: the reporting verbs of Arabic news style (قال، أضاف، تابع، أكد، تساءل ...), in the
 * perfect and imperfect, masculine and feminine, singular and plural forms used after a quotation.
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "قال",
  "قالت",
  "قالوا",
  "قالها",
  "يقول",
  "تقول",
  "يقولون",
  "أضاف",
  "أضافت",
  "يضيف",
  "تضيف",
  "تابع",
  "تابعت",
  "يتابع",
  "أكد",
  "أكدت",
  "يؤكد",
  "تؤكد",
  "تساءل",
  "تساءلت",
  "يتساءل",
  "صرخ",
  "صرخت",
  "هتف",
  "هتفت",
  "أجاب",
  "أجابت",
  "يجيب",
  "رد",
  "ردت",
  "علق",
  "علقت",
  "كتب",
  "كتبت",
  "صرح",
  "صرحت",
  "أوضح",
  "أوضحت",
  "أعلن",
  "أعلنت",
  "سأل",
  "سألت",
  "يسأل",
]);

/** Longest word of {@link SPEECH_VERBS}, in code units. */
export const LONGEST_SPEECH_VERB = 6;
