/**
 * Weekday names (Arabic, French, English) as printed before dates ("الأحد 6 أكتوبر 2024").
 *
 * Source: Arabic Wikipedia "أيام الأسبوع" (https://ar.wikipedia.org/wiki/أسبوع), CLDR day names
 * for `fr` and `en` (https://cldr.unicode.org), with the spelling variants of news sites
 * (الاثنين / الإثنين / الأثنين, with and without the article).
 */

/** One weekday name; `day` follows `Date.prototype.getUTCDay` (0 = Sunday). */
export interface WeekdayName {
  readonly name: string;
  readonly day: number;
}

/** Weekday names. */
export const WEEKDAYS: readonly WeekdayName[] = [
  { name: "الأحد", day: 0 },
  { name: "أحد", day: 0 },
  { name: "الاثنين", day: 1 },
  { name: "الإثنين", day: 1 },
  { name: "الأثنين", day: 1 },
  { name: "اثنين", day: 1 },
  { name: "الثلاثاء", day: 2 },
  { name: "ثلاثاء", day: 2 },
  { name: "الأربعاء", day: 3 },
  { name: "أربعاء", day: 3 },
  { name: "الخميس", day: 4 },
  { name: "خميس", day: 4 },
  { name: "الجمعة", day: 5 },
  { name: "جمعة", day: 5 },
  { name: "السبت", day: 6 },
  { name: "سبت", day: 6 },
  { name: "dimanche", day: 0 },
  { name: "lundi", day: 1 },
  { name: "mardi", day: 2 },
  { name: "mercredi", day: 3 },
  { name: "jeudi", day: 4 },
  { name: "vendredi", day: 5 },
  { name: "samedi", day: 6 },
  { name: "sunday", day: 0 },
  { name: "monday", day: 1 },
  { name: "tuesday", day: 2 },
  { name: "wednesday", day: 3 },
  { name: "thursday", day: 4 },
  { name: "friday", day: 5 },
  { name: "saturday", day: 6 },
  { name: "sun", day: 0 },
  { name: "mon", day: 1 },
  { name: "tue", day: 2 },
  { name: "wed", day: 3 },
  { name: "thu", day: 4 },
  { name: "fri", day: 5 },
  { name: "sat", day: 6 },
];
