import { findAgency, isGluedSiteName, isMediaWord } from "./agency-lookup.ts";
import { LEARNED_VERBS, SOURCE_LABELS } from "./data/agencies.ts";
import { BYLINE_PREFIXES, CONTRIBUTOR_CUES } from "./data/byline-cues.ts";
import { GIVEN_NAMES, HONORIFICS } from "./data/given-names.ts";
import { CORRESPONDENT_WORDS, OFFICE_WORDS, ROLE_WORDS } from "./data/roles.ts";
import {
  countWords,
  isBylineCue,
  isColonBylineCue,
  isFunctionWord,
  isNameShaped,
  type WordSpan,
  wordsOf,
} from "./line-shape.ts";
import { bareKey, lookupKey } from "./lookup-key.ts";
import { cleanName, nameSpanOf, spanOf, trimBounds } from "./name-span.ts";
import { isKnownPlace } from "./place-lookup.ts";
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
  // a lone tatweel between spaces is typed as a dash ("عمان ـ بترا ـ")
  if (ch === "\u0640") {
    return i > 0 && i + 1 < text.length && isSpace(text.charCodeAt(i - 1)) && isSpace(text.charCodeAt(i + 1));
  }
  if (!DASHES.has(ch)) return false;
  if (ch !== "-") return true;
  const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
  return isSpace(before) || isSpace(after) || before === 0x0a || after === 0x0a;
}

/**
 * Name words that open with "و" but are not "و" + a name: the Mauritanian and Sudanese patronymic
 * "ولد" / "ولد" ("son of": "سيدي محمد ولد أحمد") and its plural "ولاد". Source: Mauritanian
 * news sites (Anbaa Info, Cridem, Alakhbar) whose bylines carry "ولد" names.
 */
const UNSPLIT_WAW_NAMES: ReadonlySet<string> = new Set(["ولد", "ولاد", "ولدي"].map(lookupKey));

/**
 * True when a word opens with the letter و, read from its lookup key so that a name printed in
 * presentation forms ("ﻭﺃﺣﻤﺪ") opens with it too.
 */
function opensWithWaw(w: WordSpan): boolean {
  return w.key.charCodeAt(0) === 0x0648;
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
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    let from = 0;
    // "سامي أبو سالم، وأحمد عبد الله": و glued to the given name after a comma ("وليد" stays whole)
    const head = group[0];
    if (g > 0 && head && opensWithWaw(head) && !GIVEN_NAME_SET.has(head.key)) {
      const rest = head.dropStart(1);
      if (GIVEN_NAME_SET.has(rest.key)) group[0] = rest;
    }
    for (let i = 2; i < group.length - 1; i++) {
      const w = group[i]!;
      if (
        i - from >= 2 &&
        group.length - i >= 2 &&
        opensWithWaw(w) &&
        w.end - w.start > 2 &&
        !UNSPLIT_WAW_NAMES.has(w.key) &&
        !GIVEN_NAME_SET.has(w.key)
      ) {
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
    for (let i = first.start; i <= first.end + 1 && i < end; i++) {
      if (text[i] === ":") {
        after = i + 1;
        break;
      }
    }
  } else if (words.length > 2 && `${first.key} ${words[1]!.key}` === NAQLAN_AN) {
    after = words[1]!.end;
  }
  if (after < 0) return null;
  const source = sourceSpan(text, after, end);
  return source ? { authors: [], dateline: null, source } : null;
}

/** A colon right after the word ("نص:", "نص :"). */
function colonAfter(text: string, word: WordSpan, end: number): boolean {
  const last = text[word.end - 1];
  if (last === ":" || last === "：") return true;
  let i = word.end;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return text[i] === ":" || text[i] === "：";
}

/** "كتب: محمد علي", "بقلم د. سامي", "By John Smith", "Par Karim B. - Alger". */
function cueLine(text: string, words: readonly WordSpan[], end: number): Credit | null {
  let first = words[0]!;
  // "نشر بواسطة: ...", "Rédigé par ...", "Written by ..."
  const next = words[1];
  if (next && BYLINE_PREFIX_SET.has(first.key) && isBylineCue(next.key)) first = next;
  // "شارك في التغطية: ...": a contributor phrase of three words closed by a colon
  const third = words[2];
  const contributor =
    third !== undefined &&
    CONTRIBUTOR_SET.has(`${first.key} ${next!.key} ${third.key}`) &&
    colonAfter(text, third, end);
  if (contributor) first = third;
  else if (!isBylineCue(first.key) && !(isColonBylineCue(first.key) && colonAfter(text, first, end))) return null;
  let from = first.end;
  // "ترجمة وتحرير:", "إعداد وتقديم": a second cue joined by و
  const second = words[words.indexOf(first) + 1];
  if (second && text[second.start] === "و" && isBylineCue(lookupKey(second.core.slice(1)))) from = second.end;
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
  if (sep >= 0) {
    credit.source = agencySpan(text, sep + 1, end);
    // "كتب: محمد علي - القاهرة"
    if (!credit.source && isKnownPlace(text.slice(sep + 1, end))) credit.dateline = spanOf(text, sep + 1, end);
  }
  return credit;
}

const ROLE_SET = new Set(ROLE_WORDS.map(lookupKey));
const CONTRIBUTOR_SET = new Set(CONTRIBUTOR_CUES.map(lookupKey));
const BYLINE_PREFIX_SET = new Set(BYLINE_PREFIXES.map(lookupKey));
const OFFICE_SET = new Set(OFFICE_WORDS.map(lookupKey));
const CORRESPONDENT_SET = new Set(CORRESPONDENT_WORDS.map(lookupKey));
const QUOTES = new Set(['"', "«", "»", "“", "”", "'"]);

/**
 * Words that may form a site's or a newspaper's name: no function word, letters in the first word
 * (digits allowed: "مدار24", "اليوم 24").
 */
function isCreditShaped(words: readonly WordSpan[], min: number, max: number): boolean {
  if (words.length < min || words.length > max || !words[0]!.letters) return false;
  return words.every((w) => (w.letters || w.digits) && w.core.length > 0 && !isFunctionWord(w.bare));
}

/** True when `text[start, end)` (spaces trimmed) opens with a quotation mark: a quoted name is a title, not a person. */
function opensWithQuote(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i < end && QUOTES.has(text[i]!);
}

/**
 * The part after the place of a "PLACE - X" credit names a person only when it starts with a known
 * given name, or when it looks like one: two to four words, the first neither a place, nor a word
 * with the article ("النهار الجديد", "الشروق أونلاين", "ليبيا الأحرار"), nor a media word.
 */
function looksLikePerson(text: string, words: readonly WordSpan[]): boolean {
  if (!isNameShaped(words, 2, 4)) return false;
  if (isPersonName(text, words)) return true;
  const first = words[0]!;
  if (words.some((w) => isMediaWord(w.key)) || OFFICE_SET.has(first.key) || ROLE_SET.has(first.key)) return false;
  return !first.bare.startsWith("ال") && !first.key.startsWith("al-") && !isKnownPlace(first.core);
}

/**
 * "عمان-بترا", "الرباط-هسبريس": a place and an agency or site glued by a hyphen in one word (the
 * agency must be known, or the place must be).
 */
function gluedCredit(text: string, start: number, end: number): Credit | null {
  const words = wordsOf(text, start, end);
  if (words.length !== 1) return null;
  const [s, e] = trimBounds(text, start, end);
  const hyphen = hyphenWithin(text, s + 1, e - 1);
  if (hyphen < 0) return null;
  const place = spanOf(text, s, hyphen);
  if (!place) return null;
  const agency = agencySpan(text, hyphen + 1, e);
  if (agency) return { authors: [], dateline: place, source: agency };
  if (!isKnownPlace(place.text)) return null;
  const source = sourceSpan(text, hyphen + 1, e);
  return source ? { authors: [], dateline: place, source } : null;
}

/**
 * A line that is only a writer's job title ("كاتب صحفي", "كاتبة وباحثة", "journaliste"): one to
 * three words, the first a job title.
 *
 * @param text - the whole input
 * @param start - the line's start
 * @param end - the line's end
 * @returns true for a job-title line
 */
export function isRoleOnlyLine(text: string, start: number, end: number): boolean {
  const words = wordsOf(text, start, end);
  return words.length > 0 && words.length <= 3 && ROLE_SET.has(words[0]!.key);
}

/** Most words of an author's bio line after the body ("كاتب وباحث تركي في العلاقات الدولية"). */
const MAX_BIO_WORDS = 14;

/**
 * An author's bio printed under the name after the body ("أستاذ جامعي وكاتب مغربي", "كاتب وصحفي مصري",
 * "Journaliste indépendant"): two to fourteen words opening with a job title, no colon.
 *
 * @param text - the whole input
 * @param start - the line's start
 * @param end - the line's end
 * @returns true for a bio line
 */
export function isAuthorBioLine(text: string, start: number, end: number): boolean {
  if (end - start > 140 || text.slice(start, end).includes(":")) return false;
  const words = wordsOf(text, start, end);
  return words.length >= 2 && words.length <= MAX_BIO_WORDS && ROLE_SET.has(words[0]!.key);
}

/**
 * A name on one line and the writer's job title alone on the next ("سمير عطا الله" then
 * "كاتب صحفي"), as opinion columns print them above the headline: the name is the author.
 *
 * @param text - the whole input
 * @param name - the name line's bounds
 * @param role - the job-title line's bounds (one to three words, the first a job title)
 * @param bio - accept a longer bio line under the name (see `isAuthorBioLine`), as printed after the body
 * @returns the credit, or null when the lines are not shaped so
 */
export function nameAboveRoleLine(
  text: string,
  name: { start: number; end: number },
  role: { start: number; end: number },
  bio = false,
): Credit | null {
  if (!(bio ? isAuthorBioLine(text, role.start, role.end) : isRoleOnlyLine(text, role.start, role.end))) return null;
  const left = wordsOf(text, name.start, name.end);
  if (!looksLikePerson(text, left) || isKnownPlace(text.slice(name.start, name.end))) return null;
  if (ROLE_SET.has(left[0]!.key) || OFFICE_SET.has(left[0]!.key)) return null;
  const author = nameSpanOf(text, left[0]!.start, left[left.length - 1]!.end);
  return author ? { authors: [author], dateline: null, source: null } : null;
}

/**
 * "محمد سعيد - صحفي", "Karim B. – journaliste", "محمد علي - مراسل الجزيرة في القاهرة": a person's
 * name, a dash and a job title.
 */
function roleLine(text: string, start: number, sep: number, end: number): Credit | null {
  const left = wordsOf(text, start, sep);
  const right = wordsOf(text, sep + 1, end);
  const role = right[0];
  if (!role || !ROLE_SET.has(role.key) || !looksLikePerson(text, left) || isKnownPlace(text.slice(start, sep))) {
    return null;
  }
  // "وزير الخارجية - رئيس الوفد": an office, not a name
  if (ROLE_SET.has(left[0]!.key) || OFFICE_SET.has(left[0]!.key)) return null;
  const author = nameSpanOf(text, left[0]!.start, left[left.length - 1]!.end);
  if (!author) return null;
  const credit = correspondentLine(text, right, end, true);
  return { authors: [author], dateline: credit?.dateline ?? null, source: credit?.source ?? null };
}

/**
 * "مراسل الجزيرة نت في القاهرة", "مراسلنا في غزة: يوسف حماد": the media after the word
 * "correspondent" is the source, the place after "في" the dateline, a name after a colon or a
 * dash the author.
 *
 * @param loose - allow three words of media name (right before or after the body)
 */
function correspondentLine(text: string, all: readonly WordSpan[], end: number, loose: boolean): Credit | null {
  // "من مراسلنا في الرباط": "from our correspondent"
  const words = all[0]?.bare === "من" ? all.slice(1) : all;
  const cue = words[0];
  if (!cue || !CORRESPONDENT_SET.has(cue.key)) return null;
  const at = words.findIndex((w, i) => i > 0 && (w.bare === "في" || w.bare === "فى" || w.bare === "من"));
  if (at < 0) {
    // "مراسل الجزيرة نت", "مراسلو سكاي نيوز عربية" alone, where a credit is expected
    const media = words.slice(1);
    if (!loose || !isCreditShaped(media, 1, 3)) return null;
    return {
      authors: [],
      dateline: null,
      source: sourceSpan(text, media[0]!.start, media[media.length - 1]!.end),
    };
  }
  if (at - 1 > (loose ? 3 : 2)) return null;
  const media = words.slice(1, at);
  if (media.length > 0 && !isCreditShaped(media, 1, 3)) return null;
  // the place ends at a colon or a dash; a name may follow
  const afterIn = words[at]!.end;
  let placeEnd = end;
  for (let i = afterIn; i < end; i++) {
    if (text[i] === ":" || isSeparatorAt(text, i)) {
      placeEnd = i;
      break;
    }
  }
  const place = wordsOf(text, afterIn, placeEnd);
  if (!isNameShaped(place, 1, 2)) return null;
  const credit: Credit = {
    authors: [],
    dateline: spanOf(text, place[0]!.start, place[place.length - 1]!.end),
    source: media.length > 0 ? sourceSpan(text, media[0]!.start, media[media.length - 1]!.end) : null,
  };
  if (placeEnd < end) {
    const names = splitNames(text, wordsOf(text, placeEnd + 1, end));
    if (!names) return null;
    credit.authors = names;
  }
  return credit;
}

/** "الجزائر – ربيعة خريس", "القاهرة - (أ ش أ)", "Paris – AFP", "الشروق أونلاين – محمد علي". */
function placeDashLine(text: string, start: number, end: number, strict: boolean): Credit | null {
  const sep = findSeparator(text, start, end);
  if (sep < 0) return gluedCredit(text, start, end) ?? placeColonLine(text, start, end);
  const left = wordsOf(text, start, sep);
  const right = wordsOf(text, sep + 1, end);
  const role = roleLine(text, start, sep, end);
  if (role) return role;
  // "عربي21 - أحمد صلاح", "هسبريس - محمد الراجي": a site's glued name is never a place
  const leftSite = left.length === 1 && isGluedSiteName(left[0]!.key);
  if (!leftSite && (!isNameShaped(left, 1, 3) || OFFICE_SET.has(left[0]!.key))) return null;
  if (leftSite && right.length === 0) return { authors: [], dateline: null, source: sourceSpan(text, start, sep) };
  // "بيروت -" alone on its line: the dateline of the paragraph below; "عمان-بترا-": place and agency
  if (right.length === 0) {
    return gluedCredit(text, start, sep) ?? { authors: [], dateline: spanOf(text, start, sep), source: null };
  }
  // a second separator: "القاهرة - (أ ش أ) - محمد علي", "الرباط - هسبريس - محمد علي"
  const sep2 = findSeparator(text, sep + 1, end);
  if (sep2 > sep + 1) {
    const head = placeDashLine(text, start, sep2, strict);
    if (!head || head.authors.length > 0) return null;
    const tail = wordsOf(text, sep2 + 1, end);
    if (tail.length === 0) return head;
    if (strict ? !isPersonName(text, tail) : !looksLikePerson(text, tail)) return null;
    const author = nameSpanOf(text, tail[0]!.start, tail[tail.length - 1]!.end);
    return author ? { ...head, authors: [author] } : null;
  }
  const agency = agencySpan(text, sep + 1, end);
  const leftIsMedia =
    leftSite || left.some((w) => isMediaWord(w.key)) || findAgency(text.slice(start, sep)) !== undefined;
  // "القاهرة - بوابة الوسط: محمد الصريط": the site, a colon, then its reporter
  const siteColon = leftIsMedia ? null : siteColonAuthor(text, sep + 1, end, strict);
  if (siteColon) return { ...siteColon, dateline: spanOf(text, start, sep) };
  // "Alger - Par Karim B.", "القاهرة - كتب: محمد علي"
  if (isBylineCue(right[0]!.key) || BYLINE_PREFIX_SET.has(right[0]!.key)) {
    const cue = cueLine(text, right, end);
    if (cue) return { ...cue, dateline: cue.dateline ?? spanOf(text, start, sep) };
  }
  // "باريس - مراسل الجزيرة نت", "القاهرة - مراسلنا"
  if (CORRESPONDENT_SET.has(right[0]!.key) && isNameShaped(left, 1, 3)) {
    const media = right.slice(1);
    const source =
      media.length > 0 && isCreditShaped(media, 1, 3)
        ? sourceSpan(text, media[0]!.start, media[media.length - 1]!.end)
        : null;
    return { authors: [], dateline: spanOf(text, start, sep), source };
  }
  // "هسبريس - الرباط": the site first, the place second
  if (
    (!leftIsMedia || leftSite) &&
    right.length <= 2 &&
    isKnownPlace(text.slice(sep + 1, end)) &&
    !isKnownPlace(text.slice(start, sep)) &&
    isCreditShaped(left, 1, 2)
  ) {
    return { authors: [], dateline: spanOf(text, sep + 1, end), source: sourceSpan(text, start, sep) };
  }
  if (agency) {
    return leftIsMedia
      ? { authors: [], dateline: null, source: agency }
      : { authors: [], dateline: spanOf(text, start, sep), source: agency };
  }
  // "بيروت - "النهار الجديد"", "الرباط - هسبريس", "فاس - مدار24", "القاهرة - بوابة الأهرام",
  // "طرابلس - ليبيا الأحرار": a quoted name, a single word or a name that is not a person's is
  // the site or newspaper credited, the source
  if (
    !leftIsMedia &&
    isCreditShaped(right, 1, 4) &&
    !isKnownPlace(text.slice(sep + 1, end)) &&
    !ROLE_SET.has(right[0]!.key) &&
    (opensWithQuote(text, sep + 1, end) ||
      right.length === 1 ||
      right.some((w) => isMediaWord(w.key)) ||
      (!strict && right.length <= 2 && !looksLikePerson(text, right)))
  ) {
    return { authors: [], dateline: spanOf(text, start, sep), source: sourceSpan(text, sep + 1, end) };
  }
  if (strict ? !isPersonName(text, right) : !looksLikePerson(text, right)) return null;
  // "الجزائر – ربيعة خريس وسمير بوعلام": two reporters joined by "و" (two words or more each)
  const pair = right.length >= 4 ? splitNames(text, right) : null;
  const authors = pair && pair.length > 1 ? pair : nameSpanOf(text, right[0]!.start, right[right.length - 1]!.end);
  if (!authors) return null;
  const list = Array.isArray(authors) ? authors : [authors];
  if (leftIsMedia) return { authors: list, dateline: null, source: sourceSpan(text, start, sep) };
  return { authors: list, dateline: spanOf(text, start, sep), source: null };
}

/**
 * "بوابة الوسط: محمد الصريط", "قنا: أحمد علي": a site or agency (one to three words, or a known
 * agency), a colon and a person's name (two to four words). Returns the source and the author.
 */
function siteColonAuthor(text: string, from: number, end: number, strict: boolean): Credit | null {
  let colon = -1;
  for (let i = from; i < end; i++) {
    if (text[i] === ":" || text[i] === "：") {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  const site = wordsOf(text, from, colon);
  const person = wordsOf(text, colon + 1, end);
  if (!isCreditShaped(site, 1, 3) || !isNameShaped(person, 2, 4)) return null;
  const isSite = site.some((w) => isMediaWord(w.key)) || findAgency(text.slice(from, colon)) !== undefined;
  if (!isSite || !(strict ? isPersonName(text, person) : looksLikePerson(text, person))) return null;
  const author = nameSpanOf(text, person[0]!.start, person[person.length - 1]!.end);
  const source = sourceSpan(text, from, colon);
  return author && source ? { authors: [author], dateline: null, source } : null;
}

/** Longest editors'-initials credit line, in UTF-16 units ("ع.ش/ ح.ز/ م.أ.م (د ب أ، أ ف ب، رويترز)"). */
const MAX_INITIALS_LINE = 80;

/**
 * "ع.ش/ ح.ز (د ب أ، أ ف ب)", "ف.ي/ع.ج.م (رويترز)": the editors' initials, then the agencies in
 * brackets, as DW Arabic, BBC Arabic and other international desks close a story. The source is the
 * first agency named; the initials name no one and are left out.
 */
function initialsCreditLine(text: string, start: number, end: number): Credit | null {
  if (end - start > MAX_INITIALS_LINE || text[end - 1] !== ")") return null;
  const open = text.lastIndexOf("(", end - 1);
  if (open <= start) return null;
  // before the bracket: letters in runs of one or two, joined by dots, slashes and spaces
  let run = 0;
  let joints = 0;
  for (let i = start; i < open; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      run = 0;
      continue;
    }
    if (c === 0x2e || c === 0x2f) {
      run = 0;
      joints++;
      continue;
    }
    if (++run > 2 || c < 0x0621) return null;
  }
  if (joints < 2) return null;
  let stop = open + 1;
  while (stop < end - 1 && text[stop] !== "،" && text[stop] !== "," && text[stop] !== "/") stop++;
  const source = agencySpan(text, open + 1, stop);
  return source ? { authors: [], dateline: null, source } : null;
}

/** Byline shapes that are only bylines in some positions of the page. */
export interface BylineShapes {
  /** accept a line that is only a person's name ("إسلام كعبش"), as after the body */
  bareName?: boolean;
  /** accept "PLACE – NAME" / "PLACE - (AGENCY)", as right before the body */
  placeDash?: boolean;
  /** accept "PLACE – NAME" when PLACE is a known place (see `isKnownPlace`), as under the title */
  knownPlace?: boolean;
  /** accept a known place alone on its line as the dateline (under a title-shaped line: "القاهرة") */
  placeAlone?: boolean;
  /**
   * with `placeDash`, read "PLACE – X" only when X is a known given name's person, an agency, a
   * quoted or media name, or one word (the line may be the title: no headline line above it)
   */
  strict?: boolean;
}

/**
 * A broadcaster's Latin acronym ("CGTN", "RT", "BBC", "TRT", "DW"): two to six capital letters. With an
 * Arabic word it names an Arabic service ("CGTN العربية", "RT عربي"), a site rather than a place.
 */
function isLatinAcronym(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 6) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
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
  // "أنقرة/ الأناضول", "فرانس24/ أ ف ب": a place (or the site) and a known agency
  const agency = right.length <= 4 && isCreditShaped(left, 1, 2) ? agencySpan(text, sep + 1, end) : null;
  if (agency) {
    const place = isKnownPlace(text.slice(start, sep).trim());
    return { authors: [], dateline: place ? spanOf(text, start, sep) : null, source: agency };
  }
  // "السومرية نيوز/ بغداد", "شفق نيوز/ أربيل": a site (a media word or a glued site name) and a known place
  if (
    text[sep] === "/" &&
    isCreditShaped(left, 1, 3) &&
    right.length >= 1 &&
    right.length <= 2 &&
    (left.some((w) => isMediaWord(w.key) || isLatinAcronym(text, w.start, w.end)) ||
      (left.length === 1 && isGluedSiteName(left[0]!.key))) &&
    isKnownPlace(text.slice(right[0]!.start, right[right.length - 1]!.end))
  ) {
    return { authors: [], dateline: spanOf(text, sep + 1, end), source: sourceSpan(text, start, sep) };
  }
  if (!isNameShaped(left, 1, 2)) return null;
  // "دبي: «الخليج»", "بيروت: "النهار"": the newspaper's own name in quotes, nothing after it
  if (isCreditShaped(right, 1, 3) && opensWithQuote(text, sep + 1, end) && QUOTES.has(text[end - 1]!)) {
    return { authors: [], dateline: spanOf(text, start, sep), source: sourceSpan(text, sep + 1, end) };
  }
  if (!isNameShaped(right, 2, 4) || !isPersonName(text, right)) return null;
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
  const labelled =
    sourceLabelLine(text, words, end) ?? cueLine(text, words, end) ?? initialsCreditLine(text, start, end);
  if (labelled) return labelled;
  const correspondent = correspondentLine(text, words, end, placeDash || bareName);
  if (correspondent) return correspondent;
  if (accept.placeAlone && words.length <= 2 && isKnownPlace(text.slice(start, end))) {
    // a known place alone on its line under the title ("القاهرة" above "العربي الجديد"): the dateline
    return { authors: [], dateline: spanOf(text, start, end), source: null };
  }
  if (placeDash && words.length <= 8) {
    const dashed = placeDashLine(text, start, end, accept.strict === true);
    if (dashed) return dashed;
  } else if (accept.knownPlace && words.length <= 6 && startsWithPlace(text, words)) {
    // a known place opens a dateline anywhere under the title ("الرباط - هسبريس" above a photo);
    // there an author must start with a known given name
    const dashed = placeDashLine(text, start, end, true);
    if (dashed) return dashed;
  }
  if (bareName && words.length <= 8) {
    // after the body: "محمد سعيد - صحفي"
    const sep = findSeparator(text, start, end);
    const role = sep > start ? roleLine(text, start, sep, end) : null;
    if (role) return role;
  }
  if (words.length <= 4) {
    const agency = agencySpan(text, start, end);
    if (agency) return { authors: [], dateline: null, source: agency };
  }
  // "فهد الشمري، عبدالله العتيبي (جدة، الرياض)": several reporters and the places they filed from
  if (words.length <= 10 && text[end - 1] === ")") {
    const several = reportersWithPlaces(text, start, end, placeDash || bareName);
    if (several) return several;
  }
  // "الرياض (واس)", "Tunis (TAP)"
  if (words.length <= 5 && text[end - 1] === ")") {
    const open = text.lastIndexOf("(", end - 1);
    if (open > start) {
      const agency = agencySpan(text, open + 1, end - 1);
      if (agency && isNameShaped(wordsOf(text, start, open), 1, 3)) {
        return { authors: [], dateline: spanOf(text, start, open), source: agency };
      }
      // "عبدالله الحربي (جدة)": a reporter's name and the place filed from (Saudi and Gulf papers)
      const place = spanOf(text, open + 1, end - 1);
      const left = wordsOf(text, start, open);
      if (place && isKnownPlace(place.text) && (placeDash || bareName ? looksLikePerson : isPersonName)(text, left)) {
        const author = nameSpanOf(text, left[0]!.start, left[left.length - 1]!.end);
        if (author) return { authors: [author], dateline: place, source: null };
      }
    }
  }
  if (bareName && isBareNameShaped(text, words, start, end)) {
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
 * "فهد الشمري، عبدالله العتيبي (جدة، الرياض)", "سارة علي وأحمد حسن (دبي)": two or more reporters'
 * names joined by "،" or "و", then the places they filed from in brackets (Saudi and Gulf papers:
 * Okaz, Al Madina, Al Khaleej). Every bracketed part must be a known place and every name a person's;
 * the dateline is the bracket's content.
 */
function reportersWithPlaces(text: string, start: number, end: number, loose: boolean): Credit | null {
  const open = text.lastIndexOf("(", end - 1);
  if (open <= start) return null;
  const inner = wordsOf(text, open + 1, end - 1);
  if (inner.length === 0 || inner.length > 4) return null;
  const places = splitNames(text, inner);
  if (!places?.every((p) => isKnownPlace(p.text))) return null;
  const names = splitNames(text, wordsOf(text, start, open));
  if (!names || names.length < 2) return null;
  for (const name of names) {
    const parts = wordsOf(text, name.start, name.end);
    if (!isNameShaped(parts, 2, 4) || !(loose ? looksLikePerson : isPersonName)(text, parts)) return null;
  }
  const dateline = spanOf(text, open + 1, end - 1);
  return dateline ? { authors: names, dateline, source: null } : null;
}

/** Two to four name-shaped words not ending like a sentence or a label. */
function isBareNameShaped(text: string, words: readonly WordSpan[], start: number, end: number): boolean {
  return isNameShaped(words, 2, 4) && !/[:؟?!.]$/u.test(text.slice(start, end));
}

/**
 * `text[start, end)` is a person's name alone ("سمير عطا الله"): the bare-name shape of
 * {@link parseBylineLine} (a known given name first, no media word) without its other credit shapes,
 * for callers that only ask whether a short line names a person.
 */
export function isBareAuthorName(text: string, start: number, end: number): boolean {
  const words = wordsOf(text, start, end);
  return (
    isBareNameShaped(text, words, start, end) &&
    !words.some((w) => isMediaWord(w.key)) &&
    isPersonName(text, words) &&
    nameSpanOf(text, start, end) !== null
  );
}

const NAME_PARTICLES: ReadonlySet<string> = new Set(["عبد", "بن", "ابن", "ابو", "بنت"].map(lookupKey));

/**
 * A columnist's name of four words alone on its line ("د. عبد الحي زلوم", "محمد بن عبد الله"): an
 * honorific or a name particle (عبد، بن، أبو) makes it long enough to pass for a four-word title.
 */
export function isLongWriterName(text: string, start: number, end: number): boolean {
  if (!isBareAuthorName(text, start, end)) return false;
  const words = wordsOf(text, start, end);
  if (words.length < 4) return false;
  if (HONORIFIC_SET.has(bareKey(text.slice(words[0]!.start, words[0]!.end)))) return true;
  return words.some((w) => NAME_PARTICLES.has(w.key));
}

/** Longest stretch of text looked up as a place (longer runs are never one). */
const MAX_PLACE_UNITS = 40;

/** Index of the first "-" in `text[from, to)`, or -1 (a bounded search: a huge word costs its own length only). */
function hyphenWithin(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x2d) return i;
  return -1;
}

/** Marks a credit puts after its place besides dashes: "أبوظبي: «الخليج»", "إسطنبول / الأناضول". */
const PLACE_MARKS = new Set([":", "/", "："]);

/** The first character at or after `from` that is not a space, or "". */
function nextMark(text: string, from: number): string {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return text[i] ?? "";
}

/**
 * True when the line opens with a known place of one or two words followed by a dash ("الرباط -",
 * "عمان-بترا"), a colon or a slash ("أبوظبي: «الخليج»", "إسطنبول / الأناضول").
 */
function startsWithPlace(text: string, words: readonly WordSpan[]): boolean {
  const first = words[0]!;
  if (first.end - first.start > MAX_PLACE_UNITS) return false;
  const glued = hyphenWithin(text, first.start + 1, first.end - 1);
  if (glued >= 0 && isKnownPlace(text.slice(first.start, glued))) return true;
  for (let n = 1; n <= 2 && n <= words.length; n++) {
    const last = words[n - 1]!;
    const next = words[n];
    if (last.end - first.start > MAX_PLACE_UNITS) return false;
    const dashAfter =
      isSeparatorAt(text, last.end - 1) ||
      (next !== undefined && DASHES.has(text[next.start]!)) ||
      PLACE_MARKS.has(text[last.end - 1]!) ||
      PLACE_MARKS.has(nextMark(text, last.end));
    if (dashAfter && isKnownPlace(text.slice(first.start, last.end).replace(/[-\u2013\u2014:：/]+$/u, ""))) return true;
  }
  return false;
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
  const slashed = slashLeadSource(text, start, end);
  if (slashed) return { authors: [], dateline: null, source: slashed };
  const learned = learnedSource(text, start, end);
  if (learned) return { authors: [], dateline: null, source: learned };
  const siteFrom = siteFromPlaceLead(text, start, end);
  if (siteFrom) return siteFrom;
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
  // "عمان-بترا- افتتح ...": place and agency glued by hyphens
  if (lead.length === 1 && DASHES.has(text[stop]!)) {
    const glued = gluedCredit(text, start, stop);
    if (glued) return glued;
  }
  // "عمان 5 آذار (بترا) -": a known place followed by the day's date
  let placeEnd = stop;
  if (!isNameShaped(lead, 1, 3)) {
    placeEnd = datedPlaceEnd(text, lead);
    if (placeEnd < 0) return null;
  }
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
      const inner = agency ? null : wordsOf(text, scan + 1, close);
      // "أربيل (كوردستان24)-": a site's glued name in the brackets, credited like an agency
      if (inner && inner.length === 1 && isGluedSiteName(inner[0]!.key)) agency = sourceSpan(text, scan + 1, close);
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
  const dashFollows = after < end && (DASHES.has(text[after]!) || isSeparatorAt(text, after));
  const dashBefore = isSeparatorAt(text, stop);
  if (bracketPlace) {
    if (!dashFollows) return null;
    // "الخرطوم 12 يونيو 2024 (سودان تربيون) -": a dated place, then the site in brackets
    if (placeEnd !== stop) {
      const site = wordsOf(text, bracketPlace.start, bracketPlace.end);
      if (isKnownPlace(bracketPlace.text) || !isCreditShaped(site, 1, 3)) return null;
      return {
        authors: [],
        dateline: spanOf(text, start, placeEnd),
        source: sourceSpan(text, bracketPlace.start, bracketPlace.end),
      };
    }
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
  const dateline = spanOf(text, start, placeEnd);
  // "القدس 5-6-2024 وفا- ...": the agency closes the dated lead
  const last = lead[lead.length - 1]!;
  const closing = !agency && placeEnd !== stop && !last.digits ? agencySpan(text, last.start, stop) : null;
  return {
    authors: [],
    dateline,
    source: agency ?? closing ?? (dashBefore ? leadSource(text, stop + 1, end) : null),
  };
}

const LEARNED_SET: ReadonlySet<string> = new Set(LEARNED_VERBS.map(lookupKey));
/** Closing quotation marks by opening mark. */
const CLOSING_QUOTE: Readonly<Record<string, string>> = { "«": "»", '"': '"', "“": "”", "”": "”" };
/** Longest quoted newspaper name after a "learned" verb, in UTF-16 units. */
const MAX_LEARNED_NAME = 30;

/**
 * "علمت «عكاظ» من مصادر ...": the lead opens with a "learned" verb (see `LEARNED_VERBS`) and a
 * quoted name of one to three words, the paper crediting itself. Returns the name as the source.
 */
function learnedSource(text: string, start: number, end: number): NameSpan | null {
  let i = start;
  while (i < end && !isSpace(text.charCodeAt(i))) i++;
  if (i - start > 8 || !LEARNED_SET.has(lookupKey(text.slice(start, i)))) return null;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  const close = CLOSING_QUOTE[text[i] ?? ""];
  if (close === undefined) return null;
  const stop = text.indexOf(close, i + 1);
  if (stop < 0 || stop > end || stop - i > MAX_LEARNED_NAME) return null;
  return isCreditShaped(wordsOf(text, i + 1, stop), 1, 3) ? sourceSpan(text, i + 1, stop) : null;
}

/** How far into a paragraph a "SITE من PLACE:" lead credit may end, in UTF-16 units. */
const MAX_SITE_FROM_LEAD = 40;

/**
 * "إيلاف من باريس: أعلن ...", "هسبريس من الرباط - ...": a one-word site name, "من" and a known place,
 * closed by a colon or a dash, opening the lead (Elaph, Hespress, Al Arabiya). Returns the site as
 * the source and the place as the dateline.
 */
function siteFromPlaceLead(text: string, start: number, end: number): Credit | null {
  const limit = Math.min(end, start + MAX_SITE_FROM_LEAD);
  let stop = -1;
  for (let i = start; i < limit; i++) {
    const ch = text[i]!;
    if (ch === ":" || ch === "：" || isSeparatorAt(text, i)) {
      stop = i;
      break;
    }
    if (ch === "." || ch === "،" || ch === "," || ch === "(" || ch === "؟") return null;
  }
  if (stop < 0) return null;
  const words = wordsOf(text, start, stop);
  if (words.length < 3 || words.length > 4 || words[1]!.bare !== "من") return null;
  const site = words[0]!;
  const place = words.slice(2);
  if (!site.letters || isFunctionWord(site.bare) || isKnownPlace(site.core)) return null;
  const placeText = text.slice(place[0]!.start, place[place.length - 1]!.end);
  if (!isKnownPlace(placeText)) return null;
  return {
    authors: [],
    dateline: spanOf(text, place[0]!.start, place[place.length - 1]!.end),
    source: sourceSpan(text, site.start, site.end),
  };
}

/** How far into a paragraph a "SITE/ " lead credit may end, in UTF-16 units. */
const MAX_SLASH_LEAD = 30;

/**
 * "شفق نيوز/ صوت مجلس النواب ...": a site or agency named before a slash that opens the lead (Iraqi
 * sites: Shafaq News, Alsumaria, INA). One to three words holding a media word ("نيوز", "وكالة") or a
 * known agency; a place before the slash ("بغداد/") is a dateline and is left to the other shapes.
 */
function slashLeadSource(text: string, start: number, end: number): NameSpan | null {
  const limit = Math.min(end, start + MAX_SLASH_LEAD);
  let slash = -1;
  for (let i = start; i < limit; i++) {
    const ch = text[i]!;
    if (ch === "/") {
      slash = i;
      break;
    }
    if (ch === "." || ch === "،" || ch === "," || ch === ":" || ch === "(" || isSeparatorAt(text, i)) return null;
  }
  if (slash < 0 || !isSpace(text.charCodeAt(slash + 1))) return null;
  const words = wordsOf(text, start, slash);
  if (!isCreditShaped(words, 1, 3)) return null;
  const named = findAgency(text.slice(start, slash)) !== undefined || words.some((w) => isMediaWord(w.key));
  return named ? sourceSpan(text, start, slash) : null;
}

/**
 * End of the place in a lead "PLACE DATE" ("عمان 5 آذار", "الرباط 12/03/2024"): one or two words
 * forming a known place, then at most four words holding a digit; -1 otherwise.
 */
function datedPlaceEnd(text: string, lead: readonly WordSpan[]): number {
  for (let n = 1; n <= 2 && n < lead.length; n++) {
    const rest = lead.slice(n);
    if (rest.length > 4 || !rest.some((w) => w.digits)) continue;
    const place = lead.slice(0, n);
    if (isNameShaped(place, n, n) && isKnownPlace(text.slice(place[0]!.start, place[n - 1]!.end))) {
      return place[n - 1]!.end;
    }
  }
  return -1;
}

/**
 * The site or agency between the dateline's dash and a second dash (or a colon): "الرباط - هسبريس -
 * ...", "القاهرة – بوابة الأهرام – ...", "عمان - بترا - ...". One to three words: before a dash,
 * one word or two with the article or a number ("اليوم 24"); otherwise only an agency, a media name
 * or a quoted name.
 */
function leadSource(text: string, from: number, end: number): NameSpan | null {
  const limit = Math.min(end, from + 40);
  let stop = -1;
  for (let i = from; i < limit; i++) {
    const ch = text[i]!;
    if (ch === ":" || isSeparatorAt(text, i)) {
      stop = i;
      break;
    }
    if (ch === "." && i > from && text[i + 1] === " ") {
      // "موسكو - سبوتنيك. أعلن ...": a known agency closed by a full stop
      return agencySpan(text, from, i);
    }
    if (ch === "." || ch === "،" || ch === "," || ch === "(" || ch === "؟") return null;
  }
  if (stop < 0) return null;
  const words = wordsOf(text, from, stop);
  if (!isCreditShaped(words, 1, 3)) return null;
  const agency = agencySpan(text, from, stop);
  if (agency) return agency;
  // before a second dash: one word ("هسبريس"), or two naming a title ("اليوم 24", "النهار الجديد")
  const titled = words.length === 1 || (words.length === 2 && (words[0]!.bare.startsWith("ال") || words[1]!.digits));
  const named =
    opensWithQuote(text, from, stop) || words.some((w) => isMediaWord(w.key)) || (titled && text[stop] !== ":");
  return named ? sourceSpan(text, from, stop) : null;
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
 * @param beforeBody - the line is the last one above the body, under the title: "SITE من PLACE" is
 *   read with a one-word site not seen in the masthead when PLACE is a known place
 * @returns the credit, or null
 */
export function parseSiteCreditLine(
  text: string,
  start: number,
  end: number,
  siteKeys: ReadonlySet<string>,
  beforeBody = false,
): Credit | null {
  if (siteKeys.size === 0 && !beforeBody) return null;
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
      // "عربي21- أحمد صلاح": the site and its reporter (a known given name first), not a place
      const right = wordsOf(text, sep + 1, end);
      const author = isPersonName(text, right) ? nameSpanOf(text, right[0]!.start, right[right.length - 1]!.end) : null;
      if (author) return { authors: [author], dateline: null, source: sourceSpan(text, start, sep) };
      return { authors: [], dateline: spanOf(text, sep + 1, end), source: sourceSpan(text, start, sep) };
    }
    return null;
  }
  // "هسبريس من الرباط"
  const from = words.findIndex((w, i) => i > 0 && (w.bare === "من" || w.bare === "في"));
  if (from > 0 && words.length - from - 1 >= 1 && words.length - from - 1 <= 2) {
    const siteEnd = words[from - 1]!.end;
    const place = words.slice(from + 1);
    // right above the body, a one-word name "من" a known place is a site credit even without a masthead
    const bareSite =
      beforeBody &&
      from === 1 &&
      words[0]!.letters &&
      !isFunctionWord(words[0]!.bare) &&
      !isKnownPlace(words[0]!.core) &&
      isKnownPlace(text.slice(place[0]!.start, place[place.length - 1]!.end));
    if ((bareSite || isSite(start, siteEnd)) && isNameShaped(place, 1, 2)) {
      return {
        authors: [],
        dateline: spanOf(text, place[0]!.start, place[place.length - 1]!.end),
        source: sourceSpan(text, start, siteEnd),
      };
    }
  }
  return null;
}
