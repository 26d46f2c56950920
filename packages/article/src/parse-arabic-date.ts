import { hijriToJdn, isoDate, isValidGregorian, isValidHijri, jdnToGregorian } from "./calendar.ts";
import {
  EVENING_MARKERS,
  GREGORIAN_ERA_SET,
  GREGORIAN_MONTHS,
  HIJRI_ERA_SET,
  HIJRI_MONTH_LOOKUP,
  MORNING_MARKERS,
  ORDINAL_SUFFIXES,
  RELATIVE_DAY_LOOKUP,
  RELATIVE_DAY_PAIR_LOOKUP,
  RELATIVE_PREFIX_SET,
  RELATIVE_SUFFIX_SET,
  RELATIVE_UNIT_LOOKUP,
  TIME_CONNECTORS,
  WEEKDAY_LOOKUP,
} from "./date-tables.ts";
import { lookupKey } from "./lookup-key.ts";
import { type Token, tokenize } from "./tokenize.ts";

/**
 * A date in the Hijri calendar, as written on the page.
 *
 * @example
 * ```ts
 * parseArabicDate("١٥ رمضان ١٤٤٥ هـ")?.hijri; // { year: 1445, month: 9, day: 15 }
 * ```
 */
export interface HijriDate {
  year: number;
  /** 1 = محرم … 12 = ذو الحجة */
  month: number;
  day: number;
}

/**
 * A date expression found in a string: its span and its ISO 8601 value.
 *
 * @example
 * ```ts
 * parseArabicDate("الخميس 12 يونيو/ حزيران 2025م");
 * // { iso: "2025-06-12", start: 0, end: 29, text: "الخميس 12 يونيو/ حزيران 2025م" }
 * ```
 */
export interface ArabicDate {
  /**
   * ISO 8601: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` when a time follows the date (local time of the
   * page, no offset), or a full UTC timestamp (`toISOString()`) for relative expressions in
   * minutes or hours.
   */
  iso: string;
  /** inclusive UTF-16 index of the expression in the input */
  start: number;
  /** exclusive UTF-16 index */
  end: number;
  /** `input.slice(start, end)` */
  text: string;
  /**
   * For Hijri dates: the date as written. `iso` is then its Gregorian equivalent in the tabular
   * Islamic calendar, which may differ by ±1 day from the observational calendar the site used.
   */
  hijri?: HijriDate;
}

/**
 * Options of {@link parseArabicDate}.
 *
 * @example
 * ```ts
 * parseArabicDate("أمس", { referenceDate: new Date("2024-10-06T12:00:00Z") })?.iso; // "2024-10-05"
 * ```
 */
export interface ParseArabicDateOptions {
  /**
   * The moment relative expressions count from ("منذ ساعتين", "أمس", "3 hours ago"): a `Date`
   * or an ISO 8601 string. Without it, relative expressions are not dates.
   *
   * @defaultValue `undefined` (relative expressions are ignored)
   */
  referenceDate?: Date | string;
}

interface Found {
  /** index of the token after the expression */
  next: number;
  year: number;
  month: number;
  day: number;
  hijri: boolean;
  /** a time glued to the year ("8/7/202410:30": a missing space between the date and the time) */
  time?: { hh: number; mm: number; next: number };
}

/** Time-zone abbreviations printed after a clock time (lookup keys are lower case). */
const TIME_ZONES: ReadonlySet<string> = new Set(["gmt", "utc"]);
const DATE_SEPARATORS = new Set(["-", "/", ".", "\u2010", "\u2011", "\u2013"]);
const LIST_PUNCT = new Set([",", "،", "-", "\u2013", "\u2014", "|", "/", "(", ")", ":"]);

function word(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i];
  return t && t.type === "word" ? t.key : null;
}

function isPunct(tokens: readonly Token[], i: number, set: ReadonlySet<string>): boolean {
  const t = tokens[i];
  return t !== undefined && t.type === "punct" && set.has(t.text);
}

/** A month name (one or two words) at token i: its number, calendar and the next token index. */
function monthAt(tokens: readonly Token[], i: number): { month: number; hijri: boolean; next: number } | null {
  const w = word(tokens, i);
  if (w === null) return null;
  const w2 = word(tokens, i + 1);
  if (w2 !== null) {
    const pair = `${w} ${w2}`;
    const g2 = GREGORIAN_MONTHS.get(pair);
    if (g2) return { month: g2.month, hijri: false, next: i + 2 };
    const h2 = HIJRI_MONTH_LOOKUP.get(pair);
    if (h2) return { month: h2.month, hijri: true, next: i + 2 };
  }
  const g = GREGORIAN_MONTHS.get(w);
  if (g) {
    // "Sept." / "janv." abbreviations carry a dot
    const next = isPunct(tokens, i + 1, DOT) && tokens[i + 1]!.glued ? i + 2 : i + 1;
    return { month: g.month, hijri: false, next };
  }
  const h = HIJRI_MONTH_LOOKUP.get(w);
  return h ? { month: h.month, hijri: true, next: i + 1 } : null;
}
const DOT = new Set(["."]);
const SLASH_DASH = new Set(["/", "-", "\u2013", "\\"]);
const OPEN_PAREN = new Set(["("]);
const CLOSE_PAREN = new Set([")"]);
const COMMA = new Set([",", "،"]);

/** A month name optionally followed by its twin in another system ("يونيو/ حزيران", "سبتمبر (أيلول)"). */
function monthGroupAt(tokens: readonly Token[], i: number): { month: number; hijri: boolean; next: number } | null {
  const m = monthAt(tokens, i);
  if (!m || m.hijri) return m;
  let j = m.next;
  if (isPunct(tokens, j, SLASH_DASH)) {
    const twin = monthAt(tokens, j + 1);
    if (twin && !twin.hijri && twin.month === m.month) return { ...m, next: twin.next };
  } else if (isPunct(tokens, j, OPEN_PAREN)) {
    const twin = monthAt(tokens, j + 1);
    if (twin && !twin.hijri && twin.month === m.month && isPunct(tokens, twin.next, CLOSE_PAREN)) {
      j = twin.next + 1;
      return { ...m, next: j };
    }
  }
  return m;
}

function dayAt(tokens: readonly Token[], i: number): { day: number; next: number } | null {
  const t = tokens[i];
  if (t?.type !== "num" || t.text.length > 2 || t.value < 1 || t.value > 31) return null;
  let next = i + 1;
  const suffix = tokens[next];
  if (suffix?.glued && suffix.type === "word" && ORDINAL_SUFFIXES.has(suffix.key)) next++;
  return { day: t.value, next };
}

function yearAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  return t && t.type === "num" && t.text.length === 4 ? t.value : -1;
}

/** "[weekday] DAY MONTH[/TWIN] [,] YEAR [era]" or "[weekday] MONTH DAY[,] YEAR". */
function namedDateAt(tokens: readonly Token[], i: number): Found | null {
  let j = i;
  const d = dayAt(tokens, j);
  let day: number;
  let month: { month: number; hijri: boolean; next: number } | null;
  if (d) {
    // "08-Jul-2024": the month between two glued separators
    const dashed = isPunct(tokens, d.next, SLASH_DASH) && tokens[d.next]!.glued && tokens[d.next + 1]?.glued === true;
    month = monthGroupAt(tokens, dashed ? d.next + 1 : d.next);
    if (!month) return null;
    day = d.day;
    j = month.next;
    if (dashed) {
      if (!isPunct(tokens, j, SLASH_DASH) || tokens[j]!.text !== tokens[d.next]!.text) return null;
      j++;
    }
  } else {
    month = monthGroupAt(tokens, j);
    if (!month) return null;
    const d2 = dayAt(tokens, month.next);
    if (!d2) return null;
    day = d2.day;
    j = d2.next;
  }
  if (isPunct(tokens, j, COMMA)) j++;
  const year = yearAt(tokens, j);
  if (year < 0) return null;
  j++;
  const era = word(tokens, j);
  if (month.hijri) {
    if (!isValidHijri(year, month.month, day) || year < 1300 || year > 1600) return null;
    if (era !== null && HIJRI_ERA_SET.has(era)) j++;
  } else {
    if (!isValidGregorian(year, month.month, day)) return null;
    if (era !== null && GREGORIAN_ERA_SET.has(era)) j++;
  }
  return { next: j, year, month: month.month, day, hijri: month.hijri };
}

/** "2024-10-06", "2024/10/06", "06/10/2024", "6.10.2024", "٠٦-١٠-٢٠٢٤" (day first unless impossible). */
function numericDateAt(tokens: readonly Token[], i: number): Found | null {
  const a = tokens[i];
  const s1 = tokens[i + 1];
  const b = tokens[i + 2];
  const s2 = tokens[i + 3];
  const c = tokens[i + 4];
  if (!a || !s1 || !b || !s2 || !c) return null;
  if (a.type !== "num" || b.type !== "num" || c.type !== "num") return null;
  if (s1.type !== "punct" || s1.text !== s2.text || !DATE_SEPARATORS.has(s1.text)) return null;
  // a number glued to a preceding separator is part of something longer (an IP address, a version)
  const before = tokens[i - 1];
  if (before && a.glued && before.type === "punct" && DATE_SEPARATORS.has(before.text)) return null;
  const after = tokens[i + 5];
  if (after?.glued && after.type === "punct" && after.text === s1.text && tokens[i + 6]?.type === "num") {
    return null;
  }
  let year: number;
  let month: number;
  let day: number;
  const glued = gluedYearTime(tokens, i + 4);
  if (glued && a.text.length <= 2 && b.text.length <= 2) {
    if (!isValidGregorian(glued.year, b.value, a.value)) return null;
    return { next: glued.time.next, year: glued.year, month: b.value, day: a.value, hijri: false, time: glued.time };
  }
  if (a.text.length === 4 && b.text.length <= 2 && c.text.length <= 2) {
    year = a.value;
    month = b.value;
    day = c.value;
  } else if (c.text.length === 4 && a.text.length <= 2 && b.text.length <= 2) {
    year = c.value;
    if (b.value > 12 && a.value <= 12) {
      month = a.value;
      day = b.value;
    } else {
      month = b.value;
      day = a.value;
    }
  } else return null;
  if (!isValidGregorian(year, month, day)) return null;
  return { next: i + 5, year, month, day, hijri: false };
}

/**
 * "202410:30" at token i: a four-digit year glued to the hour of a time (scrapers drop the space
 * between a date and its time: "8/7/202410:30"). Checked only on a 5–6 digit number followed by ":MM".
 */
function gluedYearTime(
  tokens: readonly Token[],
  i: number,
): { year: number; time: { hh: number; mm: number; next: number } } | null {
  const c = tokens[i];
  const colon = tokens[i + 1];
  const m = tokens[i + 2];
  if (!c || !colon || !m || (c.text.length !== 5 && c.text.length !== 6) || colon.text !== ":") return null;
  if (!colon.glued || m.type !== "num" || !m.glued || m.text.length !== 2) return null;
  const scale = c.text.length === 5 ? 10 : 100;
  const hh = c.value % scale;
  const year = (c.value - hh) / scale;
  if (hh > 23 || m.value > 59 || year < 1900) return null;
  return { year, time: { hh, mm: m.value, next: i + 3 } };
}

/** A time after a date: "10:30", "الساعة 10:30 مساء", "à 10h30", "T10:30:00", "10:30 PM". */
function timeAt(tokens: readonly Token[], i: number): { hh: number; mm: number; next: number } | null {
  let j = i;
  for (let skipped = 0; skipped < 2; skipped++) {
    const w = word(tokens, j);
    if ((w !== null && TIME_CONNECTORS.has(w)) || isPunct(tokens, j, LIST_PUNCT)) j++;
    else break;
  }
  const h = tokens[j];
  const colon = tokens[j + 1];
  const m = tokens[j + 2];
  if (!h || !colon || !m || h.type !== "num" || m.type !== "num") return null;
  // "10:30", and the French "10h30"
  const separator = colon.text === ":" || (colon.type === "word" && (colon.text === "h" || colon.text === "H"));
  if (!separator || !colon.glued || !m.glued || h.text.length > 2 || m.text.length !== 2) return null;
  let hh = h.value;
  const mm = m.value;
  if (hh > 23 || mm > 59) return null;
  j += 3;
  if (isPunct(tokens, j, new Set([":"])) && tokens[j + 1]?.type === "num" && tokens[j + 1]!.text.length === 2) j += 2;
  const marker = word(tokens, j);
  if (marker !== null) {
    if (EVENING_MARKERS.has(marker)) {
      if (hh < 12) hh += 12;
      j++;
    } else if (MORNING_MARKERS.has(marker)) {
      if (hh === 12) hh = 0;
      j++;
    }
  }
  return { hh, mm, next: j };
}

/**
 * A time printed right before a date ("21:10-6 يونيو 2024", "11:30 م الخميس 13 يونيو 2024"): "HH:MM",
 * an optional am/pm marker and at most one separator, ending at token `i - 1`. Returns the time and the
 * index of its first token.
 */
function timeBefore(tokens: readonly Token[], i: number): { hh: number; mm: number; first: number } | null {
  let j = i - 1;
  if (isPunct(tokens, j, LIST_PUNCT)) j--;
  // "10:45 GMT, 08-Jul-2024": a time zone between the time and the date
  const zone = word(tokens, j);
  if (zone !== null && TIME_ZONES.has(zone)) j--;
  const marker = word(tokens, j);
  const evening = marker !== null && EVENING_MARKERS.has(marker);
  const morning = marker !== null && MORNING_MARKERS.has(marker);
  if (evening || morning) j--;
  const m = tokens[j];
  const colon = tokens[j - 1];
  const h = tokens[j - 2];
  if (!h || !colon || !m || h.type !== "num" || m.type !== "num" || colon.text !== ":") return null;
  if (!colon.glued || !m.glued || h.text.length > 2 || m.text.length !== 2) return null;
  // "10:30:45" or "2024:10:30": the hour must not continue a longer run of numbers
  const before = tokens[j - 3];
  if (h.glued && before?.type === "punct" && (before.text === ":" || DATE_SEPARATORS.has(before.text))) return null;
  let hh = h.value;
  const mm = m.value;
  if (hh > 23 || mm > 59) return null;
  if (evening && hh < 12) hh += 12;
  else if (morning && hh === 12) hh = 0;
  return { hh, mm, first: j - 2 };
}

/** "منذ ساعتين", "قبل 3 أيام", "3 hours ago", "il y a 2 heures", "أمس", "أول أمس". */
function relativeAt(tokens: readonly Token[], i: number, reference: Date): { iso: string; next: number } | null {
  const w = word(tokens, i);
  let count: number | null = null;
  let j: number;
  if (w !== null) {
    const pair = word(tokens, i + 1);
    const dayPair = pair === null ? undefined : RELATIVE_DAY_PAIR_LOOKUP.get(`${w} ${pair}`);
    if (dayPair) return { iso: shiftDays(reference, dayPair.days), next: i + 2 };
    const day = RELATIVE_DAY_LOOKUP.get(w);
    if (day) return { iso: shiftDays(reference, day.days), next: i + 1 };
    if (RELATIVE_PREFIX_SET.has(w)) j = i + 1;
    else if (w === "il" && word(tokens, i + 1) === "y" && word(tokens, i + 2) === "a") j = i + 3;
    else return null;
    const n = tokens[j];
    if (n && n.type === "num") {
      count = n.value;
      j++;
    }
    const unitWord = word(tokens, j);
    const unit = unitWord === null ? undefined : RELATIVE_UNIT_LOOKUP.get(unitWord);
    if (!unit) return null;
    const total = count ?? unit.count;
    if (total === null) return null;
    return { iso: shift(reference, total, unit.ms, unit.dateOnly), next: j + 1 };
  }
  const n = tokens[i];
  if (n?.type !== "num") return null;
  const unitWord = word(tokens, i + 1);
  const unit = unitWord === null ? undefined : RELATIVE_UNIT_LOOKUP.get(unitWord);
  const ago = word(tokens, i + 2);
  if (!unit || ago === null || !RELATIVE_SUFFIX_SET.has(ago)) return null;
  return { iso: shift(reference, n.value, unit.ms, unit.dateOnly), next: i + 3 };
}

function shift(reference: Date, count: number, ms: number, dateOnly: boolean): string {
  const when = new Date(reference.getTime() - count * ms);
  if (Number.isNaN(when.getTime())) return reference.toISOString();
  return dateOnly ? when.toISOString().slice(0, 10) : when.toISOString();
}

function shiftDays(reference: Date, days: number): string {
  return new Date(reference.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Words announcing the Gregorian equivalent of a Hijri date ("الموافق", "الموافق لـ"). */
const EQUIVALENT_WORDS = new Set(["الموافق", "موافق", "الموافق ل", "الموافق لـ"].map((w) => lookupKey(w)));

/**
 * A Gregorian date stated right after a Hijri one: "... هـ الموافق 20 يونيو 2024م", or printed after
 * a dash or bar as Gulf and Saudi mastheads do ("6 ذو الحجة 1445 هـ - 12 يونيو 2024 م").
 */
function statedEquivalent(tokens: readonly Token[], i: number): Found | null {
  let j = i;
  const separated = isPunct(tokens, j, LIST_PUNCT);
  if (separated) j++;
  const w = word(tokens, j);
  const announced = w !== null && EQUIVALENT_WORDS.has(w);
  if (!announced && !separated) return null;
  if (announced) j++;
  // "الموافق لـ 20 يونيو", "الموافق ل20 يونيو"
  const prep = word(tokens, j);
  if (prep === "ل" || prep === "لـ") j++;
  if (isPunct(tokens, j, LIST_PUNCT)) j++;
  const weekday = word(tokens, j);
  if (weekday !== null && WEEKDAY_LOOKUP.has(weekday)) j++;
  const found = numericDateAt(tokens, j) ?? namedDateAt(tokens, j);
  return found && !found.hijri ? found : null;
}

/**
 * Read a `referenceDate` option.
 *
 * @param value - a Date, an ISO string, or undefined
 * @returns the Date, or null when absent
 * @throws RangeError when the value is not a valid date
 */
export function toReferenceDate(value: Date | string | undefined): Date | null {
  if (value === undefined) return null;
  const date = value instanceof Date ? value : typeof value === "string" ? new Date(value) : null;
  if (date === null || Number.isNaN(date.getTime())) {
    throw new RangeError(`referenceDate must be a valid Date or ISO 8601 string, got ${String(value)}`);
  }
  return date;
}

/**
 * Scan tokens for the first date expression starting at token `from`.
 *
 * @param text - the input the tokens index
 * @param tokens - tokens of the input
 * @param reference - reference date for relative expressions, or null
 * @returns the first date, or null
 */
export function findDateInTokens(text: string, tokens: readonly Token[], reference: Date | null): ArabicDate | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let found: Found | null = null;
    let startToken = i;
    if (t.type === "num") found = numericDateAt(tokens, i) ?? namedDateAt(tokens, i);
    else if (t.type === "word") {
      const key = t.key;
      const weekday = WEEKDAY_LOOKUP.get(key);
      if (weekday || key === "يوم") {
        let j = i + 1;
        if (key === "يوم" && word(tokens, j) !== null && WEEKDAY_LOOKUP.has(word(tokens, j)!)) j++;
        if (isPunct(tokens, j, LIST_PUNCT)) j++;
        found = numericDateAt(tokens, j) ?? namedDateAt(tokens, j);
        if (found === null && weekday) found = null;
      }
      if (found === null) found = namedDateAt(tokens, i);
    }
    if (found) {
      let end = tokens[found.next - 1]!.end;
      let iso: string;
      let hijri: HijriDate | undefined;
      if (found.hijri) {
        hijri = { year: found.year, month: found.month, day: found.day };
        // "12 ذو الحجة 1445 هـ الموافق 20 يونيو 2024": the page's own Gregorian date wins over
        // the tabular conversion (which may be a day off)
        const stated = statedEquivalent(tokens, found.next);
        if (stated) {
          iso = isoDate(stated.year, stated.month, stated.day);
          end = tokens[stated.next - 1]!.end;
        } else {
          const g = jdnToGregorian(hijriToJdn(found.year, found.month, found.day));
          iso = isoDate(g.year, g.month, g.day);
        }
      } else {
        iso = isoDate(found.year, found.month, found.day);
        const time = found.time ?? timeAt(tokens, found.next);
        if (time) {
          iso += `T${String(time.hh).padStart(2, "0")}:${String(time.mm).padStart(2, "0")}`;
          end = tokens[time.next - 1]!.end;
        } else {
          // the time printed before the date ("21:10-6 يونيو 2024")
          const early = timeBefore(tokens, startToken);
          if (early) {
            iso += `T${String(early.hh).padStart(2, "0")}:${String(early.mm).padStart(2, "0")}`;
            startToken = early.first;
          }
        }
      }
      const start = tokens[startToken]!.start;
      const date: ArabicDate = { iso, start, end, text: text.slice(start, end) };
      if (hijri) date.hijri = hijri;
      return date;
    }
    if (reference) {
      const rel = relativeAt(tokens, i, reference);
      if (rel) {
        startToken = i;
        const start = t.start;
        const end = tokens[rel.next - 1]!.end;
        return { iso: rel.iso, start, end, text: text.slice(start, end) };
      }
    }
  }
  return null;
}

/**
 * Find the first date expression in a string and parse it to ISO 8601.
 *
 * Understands Gregorian month names in the Egyptian (يناير), Levantine (كانون الثاني) and Maghreb
 * (جانفي) systems, Moroccan, French and English names, paired names ("يونيو/ حزيران"), Hijri
 * months with "هـ" (converted with the tabular Islamic calendar, ±1 day, unless the page states
 * the Gregorian equivalent after "الموافق"), a leading weekday,
 * numeric forms (2024-10-06, 06/10/2024, 6.10.2024) in ASCII or Arabic-Indic digits, a following
 * time ("10:30"), and, with `referenceDate`, relative forms ("منذ ساعتين", "أمس"). A month
 * without a day and a year ("في جوان القادم") is not a date.
 *
 * @param text - the string to search
 * @param options - see {@link ParseArabicDateOptions}
 * @returns `{ iso, start, end, text }` (plus `hijri` for Hijri dates) of the first date, or null
 * @throws TypeError when `text` is not a string; RangeError for an invalid `referenceDate`
 *
 * @example
 * ```ts
 * parseArabicDate("نشر في الأحد 6 أكتوبر 2024 - 10:30");
 * // { iso: "2024-10-06T10:30", start: 7, end: 34, text: "الأحد 6 أكتوبر 2024 - 10:30" }
 * parseArabicDate("١٥ رمضان ١٤٤٥ هـ").iso; // "2024-03-25"
 * parseArabicDate("منذ ساعتين", { referenceDate: "2024-10-06T12:00:00Z" }).iso;
 * // "2024-10-06T10:00:00.000Z"
 * ```
 */
export function parseArabicDate(text: string, options: ParseArabicDateOptions = {}): ArabicDate | null {
  if (typeof text !== "string") {
    throw new TypeError(`text must be a string, got ${text === null ? "null" : typeof text}`);
  }
  const reference = toReferenceDate(options.referenceDate);
  return findDateInTokens(text, tokenize(text), reference);
}
