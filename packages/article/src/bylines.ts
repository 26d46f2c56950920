import { findAgency, isMediaWord } from "./agency-lookup.ts";
import { SOURCE_LABELS } from "./data/agencies.ts";
import { GIVEN_NAMES, HONORIFICS } from "./data/given-names.ts";
import { countWords, isBylineCue, isFunctionWord, isNameShaped, type WordSpan, wordsOf } from "./line-shape.ts";
import { bareKey, lookupKey } from "./lookup-key.ts";
import { cleanName, nameSpanOf, spanOf, trimBounds } from "./name-span.ts";
import { isSpace } from "./tokenize.ts";
import type { NameSpan, Span } from "./types.ts";

/** What a byline line or a lead credit names. */
export interface Credit {
  authors: NameSpan[];
  dateline: Span | null;
  source: NameSpan | null;
}

const DASHES = new Set(["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "|"]);
const SOURCE_LABEL_SET = new Set(SOURCE_LABELS.map(lookupKey));
/** "نقلا عن" (quoting), a two-word source label. */
const NAQLAN_AN = lookupKey("نقلا عن");
const MAX_BYLINE_WORDS = 14;
/** Words joining two names in a byline. */
const CONJUNCTIONS = new Set(["and", "et", "و"]);
const GIVEN_NAME_SET = new Set(GIVEN_NAMES.map((name) => lookupKey(name.replace(/\s+/gu, ""))));
const HONORIFIC_SET = new Set(HONORIFICS.map(bareKey));

/** Words a cue byline may carry after the names ("للنشرة العربية", "من القاهرة"). */
const MAX_TAIL_WORDS = 3;
/** Words starting with a preposition glued to the article: never the start of a name. */
const PREFIXED_PREPOSITION = /^(?:لل|بال|كال|فال)/u;

/** The agency named by `text[start, end)` (brackets and punctuation ignored) as a name span. */
function agencySpan(text: string, start: number, end: number): NameSpan | null {
  const [s, e] = trimBounds(text, start, end);
  if (s >= e) return null;
  const agency = findAgency(text.slice(s, e));
  return agency ? { text: text.slice(s, e), start: s, end: e, name: agency.name } : null;
}

/** A source span: a known agency gets its full name, any other credit its cleaned text. */
function sourceSpan(text: string, start: number, end: number): NameSpan | null {
  return agencySpan(text, start, end) ?? nameSpanOf(text, start, end);
}

/**
 * Index of the first dash that separates two parts of a line: an en/em dash or a bar anywhere, or
 * a hyphen with a space on at least one side (a hyphen inside a word, "أمركي-جزائري", is not one).
 */
export function findSeparator(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    if (isSeparatorAt(text, i)) return i;
  }
  return -1;
}

/** True when `text[i]` is a dash separator (see {@link findSeparator}); the line's edges count as spaces. */
function isSeparatorAt(text: string, i: number): boolean {
  const ch = text[i]!;
  if (!DASHES.has(ch)) return false;
  if (ch !== "-") return true;
  const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
  return isSpace(before) || isSpace(after) || before === 0x0a || after === 0x0a;
}

/** Split a run of author names on "،", ",", "&", "and", "et" and the conjunction "و". */
function splitNames(text: string, words: readonly WordSpan[]): NameSpan[] | null {
  const groups: WordSpan[][] = [[]];
  for (const w of words) {
    const current = groups[groups.length - 1]!;
    if (CONJUNCTIONS.has(w.key) || text.slice(w.start, w.end) === "&") {
      if (current.length > 0) groups.push([]);
      continue;
    }
    current.push(w);
    const last = text[w.end - 1];
    if (last === "،" || last === ",") groups.push([]);
  }
  // "محمد علي ومحمد حسن": split before a word starting with و when both sides have two words
  const split: WordSpan[][] = [];
  for (const group of groups) {
    let from = 0;
    for (let i = 2; i < group.length - 1; i++) {
      const w = group[i]!;
      if (i - from >= 2 && group.length - i >= 2 && text[w.start] === "و" && w.end - w.start > 2) {
        split.push(group.slice(from, i));
        group[i] = w.dropStart(1);
        from = i;
      }
    }
    split.push(group.slice(from));
  }
  const names: NameSpan[] = [];
  for (const group of split) {
    if (group.length === 0) continue;
    if (!isNameShaped(group, 1, 5)) return null;
    const span = nameSpanOf(text, group[0]!.start, group[group.length - 1]!.end);
    if (span) names.push(span);
  }
  return names.length > 0 ? names : null;
}

/** "المصدر: وكالة الأناضول", "Source : APS", "نقلا عن رويترز". */
function sourceLabelLine(text: string, words: readonly WordSpan[], end: number): Credit | null {
  const first = words[0]!;
  let after = -1;
  if (SOURCE_LABEL_SET.has(first.key) && first.key !== "عن") {
    // the label must be followed by a colon (glued or spaced)
    const colonAt = text.indexOf(":", first.start);
    if (colonAt >= 0 && colonAt <= first.end + 1 && colonAt < end) after = colonAt + 1;
  } else if (words.length > 2 && `${first.key} ${words[1]!.key}` === NAQLAN_AN) {
    after = words[1]!.end;
  }
  if (after < 0) return null;
  const source = sourceSpan(text, after, end);
  return source ? { authors: [], dateline: null, source } : null;
}

/** "كتب: محمد علي", "بقلم د. سامي", "By John Smith", "Par Karim B. - Alger". */
function cueLine(text: string, words: readonly WordSpan[], end: number): Credit | null {
  const first = words[0]!;
  if (!isBylineCue(first.key)) return null;
  let from = first.end;
  while (from < end && (isSpace(text.charCodeAt(from)) || text[from] === ":" || DASHES.has(text[from]!))) from++;
  if (from >= end) return null;
  const sep = findSeparator(text, from, end);
  const nameEnd = sep >= 0 ? sep : end;
  const nameWords: WordSpan[] = [];
  const all = wordsOf(text, from, nameEnd);
  for (let i = 0; i < all.length; i++) {
    const w = all[i]!;
    // "إعداد محمد العلي للنشرة العربية": the name ends before a function word or a word with a
    // prefixed preposition (لل، بال، كال، فال), which no name starts with; what follows is a short
    // tail ("من القاهرة"), else the line is prose ("كتب الوزير في رسالته إلى البرلمان أن ...")
    const conjunction = CONJUNCTIONS.has(w.key) || text.slice(w.start, w.end) === "&";
    if (nameWords.length > 0 && !conjunction && (isFunctionWord(w.bare) || PREFIXED_PREPOSITION.test(w.key))) {
      if (all.length - i > MAX_TAIL_WORDS) return null;
      break;
    }
    if (w.letters || w.digits) nameWords.push(w);
  }
  const authors = splitNames(text, nameWords);
  if (!authors) return null;
  const credit: Credit = { authors, dateline: null, source: null };
  if (sep >= 0) credit.source = agencySpan(text, sep + 1, end);
  return credit;
}

/** "الجزائر – ربيعة خريس", "القاهرة - (أ ش أ)", "Paris – AFP", "الشروق أونلاين – محمد علي". */
function placeDashLine(text: string, start: number, end: number): Credit | null {
  const sep = findSeparator(text, start, end);
  if (sep < 0) return placeColonLine(text, start, end);
  const left = wordsOf(text, start, sep);
  const right = wordsOf(text, sep + 1, end);
  if (!isNameShaped(left, 1, 3)) return null;
  // "بيروت -" alone on its line: the dateline of the paragraph below
  if (right.length === 0) return { authors: [], dateline: spanOf(text, start, sep), source: null };
  // a second separator: "القاهرة - (أ ش أ) - محمد علي"
  const agency = agencySpan(text, sep + 1, end);
  const leftIsMedia = left.some((w) => isMediaWord(w.key)) || findAgency(text.slice(start, sep)) !== undefined;
  if (agency) {
    return leftIsMedia
      ? { authors: [], dateline: null, source: agency }
      : { authors: [], dateline: spanOf(text, start, sep), source: agency };
  }
  if (!isNameShaped(right, 2, 4)) return null;
  // "القاهرة - بوابة الأهرام": a media name after the place is the source
  if (right.some((w) => isMediaWord(w.key))) {
    return { authors: [], dateline: spanOf(text, start, sep), source: sourceSpan(text, sep + 1, end) };
  }
  const author = nameSpanOf(text, right[0]!.start, right[right.length - 1]!.end);
  if (!author) return null;
  if (leftIsMedia) return { authors: [author], dateline: null, source: sourceSpan(text, start, sep) };
  return { authors: [author], dateline: spanOf(text, start, sep), source: null };
}

/** Byline shapes that are only bylines in some positions of the page. */
export interface BylineShapes {
  /** accept a line that is only a person's name ("إسلام كعبش"), as after the body */
  bareName?: boolean;
  /** accept "PLACE – NAME" / "PLACE - (AGENCY)", as right before the body */
  placeDash?: boolean;
}

/**
 * "الجزائر: ربيعة خريس", "الجزائر/ ربيعة خريس": a place and a person's name joined by a colon or a
 * slash. Headlines use colons too ("تونس: البرلمان يصادق ..."), so the right side must be a
 * person's name (see `isPersonName`).
 */
function placeColonLine(text: string, start: number, end: number): Credit | null {
  let sep = -1;
  for (let i = start; i < end; i++) {
    if (text[i] === ":" || text[i] === "/") {
      sep = i;
      break;
    }
  }
  if (sep < 0) return null;
  const left = wordsOf(text, start, sep);
  const right = wordsOf(text, sep + 1, end);
  if (!isNameShaped(left, 1, 2) || !isNameShaped(right, 2, 4) || !isPersonName(text, right)) return null;
  const author = nameSpanOf(text, right[0]!.start, right[right.length - 1]!.end);
  return author ? { authors: [author], dateline: spanOf(text, start, sep), source: null } : null;
}

/**
 * Read a short line as a byline: a cue byline ("كتب: ..."), a source label ("المصدر: ..."), a
 * place-dash-name line ("الجزائر – ربيعة خريس"), an agency alone ("(واج)"), or, when
 * `bareName` is set, a name alone ("إسلام كعبش").
 *
 * @param text - the page
 * @param start - start of the line (trimmed)
 * @param end - end of the line (trimmed)
 * @param accept - which position-dependent shapes to accept
 * @returns the credit, or null when the line is not a byline
 */
export function parseBylineLine(text: string, start: number, end: number, accept: BylineShapes = {}): Credit | null {
  const { bareName = false, placeDash = false } = accept;
  if (countWords(text, start, end) > MAX_BYLINE_WORDS) return null;
  const words = wordsOf(text, start, end);
  if (words.length === 0 || words.length > MAX_BYLINE_WORDS) return null;
  const labelled = sourceLabelLine(text, words, end) ?? cueLine(text, words, end);
  if (labelled) return labelled;
  if (placeDash && words.length <= 8) {
    const dashed = placeDashLine(text, start, end);
    if (dashed) return dashed;
  }
  if (words.length <= 4) {
    const agency = agencySpan(text, start, end);
    if (agency) return { authors: [], dateline: null, source: agency };
  }
  // "الرياض (واس)", "Tunis (TAP)"
  if (words.length <= 5 && text[end - 1] === ")") {
    const open = text.lastIndexOf("(", end - 1);
    if (open > start) {
      const agency = agencySpan(text, open + 1, end - 1);
      if (agency && isNameShaped(wordsOf(text, start, open), 1, 3)) {
        return { authors: [], dateline: spanOf(text, start, open), source: agency };
      }
    }
  }
  if (bareName && isNameShaped(words, 2, 4) && !/[:؟?!.]$/u.test(text.slice(start, end))) {
    // "وكالة الأنباء الرسمية", "الشروق نيوز": a media name alone is a source, not an author
    if (words.some((w) => isMediaWord(w.key)))
      return { authors: [], dateline: null, source: sourceSpan(text, start, end) };
    if (!isPersonName(text, words)) return null;
    const author = nameSpanOf(text, start, end);
    if (author) return { authors: [author], dateline: null, source: null };
  }
  return null;
}

/**
 * A person's name written alone: after an optional honorific ("د."), a known given name
 * ("إسلام كعبش", "ليلى بن يوسف"), or initials only ("ع. ب"). A short noun phrase left after an
 * article ("قانون المالية", "مجلس الوزراء") is not a name.
 */
function isPersonName(text: string, words: readonly WordSpan[]): boolean {
  let i = 0;
  if (words.length > 1 && HONORIFIC_SET.has(bareKey(text.slice(words[0]!.start, words[0]!.end)))) i = 1;
  const first = words[i];
  if (!first) return false;
  if (words.every((w) => w.core.length === 1)) return words.length >= 2;
  if (GIVEN_NAME_SET.has(first.key)) return true;
  const second = words[i + 1];
  // compound given names: "عبد الله", "نور الدين", "محمد الأمين"
  return second !== undefined && GIVEN_NAME_SET.has(lookupKey(`${first.core}${second.core}`));
}

/**
 * Read the credit that opens a first paragraph: "أنباء انفو- بعد أيام ..." (source),
 * "واشنطن - أكدت ..." (dateline), "عمان -(بترا)- ..." and "باريس (أ ف ب) - ..." (dateline and
 * source), "ALGIERS (Reuters) - ...".
 *
 * @param text - the page
 * @param start - start of the paragraph
 * @param end - end of the paragraph
 * @returns the credit, or null
 */
export function parseLeadCredit(text: string, start: number, end: number): Credit | null {
  const limit = Math.min(end, start + 60);
  // the lead ends at the first dash separator or opening bracket
  let stop = -1;
  for (let i = start; i < limit; i++) {
    const ch = text[i]!;
    if (ch === "(" || ch === "،" || ch === ",") {
      stop = i;
      break;
    }
    if (isSeparatorAt(text, i)) {
      stop = i;
      break;
    }
    if (ch === "." || ch === ":" || ch === "؟" || ch === '"' || ch === "«" || ch === "”" || ch === "“") return null;
  }
  if (stop <= start) return null;
  const lead = wordsOf(text, start, stop);
  if (!isNameShaped(lead, 1, 3)) return null;
  let cursor = stop;
  let agency: NameSpan | null = null;
  // ", Oct 6" between a Latin place and its agency: skip up to the bracket
  if (text[cursor] === "," || text[cursor] === "،") {
    // "ALGIERS, Oct 6 (Reuters) -", "دبي، الإمارات العربية المتحدة (CNN)--"
    const open = text.indexOf("(", cursor);
    if (open < 0 || open - cursor > 40) return null;
    cursor = open;
  }
  // "-(بترا)-", "(أ ف ب) -", "- (أ ش أ) -"
  let scan = cursor;
  while (scan < end && (isSpace(text.charCodeAt(scan)) || DASHES.has(text[scan]!))) scan++;
  let bracketPlace: Span | null = null;
  if (text[scan] === "(") {
    const close = text.indexOf(")", scan);
    if (close > scan && close - scan <= 30) {
      agency = agencySpan(text, scan + 1, close);
      if (agency) cursor = close + 1;
      else if (isNameShaped(wordsOf(text, scan + 1, close), 1, 2)) {
        // "الأخبار (نواكشوط) –": a site name with its place in brackets
        bracketPlace = spanOf(text, scan + 1, close);
        cursor = close + 1;
      }
    }
  }
  // the lead must be followed by a dash (after the agency, if any) or by the agency itself
  let after = cursor;
  while (after < end && isSpace(text.charCodeAt(after))) after++;
  const dashFollows = after < end && DASHES.has(text[after]!);
  const dashBefore = DASHES.has(text[stop]!);
  if (bracketPlace) {
    if (!dashFollows) return null;
    return { authors: [], dateline: bracketPlace, source: sourceSpan(text, start, stop) };
  }
  if (!agency && !dashBefore) return null;
  if (agency && !dashFollows && !dashBefore) return null;
  const leadText = text.slice(start, stop);
  const leadAgency = findAgency(leadText);
  const media = leadAgency !== undefined || lead.some((w) => isMediaWord(w.key));
  if (media) {
    const source = sourceSpan(text, start, stop);
    return { authors: [], dateline: null, source: agency ?? source };
  }
  const dateline = spanOf(text, start, stop);
  return { authors: [], dateline, source: agency };
}

/**
 * The first bracketed agency credit in `text[start, end)`: "(واج)", "(أ ف ب)", "-(بترا)-".
 *
 * @returns the agency's name span (inside the brackets), or null
 */
export function findBracketAgency(text: string, start: number, end: number): NameSpan | null {
  let i = text.indexOf("(", start);
  let close = -1;
  while (i >= 0 && i < end) {
    // one forward search per closing bracket keeps the scan linear
    if (close <= i) close = text.indexOf(")", i + 1);
    if (close < 0 || close >= end) return null;
    if (close - i <= 30 && text.lastIndexOf("(", close) === i) {
      const agency = agencySpan(text, i + 1, close);
      if (agency) return agency;
    }
    i = text.indexOf("(", i + 1);
  }
  return null;
}

export { cleanName };

/**
 * A credit line naming the site seen in the masthead: "الرباط - هسبريس", "هسبريس من الرباط",
 * "هسبريس" (the site is the source, the other part, one or two words, the dateline).
 *
 * @param text - the page
 * @param start - start of the line
 * @param end - end of the line
 * @param siteKeys - lookup keys of the site's name as printed in the masthead
 * @returns the credit, or null
 */
export function parseSiteCreditLine(
  text: string,
  start: number,
  end: number,
  siteKeys: ReadonlySet<string>,
): Credit | null {
  if (siteKeys.size === 0) return null;
  const words = wordsOf(text, start, end);
  if (words.length === 0 || words.length > 5) return null;
  const isSite = (from: number, to: number) => siteKeys.has(lookupKey(text.slice(from, to).trim()));
  if (isSite(start, end)) return { authors: [], dateline: null, source: sourceSpan(text, start, end) };
  const sep = findSeparator(text, start, end);
  if (sep >= 0) {
    const placeSide = (from: number, to: number) => isNameShaped(wordsOf(text, from, to), 1, 2);
    if (isSite(sep + 1, end) && placeSide(start, sep)) {
      return { authors: [], dateline: spanOf(text, start, sep), source: sourceSpan(text, sep + 1, end) };
    }
    if (isSite(start, sep) && placeSide(sep + 1, end)) {
      return { authors: [], dateline: spanOf(text, sep + 1, end), source: sourceSpan(text, start, sep) };
    }
    return null;
  }
  // "هسبريس من الرباط"
  const from = words.findIndex((w, i) => i > 0 && (w.bare === "من" || w.bare === "في"));
  if (from > 0 && words.length - from - 1 >= 1 && words.length - from - 1 <= 2) {
    const siteEnd = words[from - 1]!.end;
    const place = words.slice(from + 1);
    if (isSite(start, siteEnd) && isNameShaped(place, 1, 2)) {
      return {
        authors: [],
        dateline: spanOf(text, place[0]!.start, place[place.length - 1]!.end),
        source: sourceSpan(text, start, siteEnd),
      };
    }
  }
  return null;
}
