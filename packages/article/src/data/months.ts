/**
 * Gregorian month names as written on Arabic, French and English news pages, keyed by their
 * lookup form (see `lookupKey` in `../lookup-key.ts`: no diacritics or tatweel, alef variants to ا,
 * ى to ي, ة to ه, Latin lowercased).
 *
 * Sources:
 * - Egyptian/Gulf names (يناير … ديسمبر, transliterated from the Latin names) and the Levantine
 *   Syriac names (كانون الثاني … كانون الأول): Arabic Wikipedia, "الأشهر الميلادية"
 *   (https://ar.wikipedia.org/wiki/تقويم_ميلادي), and the Arabic Language Academy of Cairo usage.
 * - Algerian/Tunisian names (جانفي فيفري مارس أفريل ماي جوان جويلية أوت) transliterated from French:
 *   the same article, section "المغرب العربي", and APS/El Khabar usage.
 * - Moroccan names (يوليوز، غشت، شتنبر، نونبر، دجنبر): the same article and MAP usage.
 * - French and English names and their usual abbreviations: CLDR month names for `fr` and `en`
 *   (https://cldr.unicode.org), as printed on bilingual Maghreb sites.
 */

/** One month name and the month number (1–12) it denotes. */
export interface MonthName {
  /** the name as it is usually spelled */
  readonly name: string;
  /** 1 = January … 12 = December */
  readonly month: number;
}

/** Egyptian/Gulf names (also used across the Arab press). */
export const EGYPTIAN_MONTHS: readonly MonthName[] = [
  { name: "يناير", month: 1 },
  { name: "فبراير", month: 2 },
  { name: "مارس", month: 3 },
  { name: "أبريل", month: 4 },
  { name: "إبريل", month: 4 },
  { name: "ابريل", month: 4 },
  { name: "مايو", month: 5 },
  { name: "يونيو", month: 6 },
  { name: "يونيه", month: 6 },
  { name: "يوليو", month: 7 },
  { name: "يوليه", month: 7 },
  { name: "أغسطس", month: 8 },
  { name: "سبتمبر", month: 9 },
  { name: "أكتوبر", month: 10 },
  { name: "نوفمبر", month: 11 },
  { name: "ديسمبر", month: 12 },
];

/** Levantine/Iraqi (Syriac) names; two-word names are matched as a pair of words. */
export const LEVANTINE_MONTHS: readonly MonthName[] = [
  { name: "كانون الثاني", month: 1 },
  { name: "شباط", month: 2 },
  { name: "آذار", month: 3 },
  { name: "نيسان", month: 4 },
  { name: "أيار", month: 5 },
  { name: "حزيران", month: 6 },
  { name: "تموز", month: 7 },
  { name: "آب", month: 8 },
  { name: "أيلول", month: 9 },
  { name: "تشرين الأول", month: 10 },
  { name: "تشرين الثاني", month: 11 },
  { name: "كانون الأول", month: 12 },
];

/** Algerian/Tunisian names (from French) and Moroccan names (from French/Spanish). */
export const MAGHREB_MONTHS: readonly MonthName[] = [
  { name: "جانفي", month: 1 },
  { name: "فيفري", month: 2 },
  { name: "أفريل", month: 4 },
  { name: "ماي", month: 5 },
  { name: "جوان", month: 6 },
  { name: "جويلية", month: 7 },
  { name: "جويليه", month: 7 },
  { name: "أوت", month: 8 },
  { name: "يوليوز", month: 7 },
  { name: "غشت", month: 8 },
  { name: "شتنبر", month: 9 },
  { name: "نونبر", month: 11 },
  { name: "دجنبر", month: 12 },
];

/** French names and abbreviations (CLDR `fr`), with and without accents. */
export const FRENCH_MONTHS: readonly MonthName[] = [
  { name: "janvier", month: 1 },
  { name: "janv", month: 1 },
  { name: "février", month: 2 },
  { name: "fevrier", month: 2 },
  { name: "févr", month: 2 },
  { name: "fevr", month: 2 },
  { name: "mars", month: 3 },
  { name: "avril", month: 4 },
  { name: "avr", month: 4 },
  { name: "mai", month: 5 },
  { name: "juin", month: 6 },
  { name: "juillet", month: 7 },
  { name: "juil", month: 7 },
  { name: "août", month: 8 },
  { name: "aout", month: 8 },
  { name: "septembre", month: 9 },
  { name: "octobre", month: 10 },
  { name: "novembre", month: 11 },
  { name: "décembre", month: 12 },
  { name: "decembre", month: 12 },
  { name: "déc", month: 12 },
];

/** English names and abbreviations (CLDR `en`). */
export const ENGLISH_MONTHS: readonly MonthName[] = [
  { name: "january", month: 1 },
  { name: "jan", month: 1 },
  { name: "february", month: 2 },
  { name: "feb", month: 2 },
  { name: "march", month: 3 },
  { name: "mar", month: 3 },
  { name: "april", month: 4 },
  { name: "apr", month: 4 },
  { name: "may", month: 5 },
  { name: "june", month: 6 },
  { name: "jun", month: 6 },
  { name: "july", month: 7 },
  { name: "jul", month: 7 },
  { name: "august", month: 8 },
  { name: "aug", month: 8 },
  { name: "september", month: 9 },
  { name: "sep", month: 9 },
  { name: "sept", month: 9 },
  { name: "october", month: 10 },
  { name: "oct", month: 10 },
  { name: "november", month: 11 },
  { name: "nov", month: 11 },
  { name: "december", month: 12 },
  { name: "dec", month: 12 },
];

/** Every Gregorian month table, in lookup order. */
export const GREGORIAN_MONTH_TABLES: readonly (readonly MonthName[])[] = [
  EGYPTIAN_MONTHS,
  LEVANTINE_MONTHS,
  MAGHREB_MONTHS,
  FRENCH_MONTHS,
  ENGLISH_MONTHS,
];
