/**
 * Calendar arithmetic: Gregorian validation, Julian Day Numbers, and the tabular (arithmetical)
 * Islamic calendar.
 *
 * The tabular Islamic calendar uses 30-year cycles with leap years 2, 5, 7, 10, 13, 16, 18, 21, 24,
 * 26, 29 (the "civil" epoch: 1 Muharram 1 AH = Friday 16 July 622 Julian = JDN 1948440). Source:
 * E. M. Reingold and N. Dershowitz, "Calendrical Calculations", ch. 7 (Islamic calendar), and
 * https://en.wikipedia.org/wiki/Tabular_Islamic_calendar. Observational calendars (Umm al-Qura,
 * local moon sighting) may differ from it by one day, sometimes two.
 */

/** True in Gregorian leap years. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a Gregorian month (1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when year/month/day is a real Gregorian date in the years 1000–2999. */
export function isValidGregorian(year: number, month: number, day: number): boolean {
  return year >= 1000 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Julian Day Number of a Gregorian date (Fliegel and Van Flandern, 1968). */
export function gregorianToJdn(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

/** The Gregorian date of a Julian Day Number. */
export function jdnToGregorian(jdn: number): { year: number; month: number; day: number } {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

/** True for leap years of the tabular Islamic calendar (Dhu al-Hijja has 30 days). */
export function isHijriLeapYear(year: number): boolean {
  return (14 + 11 * year) % 30 < 11;
}

/** Days in a tabular Hijri month: odd months 30, even months 29, Dhu al-Hijja 30 in leap years. */
export function hijriMonthLength(year: number, month: number): number {
  if (month === 12 && isHijriLeapYear(year)) return 30;
  return month % 2 === 1 ? 30 : 29;
}

/** True when year/month/day is a date of the tabular Hijri calendar in the years 1–1999. */
export function isValidHijri(year: number, month: number, day: number): boolean {
  return year >= 1 && year <= 1999 && month >= 1 && month <= 12 && day >= 1 && day <= hijriMonthLength(year, month);
}

/** Julian Day Number of a tabular Hijri date (civil epoch). */
export function hijriToJdn(year: number, month: number, day: number): number {
  return day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1948440 - 1;
}

/** `YYYY-MM-DD` for a Gregorian date. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
