/**
 * Words of relative date expressions ("منذ ساعتين", "قبل 3 أيام", "أمس", "il y a 2 heures",
 * "2 hours ago").
 *
 * Source: Modern Standard Arabic grammar of the dual and of counted nouns (ساعة / ساعتين / ساعات),
 * as printed in "time ago" labels of Arabic WordPress themes (the `human_time_diff` strings of the
 * WordPress Arabic translation, https://translate.wordpress.org/locale/ar/) and their French and
 * English equivalents (CLDR relative-time patterns).
 */

/** A unit of relative time in milliseconds, and whether the result is a calendar day. */
export interface RelativeUnit {
  readonly name: string;
  /** length of one unit in milliseconds */
  readonly ms: number;
  /** the implied count when the word itself carries it (the dual ساعتين = 2), else null */
  readonly count: number | null;
  /** true when the result is a date (days, weeks), false when it is an instant (minutes, hours) */
  readonly dateOnly: boolean;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Unit words after "منذ" / "قبل" / "il y a" or before "ago". */
export const RELATIVE_UNITS: readonly RelativeUnit[] = [
  { name: "ثانية", ms: 1000, count: 1, dateOnly: false },
  { name: "ثوان", ms: 1000, count: null, dateOnly: false },
  { name: "ثواني", ms: 1000, count: null, dateOnly: false },
  { name: "دقيقة", ms: MINUTE, count: 1, dateOnly: false },
  { name: "دقيقتين", ms: MINUTE, count: 2, dateOnly: false },
  { name: "دقيقتان", ms: MINUTE, count: 2, dateOnly: false },
  { name: "دقائق", ms: MINUTE, count: null, dateOnly: false },
  { name: "ساعة", ms: HOUR, count: 1, dateOnly: false },
  { name: "ساعتين", ms: HOUR, count: 2, dateOnly: false },
  { name: "ساعتان", ms: HOUR, count: 2, dateOnly: false },
  { name: "ساعات", ms: HOUR, count: null, dateOnly: false },
  { name: "يوم", ms: DAY, count: 1, dateOnly: true },
  { name: "يومين", ms: DAY, count: 2, dateOnly: true },
  { name: "يومان", ms: DAY, count: 2, dateOnly: true },
  { name: "أيام", ms: DAY, count: null, dateOnly: true },
  { name: "أسبوع", ms: 7 * DAY, count: 1, dateOnly: true },
  { name: "أسبوعين", ms: 7 * DAY, count: 2, dateOnly: true },
  { name: "أسابيع", ms: 7 * DAY, count: null, dateOnly: true },
  { name: "minute", ms: MINUTE, count: null, dateOnly: false },
  { name: "minutes", ms: MINUTE, count: null, dateOnly: false },
  { name: "min", ms: MINUTE, count: null, dateOnly: false },
  { name: "mins", ms: MINUTE, count: null, dateOnly: false },
  { name: "hour", ms: HOUR, count: null, dateOnly: false },
  { name: "hours", ms: HOUR, count: null, dateOnly: false },
  { name: "heure", ms: HOUR, count: null, dateOnly: false },
  { name: "heures", ms: HOUR, count: null, dateOnly: false },
  { name: "day", ms: DAY, count: null, dateOnly: true },
  { name: "days", ms: DAY, count: null, dateOnly: true },
  { name: "jour", ms: DAY, count: null, dateOnly: true },
  { name: "jours", ms: DAY, count: null, dateOnly: true },
];

/** Words that open a relative expression before its count ("منذ 3 ساعات", "il y a 3 heures"). */
export const RELATIVE_PREFIXES: readonly string[] = ["منذ", "قبل", "il y a"];
/** Words that close a relative expression after its unit ("3 hours ago"). */
export const RELATIVE_SUFFIXES: readonly string[] = ["ago"];

/** One-word day references, with their offset in days from the reference date. */
export const RELATIVE_DAYS: readonly { readonly name: string; readonly days: number }[] = [
  { name: "أمس", days: -1 },
  { name: "الأمس", days: -1 },
  { name: "البارحة", days: -1 },
  { name: "hier", days: -1 },
  { name: "yesterday", days: -1 },
];

/** Two-word day references ("أول أمس", "أمس الأول"): the day before yesterday. */
export const RELATIVE_DAY_PAIRS: readonly { readonly name: string; readonly days: number }[] = [
  { name: "أول أمس", days: -2 },
  { name: "أمس الأول", days: -2 },
  { name: "avant hier", days: -2 },
];
