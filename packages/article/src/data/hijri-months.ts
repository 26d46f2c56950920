/**
 * Hijri (Islamic lunar) month names with their common spelling variants.
 *
 * Source: Arabic Wikipedia, "التقويم الهجري" (https://ar.wikipedia.org/wiki/تقويم_هجري), month list;
 * spelling variants (ربيع الآخر / ربيع الثاني, جمادى الآخرة / جمادى الثانية, ذو / ذي) as printed in
 * Saudi (SPA), Egyptian and Gulf newspapers.
 */

/** One Hijri month name and its number (1 = محرم … 12 = ذو الحجة). */
export interface HijriMonthName {
  readonly name: string;
  readonly month: number;
}

/** Hijri month names; two-word names are matched as a pair of words. */
export const HIJRI_MONTHS: readonly HijriMonthName[] = [
  { name: "محرم", month: 1 },
  { name: "المحرم", month: 1 },
  { name: "صفر", month: 2 },
  { name: "ربيع الأول", month: 3 },
  { name: "ربيع أول", month: 3 },
  { name: "ربيع الثاني", month: 4 },
  { name: "ربيع الآخر", month: 4 },
  { name: "ربيع ثاني", month: 4 },
  { name: "جمادى الأولى", month: 5 },
  { name: "جمادى الأول", month: 5 },
  { name: "جمادى الآخرة", month: 6 },
  { name: "جمادى الثانية", month: 6 },
  { name: "جمادى الآخر", month: 6 },
  { name: "رجب", month: 7 },
  { name: "شعبان", month: 8 },
  { name: "رمضان", month: 9 },
  { name: "شوال", month: 10 },
  { name: "ذو القعدة", month: 11 },
  { name: "ذي القعدة", month: 11 },
  { name: "ذو الحجة", month: 12 },
  { name: "ذي الحجة", month: 12 },
];

/**
 * Era markers written after a Hijri year ("1446 هـ") and after a Gregorian year ("2024 م").
 * Source: common newspaper usage; هـ = هجري, م = ميلادي.
 */
export const HIJRI_ERA_MARKERS: readonly string[] = ["هـ", "ه", "هجري", "هجرية", "للهجرة", "AH"];
/** Gregorian era markers ("2024م", "2024 ميلادي"). */
export const GREGORIAN_ERA_MARKERS: readonly string[] = ["م", "ميلادي", "ميلادية", "للميلاد"];
