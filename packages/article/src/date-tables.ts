import { GREGORIAN_ERA_MARKERS, HIJRI_ERA_MARKERS, HIJRI_MONTHS, type HijriMonthName } from "./data/hijri-months.ts";
import { GREGORIAN_MONTH_TABLES, type MonthName } from "./data/months.ts";
import {
  RELATIVE_DAY_PAIRS,
  RELATIVE_DAYS,
  RELATIVE_PREFIXES,
  RELATIVE_SUFFIXES,
  RELATIVE_UNITS,
} from "./data/relative-units.ts";
import { WEEKDAYS } from "./data/weekdays.ts";
import { buildLookup, lookupKey } from "./lookup-key.ts";

/** Gregorian month names by lookup key (one- and two-word names). */
export const GREGORIAN_MONTHS = buildLookup<MonthName>(GREGORIAN_MONTH_TABLES.flat(), (m) => m.name);
/** Hijri month names by lookup key. */
export const HIJRI_MONTH_LOOKUP = buildLookup<HijriMonthName>(HIJRI_MONTHS, (m) => m.name);
/** Weekday names by lookup key. */
export const WEEKDAY_LOOKUP = buildLookup(WEEKDAYS, (w) => w.name);
/** Relative units by lookup key. */
export const RELATIVE_UNIT_LOOKUP = buildLookup(RELATIVE_UNITS, (u) => u.name);
/** One-word relative days by lookup key. */
export const RELATIVE_DAY_LOOKUP = buildLookup(RELATIVE_DAYS, (d) => d.name);
/** Two-word relative days by lookup key. */
export const RELATIVE_DAY_PAIR_LOOKUP = buildLookup(RELATIVE_DAY_PAIRS, (d) => d.name);
/** Relative prefixes ("منذ", "قبل", "il y a") by lookup key. */
export const RELATIVE_PREFIX_SET = new Set(RELATIVE_PREFIXES.map(lookupKey));
/** Relative suffixes ("ago") by lookup key. */
export const RELATIVE_SUFFIX_SET = new Set(RELATIVE_SUFFIXES.map(lookupKey));
/** Hijri era markers by lookup key. */
export const HIJRI_ERA_SET = new Set(HIJRI_ERA_MARKERS.map(lookupKey));
/** Gregorian era markers by lookup key. */
export const GREGORIAN_ERA_SET = new Set(GREGORIAN_ERA_MARKERS.map(lookupKey));

/**
 * Words that may sit between a date and its time ("الأحد 6 أكتوبر 2024 الساعة 10:30", "à 10h30").
 * Source: time labels of Arabic and French news sites.
 */
export const TIME_CONNECTORS = new Set(["الساعه", "ساعه", "في", "على", "t", "at", "a", "à", "vers"].map(lookupKey));
/** Markers after a time: morning / evening. */
export const MORNING_MARKERS = new Set(["ص", "صباحا", "صباحاً", "صباح", "am"].map(lookupKey));
/** Evening markers. */
export const EVENING_MARKERS = new Set(["م", "مساء", "مساءً", "مساءا", "pm"].map(lookupKey));
/** Latin ordinal suffixes glued to a day ("1er", "3rd"). */
export const ORDINAL_SUFFIXES = new Set(["er", "st", "nd", "rd", "th"]);
