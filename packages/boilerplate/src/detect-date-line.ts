/**
 * Recognise a date or clock header: a line made only of weekday and month names, numbers and the small
 * words around them ("الأحد , أكتوبر 6 2024", "الخميس 22 تشرين الثاني 2026", "jeudi 5 juin 2025 - 10:30").
 */
import { matchKey } from "./match-key.ts";
import {
  DATE_FILLERS,
  MONTHS,
  PUBLISH_WORDS,
  RELATIVE_WORDS,
  TIME_ZONE_LABELS,
  WEEKDAYS,
} from "./tables/date-words.ts";

const WEEKDAY_KEYS = new Set(WEEKDAYS.map(matchKey));
const MONTH_KEYS = new Set(MONTHS.map(matchKey));
const FILLER_KEYS = new Set(DATE_FILLERS.map(matchKey));
const PUBLISH_KEYS = new Set(PUBLISH_WORDS.map(matchKey));
const RELATIVE_KEYS = new Set(RELATIVE_WORDS.map(matchKey));
const ZONE_KEYS = new Set(TIME_ZONE_LABELS.map(matchKey));

/** Most words a time-zone remark names after its label ("توقيت القدس", "بتوقيت مكة المكرمة"). */
const ZONE_PLACE_WORDS = 2;

/** What a date line is. */
export type DateLine = "weekday-header" | "published" | "date" | "relative" | "clock";

/** A number, possibly with the era letter glued on: "2024", "1445ه" (هـ), "2024م". */
function isNumber(word: string): boolean {
  let end = word.length;
  const last = word.charCodeAt(end - 1);
  if (last === 0x0647 || last === 0x0645) end--; // ه, م
  if (end === 0) return false;
  for (let i = 0; i < end; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** A French clock written with "h": "10h30", "16h", "9h05" (the key lower-cases Latin letters). */
function isHourClock(word: string): boolean {
  const h = word.indexOf("h");
  if (h < 1 || h > 2 || word.length - h - 1 > 2) return false;
  for (let i = 0; i < word.length; i++) {
    if (i === h) continue;
    const c = word.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * Classify a block's key words as a date line, if they are one.
 *
 * @param words - the block's key words
 * @param text - the block's raw text (to see a clock's colon)
 * @returns `weekday-header`, `date`, `clock`, or null when the line is not only a date
 */
export function detectDateLine(words: readonly string[], text: string): DateLine | null {
  if (words.length === 0 || words.length > 14) return null;
  let weekday = 0;
  let month = 0;
  let digits = 0;
  let publish = 0;
  let relative = 0;
  // words still allowed as the place of a time-zone remark ("(توقيت القدس)")
  let zonePlace = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // a zone label names a place after it: a last word is the relative "heure" of "il y a 1 heure"
    if (ZONE_KEYS.has(w) && i + 1 < words.length) {
      zonePlace = ZONE_PLACE_WORDS;
      continue;
    }
    if (isNumber(w)) {
      digits++;
      zonePlace = 0;
    } else if (isHourClock(w)) {
      digits += 2;
      zonePlace = 0;
    } else if (WEEKDAY_KEYS.has(w)) weekday++;
    else if (MONTH_KEYS.has(w)) month++;
    else if (FILLER_KEYS.has(w) || RELATIVE_KEYS.has(w) || PUBLISH_KEYS.has(w)) {
      if (PUBLISH_KEYS.has(w)) publish++;
      if (RELATIVE_KEYS.has(w)) relative++;
    } else if (zonePlace > 0) zonePlace--;
    else return null;
  }
  const dated = month > 0 || digits >= 3 || (weekday > 0 && digits > 0);
  if (publish > 0 && (dated || relative > 0)) return "published";
  if (weekday > 0 && (digits > 0 || month > 0 || words.length === 1)) return "weekday-header";
  if (month > 0 && digits > 0) return "date";
  // 06/10/2024, 2024-10-07, "تاريخ 18.01.2024" (a label or two around the numbers)
  if (digits >= 3 && relative === 0 && words.length - digits <= 2) return "date";
  if (relative > 0 && (digits > 0 || words.length <= 3)) return "relative";
  // "10:45", "10:45 GMT", "09:55 ص" (live-blog timestamps and clocks)
  if (digits >= 2 && digits <= 3 && words.length - digits <= 2 && text.includes(":")) return "clock";
  return null;
}
