/**
 * Look at one block on its own: its shape, its cue-matching key, and the cue or pattern (date line, menu,
 * breadcrumb) it matches, if any. Context is applied later by `classifyBlocks`.
 */
import { type CueIndex, findCues } from "./cue-index.ts";
import { detectDateLine } from "./detect-date-line.ts";
import { detectBreadcrumb, detectGapMenu, detectSectionMenu, isSectionWords } from "./detect-menu.ts";
import { foldKeyWords } from "./fold-key.ts";
import { isSpace, type LineFacts, lineFacts } from "./line-facts.ts";
import { matchKey } from "./match-key.ts";
import { REASONS } from "./reasons.ts";
import type { ResolvedOptions } from "./resolve-options.ts";
import { AGENCY_CREDITS, CREDIT_LABELS } from "./tables/agency-credits.ts";
import { BYLINE_OPENERS } from "./tables/byline-words.ts";
import { FUNCTION_WORDS } from "./tables/function-words.ts";
import { PROSE_OPENERS } from "./tables/prose-openers.ts";
import { MINUTE_WORDS, READING_WORDS } from "./tables/reading-time.ts";
import { FOLLOW_TRAILERS, SOCIAL_NETWORKS, SUBSCRIBE_VERBS } from "./tables/social-networks.ts";
import type { BlockFeatures, BlockKind, HeadlineListKind } from "./types.ts";

const FUNCTION_KEYS = new Set(FUNCTION_WORDS.map(matchKey));
const BYLINE_WORDS = new Set(BYLINE_OPENERS.map(matchKey));
const OPENER_KEYS = new Set(PROSE_OPENERS.map(matchKey));
const MINUTE_KEYS = new Set(MINUTE_WORDS.map(matchKey));
const READING_KEYS = new Set(READING_WORDS.map(matchKey));
const AGENCY_KEYS = new Set(AGENCY_CREDITS.map(matchKey));
const CREDIT_LABEL_KEYS = new Set(CREDIT_LABELS.map(matchKey));

/** Most words of a reading-time line ("Temps de lecture 4 min"). */
const READING_TIME_MAX_WORDS = 5;

/**
 * A reading-time widget: only minute words, reading labels and numbers, with a minute word and a number or a
 * label ("قراءة 3 دقائق", "3 دقائق", "دقيقتان للقراءة", "Lecture 3 min", "5 min read"). "منذ 5 دقائق" has
 * "منذ", which is neither, and stays a relative date.
 */
function readingTime(words: readonly string[]): LocalClass | null {
  if (words.length < 2 || words.length > READING_TIME_MAX_WORDS) return null;
  let minutes = 0;
  let others = 0;
  for (const w of words) {
    if (MINUTE_KEYS.has(w)) minutes++;
    else if (READING_KEYS.has(w) || isDigitWord(w)) others++;
    else return null;
  }
  return minutes > 0 && others > 0 ? { kind: "widget", reason: REASONS.readingTime } : null;
}

function isDigitWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return w.length > 0;
}

/** Longest agency credit line looked at, in UTF-16 units ("المصدر: فرانس24/ أ ف ب، رويترز"). */
const AGENCY_CREDIT_MAX_CHARS = 60;
/** Most words of the one part of a credit line that names no agency (the site: "فرانس24", "سكاي نيوز"). */
const CREDIT_SITE_MAX_WORDS = 2;

/**
 * A wire credit on its own line: parts split by brackets, slashes, dashes, bars, commas and colons, at least
 * one a known agency ("(رويترز)", "وام", "(أ ف ب، رويترز)"), at most one other part of one or two words (the
 * site: "فرانس24/ أ ف ب"), and an optional "المصدر" label first. Such a line is the story's credit: it is
 * never an item of a headline list next to it.
 */
export function isAgencyCredit(text: string): boolean {
  if (text.length > AGENCY_CREDIT_MAX_CHARS) return false;
  const parts = text.split(/[()[\]/|\-–—،,:：؛;]/u);
  let agencies = 0;
  let others = 0;
  let seen = 0;
  for (const part of parts) {
    const key = matchKey(part);
    if (key === "") continue;
    seen++;
    if (AGENCY_KEYS.has(key)) agencies++;
    else if (seen === 1 && CREDIT_LABEL_KEYS.has(key)) continue;
    else if (++others > 1 || key.split(" ").length > CREDIT_SITE_MAX_WORDS) return false;
  }
  return agencies > 0;
}

/** The line opens with a prose connective ("وقال", "كما", "من جهته"). */
function opensLikeProse(words: readonly string[]): boolean {
  const first = words[0];
  if (first === undefined) return false;
  return OPENER_KEYS.has(first) || (words.length > 1 && OPENER_KEYS.has(`${first} ${words[1]}`));
}

/**
 * The key word is a conjunction و or ف glued to a verb: "ويتوقع", "وتسعى", "فيما", "واكد" (folded وأكد).
 * Imperfect verbs open with ي ت ن ا after the conjunction; "وال"/"فال" (conjunction + article) is a noun.
 * A shape test, not a word list, so it covers verbs no table lists.
 */
function opensWithConjunctionVerb(word: string | undefined): boolean {
  if (word === undefined || word.length < 4) return false;
  const c0 = word.charCodeAt(0);
  if (c0 !== 0x0648 && c0 !== 0x0641) return false; // و ف
  const c1 = word.charCodeAt(1);
  if (c1 === 0x0627) return word.charCodeAt(2) !== 0x0644; // ا, but not the article ال
  return c1 === 0x064a || c1 === 0x062a || c1 === 0x0646; // ي ت ن
}

/** Long unpunctuated lines hold at least this many words to be weighed as prose in the body (see `proseLike`). */
export const PROSE_LIKE_MIN_WORDS = 13;

/** Lines longer than this are never chrome by cue: their key is not even computed (linear time on long lines). */
export const KEY_MAX_WORDS = 25;
/** Nor are lines longer than this many UTF-16 units (a 25-word line is far shorter; this bounds hostile tokens). */
export const KEY_MAX_CHARS = 600;

/** A classification a block earns on its own. */
export interface LocalClass {
  kind: BlockKind;
  reason: string;
  listKind?: HeadlineListKind;
  /** fired by a specific phrase inside a longer line (the `anywhere` rule), not by the line's shape */
  byPhrase?: boolean;
  /** for an inline "اقرأ أيضا: <headline>": end of the heading part and start of the item, in the block's text */
  headEnd?: number;
  itemStart?: number;
}

/** Everything known about a block before context. */
export interface BlockAnalysis {
  facts: LineFacts;
  /** share of the key's words that are function words (0 when not needed to decide prose) */
  functionRatio: number;
  local: LocalClass | null;
  prose: boolean;
  /** a short byline or dateline ("بقلم: ...", "كتب: ...", "الرباط - هسبريس"): article metadata, never a list item */
  byline: boolean;
  /** a chrome phrase inside a prose-shaped line: chrome outside the body, content inside it */
  soft?: boolean;
  /** the block is one to three section names ("اقتصاد", "أخبار مصر"): a menu item if it stands among menu lines */
  menuWords: boolean;
  /**
   * for a long line without final punctuation (13 words up to `headlineMaxWords`, not prose, no cue): how many
   * of three prose features it has (a comma; function words, at least a fifth of its words; a conjunction +
   * verb or connective opener), else 0. Context decides: inside the article body one feature makes it prose,
   * right after the last paragraph two do (sites that drop final periods); elsewhere it stays a headline.
   */
  proseFeatures: number;
  /** one to three words, no final punctuation, no function word: a noun phrase such as a tag */
  nounPhrase: boolean;
  /** a wire credit alone on its line ("(رويترز)", "فرانس24/ أ ف ب"): never a list item */
  agencyCredit: boolean;
}

const WAW = "و";

function functionRatio(words: readonly string[]): number {
  if (words.length === 0) return 0;
  let n = 0;
  for (const w of words) {
    if (FUNCTION_KEYS.has(w) || (w.length > 2 && w.startsWith(WAW) && FUNCTION_KEYS.has(w.slice(1)))) n++;
  }
  return n / words.length;
}

/** Some key word is a function word ("في", "من", "le"), bare or with a glued و. */
export function hasFunctionWord(words: readonly string[]): boolean {
  for (const w of words) {
    if (FUNCTION_KEYS.has(w) || (w.length > 2 && w.startsWith(WAW) && FUNCTION_KEYS.has(w.slice(1)))) return true;
  }
  return false;
}

/** Separators between a label and what follows it: `:` `：` `|` `-` `–` `—` `»` `›` `،`. */
function isLabelSeparator(c: number): boolean {
  return (
    c === 0x3a ||
    c === 0xff1a ||
    c === 0x7c ||
    c === 0x2d ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0xbb ||
    c === 0x203a ||
    c === 0x060c
  );
}

function prefixCue(text: string, index: CueIndex): LocalClass | null {
  const limit = Math.min(text.length, 48);
  // Try each separator in turn: "Mots-clés : ..." has a hyphen inside the label.
  let spaces = 0;
  for (let sep = 1; sep < limit; sep++) {
    const c = text.charCodeAt(sep);
    if (c === 0x20 && ++spaces > 6) return null; // labels are short: "اقرأ أيضا", "Mots-clés"
    if (!isLabelSeparator(c)) continue;
    const cue = index.byKey.get(matchKey(text.slice(0, sep)));
    if (!cue || (cue.match === "line" && cue.kind !== "list-heading" && cue.kind !== "ticker")) continue;
    let itemStart = sep;
    while (
      itemStart < text.length &&
      (isLabelSeparator(text.charCodeAt(itemStart)) || isSpace(text.charCodeAt(itemStart)))
    )
      itemStart++;
    if (itemStart >= text.length || matchKey(text.slice(itemStart)) === "") {
      return { kind: cue.kind, reason: cue.reason, listKind: cue.listKind };
    }
    if (cue.kind === "ticker") return { kind: cue.kind, reason: `${cue.reason}:prefix` };
    if (cue.kind !== "list-heading") return { kind: cue.kind, reason: cue.reason };
    let headEnd = sep;
    while (headEnd > 0 && isSpace(text.charCodeAt(headEnd - 1))) headEnd--;
    return { kind: "list-item", reason: `${cue.reason}:inline`, listKind: cue.listKind, headEnd, itemStart };
  }
  return null;
}

/**
 * A ticker row whose label of two words or more is glued to its first headline ("آخر الأخبارقيس سعيد ...",
 * "أخبار عاجلةانقطاع ..."): the line's first words are the label's, and its last label word runs on into the
 * headline. Only labels of tickers and "latest" lists count; the cue bucket of the first word is looked up once.
 */
function gluedTickerLabel(words: readonly string[], index: CueIndex): LocalClass | null {
  const bucket = index.byFirst.get(words[0] ?? "");
  if (!bucket) return null;
  for (const cue of bucket) {
    const cw = cue.words;
    const last = cw.length - 1;
    if (last < 1 || last + 1 >= words.length) continue;
    if (cue.kind !== "ticker" && !(cue.kind === "list-heading" && cue.listKind === "latest")) continue;
    let same = true;
    for (let i = 1; i < last && same; i++) same = words[i] === cw[i];
    const glued = words[last]!;
    if (same && glued.length >= cw[last]!.length + 2 && glued.startsWith(cw[last]!)) {
      return { kind: "ticker", reason: REASONS.gluedTicker };
    }
  }
  return null;
}

function pick(cue: { kind: BlockKind; reason: string; listKind: HeadlineListKind }): LocalClass {
  return cue.kind === "list-heading"
    ? { kind: cue.kind, reason: cue.reason, listKind: cue.listKind }
    : { kind: cue.kind, reason: cue.reason };
}

function cueClass(words: readonly string[], index: CueIndex): LocalClass | null {
  const hits = findCues(index, words);
  if (hits.wordCount === 0) return null;
  if (hits.dominant && hits.covered >= 0.6 * hits.wordCount) return pick(hits.dominant);
  // A phrase cue with a word or two around it ("الأكثر قراءة اليوم", "حمل تطبيق اليوم السابع"); a two-word
  // chrome phrase inside a line tolerates one extra word only, so a title such as "سياسة الخصوصية الجديدة
  // لفيسبوك" stays a title.
  const phrase = hits.longestPhrase;
  if (phrase) {
    const leading = hits.longestPhraseAt === 0 && phrase.match !== "line"; // "حمل تطبيق <site name>"
    const slack = phrase.kind === "list-heading" || phrase.words.length >= 3 || leading ? 2 : 1;
    if (hits.wordCount - hits.covered <= slack) return pick(phrase);
  }
  // A long specific phrase ("the views expressed in this article") is chrome in a longer notice too.
  const anywhereSlack = hits.anywhere && hits.anywhere.words.length >= 5 ? 18 : 12;
  if (hits.anywhere && hits.wordCount - hits.anywhere.words.length <= anywhereSlack) {
    return { ...pick(hits.anywhere), byPhrase: true };
  }
  return null;
}

/** A key's words (a manual loop: faster than `String.prototype.split` on fresh strings). */
function splitKey(key: string): string[] {
  const words: string[] = [];
  if (key === "") return words;
  let from = 0;
  for (;;) {
    const space = key.indexOf(" ", from);
    if (space < 0) {
      words.push(from === 0 ? key : key.slice(from));
      return words;
    }
    words.push(key.slice(from, space));
    from = space + 1;
  }
}

/** "PLACE - NAME" / "PLACE – AGENCY": two short parts around one dash ("الرباط - هسبريس"). */
function isPlaceDashName(text: string, words: number): boolean {
  if (words > 5 || !hasDash(text)) return false;
  // an agency credit may end with a colon: "الدوحة - قنا:", "مأرب - سبأ:"
  return /^[^-–—:|]{2,40}\s[-–—]\s?[^-–—:|]{2,40}:?$|^[^-–—:|]{2,40}\s?[-–—]\s[^-–—:|]{2,40}:?$/u.test(text);
}

/** Words in `text` (runs of non-space characters). */
function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Fewest words describing a picture before its "©" credit, for a caption. */
const MIN_CAPTION_WORDS = 4;
/** Fewest words after a "الصورة:" label for a caption (a photographer's full name runs to four). */
const MIN_LABELLED_CAPTION_WORDS = 5;
/** Most words of the credited name after "©" in a caption ("© وفا", "© Getty Images"). */
const MAX_COPYRIGHT_CREDIT_WORDS = 3;

/**
 * A caption credited with "©" ("صورة من موقع الهدم في سلوان © وفا"): a description of four words or more
 * before the sign, one to three words without digits after it, and no copyright phrase. A footer's "© 2024
 * SITE" has a year and nothing before the sign.
 */
function isCopyrightCaption(text: string): boolean {
  const at = text.lastIndexOf("©");
  if (at < 0 || /حقوق|rights|droits|copyright/iu.test(text)) return false;
  const after = text.slice(at + 1);
  const credit = countWords(after);
  return (
    countWords(text.slice(0, at)) >= MIN_CAPTION_WORDS &&
    credit >= 1 &&
    credit <= MAX_COPYRIGHT_CREDIT_WORDS &&
    !/[0-9\u0660-\u0669\u06f0-\u06f9]/u.test(after)
  );
}

/**
 * A photo label over a description ("الصورة: رئيس المفوضية خلال المؤتمر الصحفي في طرابلس"): five words or
 * more after the label's colon make it a caption, not a credit ("الصورة: رويترز", "تصوير: أحمد علي").
 */
function isLabelledCaption(text: string): boolean {
  const colon = text.search(/[:：]/u);
  return colon > 0 && colon <= 20 && countWords(text.slice(colon + 1)) >= MIN_LABELLED_CAPTION_WORDS;
}

/**
 * An editors' code line: groups of single Arabic letters joined by a slash ("م ع ح / ع ج", "ع.ش/ ح.ز"),
 * the desk initials a wire agency (KUNA, Petra, DW) prints under the story. A single group ("ع. ب") may be
 * an author's initials and is left to the article parser.
 */
/** A whole line that is one Markdown image: "![" first, "](" inside, ")" last. */
function isMarkdownImage(text: string): boolean {
  return (
    text.charCodeAt(0) === 0x21 &&
    text.charCodeAt(1) === 0x5b &&
    text.charCodeAt(text.length - 1) === 0x29 &&
    text.indexOf("](", 2) > 0
  );
}

/** An Arabic letter, plain (U+0621..U+064A) or in a presentation form (U+FE80..U+FEFC: "ﻡ ﻉ ﺡ"). */
function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0xfe80 && c <= 0xfefc);
}

function isEditorInitials(text: string): boolean {
  if (text.length > 30 || !text.includes("/")) return false;
  let letters = 0;
  let groups = 0;
  let inGroup = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isArabicLetter(c)) {
      // one letter per token: the next character must not be a letter
      if (isArabicLetter(text.charCodeAt(i + 1))) return false;
      letters++;
      if (!inGroup) groups++;
      inGroup = true;
    } else if (c === 0x2f) inGroup = false;
    else if (c !== 0x2e && !isSpace(c)) return false;
  }
  return letters >= 3 && groups >= 2;
}

function hasDash(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}

/** Longest cookie banner looked at, in words (banners run to 40 or 50 words with their buttons). */
const COOKIE_MAX_WORDS = 80;

/** The line mentions cookies ("We use cookies ...", "Ce site utilise des cookies ..."), any case. */
function mentionsCookies(text: string): boolean {
  return /cookie/iu.test(text);
}

/** First words of a "follow us on" row, whatever account it names: "تابعوا RT على", "Follow Al Bayan on". */
const FOLLOW_VERBS = new Set(["تابعوا", "تابعونا", "تابعنا", "تابع", "follow", "suivez", "suivre"].map(matchKey));
/** Last words of such a row: the preposition before the (icon-only) network names. */
const FOLLOW_TAILS = new Set(["على", "عبر", "في", "on", "sur"].map(matchKey));

/** Keys of the verbs of a "subscribe to our channel on <network>" row. */
const SUBSCRIBE_KEYS = new Set(SUBSCRIBE_VERBS.map(matchKey));
/** Keys of the call-to-action words that may close a follow row. */
const TRAILER_KEYS = new Set(FOLLOW_TRAILERS.map(matchKey));

/** Keys of social networks' names (one or two words). */
const NETWORK_KEYS = new Set(SOCIAL_NETWORKS.map(matchKey));
/** Most words of a follow-us row naming its network ("تابعوا قناة RT عربي على تلغرام"). */
const MAX_FOLLOW_WORDS = 7;

/**
 * "تابعوا <account> على" alone on a line (two to five words): a follow-us row whose icons were dropped;
 * or the same row naming its network after the preposition ("تابعوا RT على تلغرام", "Follow us on
 * Instagram", "Suivez-nous sur Facebook"), also opened by a subscribe verb and closed by a call to action
 * ("اشترك في «الأخبار» على يوتيوب هنا").
 */
function followRow(words: readonly string[], end: LineFacts["end"]): LocalClass | null {
  if (words.length < 2 || words.length > MAX_FOLLOW_WORDS + 1) return null;
  const follow = FOLLOW_VERBS.has(words[0]!);
  if (!follow && !SUBSCRIBE_KEYS.has(words[0]!)) return null;
  let n = words.length;
  // a call to action after the network's name ("... على يوتيوب هنا")
  if (TRAILER_KEYS.has(words[n - 1]!)) n--;
  if (n > MAX_FOLLOW_WORDS) return null;
  if (follow && n === words.length && n <= 5 && FOLLOW_TAILS.has(words[n - 1]!))
    return { kind: "social", reason: REASONS.follow };
  // the network's name (one or two words) right after the preposition, no full stop (a sentence of the body)
  if (end === "period") return null;
  for (let k = 1; k <= 2 && n - k - 1 >= 1; k++) {
    if (!FOLLOW_TAILS.has(words[n - k - 1]!)) continue;
    const name = k === 1 ? words[n - 1]! : `${words[n - 2]} ${words[n - 1]}`;
    if (NETWORK_KEYS.has(name)) return { kind: "social", reason: REASONS.follow };
  }
  return null;
}

/**
 * A pager: two or more small page numbers in ascending order with only spaces and arrows between them
 * ("1 2 3 »", "« 4 5"): three numbers, or two and an arrow. Dates join their numbers with "/", "-", "." or ":" and hold a large one.
 */
function isPageNumbers(text: string): boolean {
  let count = 0;
  let previous = -1;
  let value = -1;
  let digits = 0;
  let arrows = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (c >= 0x30 && c <= 0x39) {
      value = (value < 0 ? 0 : value * 10) + (c - 0x30);
      if (++digits > 3) return false;
      continue;
    }
    if (value >= 0) {
      if (previous >= 0 && value !== previous + 1) return false;
      previous = value;
      value = -1;
      digits = 0;
      count++;
    }
    if (isSpace(c)) continue;
    // pager arrows only: « » ‹ › < > … and the dots of an ellipsis
    if (
      c === 0xab ||
      c === 0xbb ||
      c === 0x2039 ||
      c === 0x203a ||
      c === 0x3c ||
      c === 0x3e ||
      c === 0x2026 ||
      c === 0x2e
    ) {
      arrows++;
    } else return false;
  }
  return count >= 3 || (count === 2 && arrows > 0);
}

const CHROME_TAGS = new Set(["nav", "footer", "aside", "menu"]);
const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/**
 * A heading element's tag name (`h1` to `h6`, any case), from an HTML front end's block features.
 *
 * @param tag - a tag name, or undefined
 * @returns true for a heading element
 */
export function isHeadingTag(tag: string | undefined): boolean {
  return tag !== undefined && HEADING_TAGS.has(tag.toLowerCase());
}

/**
 * Analyze one block on its own.
 *
 * @param text - the block's text (trimmed)
 * @param features - optional HTML features
 * @param options - resolved options
 * @param index - compiled cues
 * @param source - the page holding `text` at `from` (defaults to `text` itself)
 * @param from - where `text` starts in `source`
 * @returns shape facts, local classification, prose flag
 */
export function analyzeBlock(
  text: string,
  features: BlockFeatures | undefined,
  options: ResolvedOptions,
  index: CueIndex,
  source: string = text,
  from = 0,
): BlockAnalysis {
  const facts = lineFacts(text, source, from);
  let local: LocalClass | null = null;
  let ratio = 0;
  let menuWords = false;
  let byline = false;
  let proseOpener = false;
  let conjunctionVerb = false;
  let nounPhrase = false;
  if (facts.arabic + facts.latin === 0) {
    const key = text.length <= KEY_MAX_CHARS ? matchKey(text) : "";
    // a pager ("1 2 3 »") is tested first: its ascending numbers would read as a day, month and year
    const pager = isPageNumbers(text);
    const date = !pager && facts.words <= 14 && key !== "" ? detectDateLine(splitKey(key), text) : null;
    if (pager) local = { kind: "navigation", reason: REASONS.pagination };
    else if (date) local = { kind: "date-header", reason: `date:${date}` };
    else local = { kind: "widget", reason: facts.digits > 0 ? REASONS.numbersOnly : REASONS.symbolsOnly };
    return {
      facts,
      functionRatio: 0,
      local,
      prose: false,
      menuWords: false,
      soft: false,
      byline: false,
      proseFeatures: 0,
      nounPhrase: false,
      agencyCredit: false,
    };
  }
  // A Markdown image embed left by an HTML-to-Markdown scraper ("![alt text](https://...)"): markup, not
  // text, even when its alt text repeats the title or caption.
  if (isMarkdownImage(text)) {
    local = { kind: "widget", reason: REASONS.markdownImage };
  } else if (facts.latin > facts.arabic && facts.words <= COOKIE_MAX_WORDS && mentionsCookies(text)) {
    local = { kind: "policy", reason: REASONS.cookies };
  } else if (facts.words <= KEY_MAX_WORDS && text.length <= KEY_MAX_CHARS) {
    const fast = foldKeyWords(text);
    const words = fast ?? splitKey(matchKey(text));
    // Function words and openers only decide prose for mid-length lines without final punctuation.
    const undecided = facts.end !== "period" && facts.end !== "colon";
    if (undecided && facts.words >= 10 && facts.words <= options.headlineMaxWords) {
      ratio = functionRatio(words);
      proseOpener = opensLikeProse(words);
      conjunctionVerb = opensWithConjunctionVerb(words[0]);
    }
    nounPhrase = facts.words <= 3 && facts.end === "none" && !hasFunctionWord(words);
    menuWords = words.length <= 3 && isSectionWords(words);
    byline = facts.words <= 6 && (BYLINE_WORDS.has(words[0] ?? "") || isPlaceDashName(text, facts.words));
    // A label's key starts with the line key's first word (folding is per character on the fast path), so a
    // line whose first word starts no cue has no label cue: skip the per-separator key building.
    const mayHaveLabel = fast === null || (words.length > 0 && index.byFirst.has(words[0]!));
    local =
      (mayHaveLabel ? prefixCue(text, index) : null) ??
      readingTime(words) ??
      cueClass(words, index) ??
      followRow(words, facts.end);
    if (!local && facts.words >= 3 && facts.end !== "period") local = gluedTickerLabel(words, index);
    // "E-mail *": a share word with a required-field star is a comment form's field
    if (local?.reason === REASONS.share && facts.words <= 2 && text.charCodeAt(text.length - 1) === 0x2a)
      local = { kind: "comment-form", reason: REASONS.commentField };
    if (!local && facts.words <= 20 && text.includes("©")) local = { kind: "policy", reason: REASONS.copyright };
    // captions that carry a credit: "... © وفا", "الصورة: <what the picture shows>" are kept for the article
    if (local?.reason === REASONS.copyright && isCopyrightCaption(text)) local = null;
    else if (local?.reason === REASONS.photoCredit && facts.words <= 30 && isLabelledCaption(text)) local = null;
    if (!local && isEditorInitials(text)) local = { kind: "credit", reason: REASONS.editorInitials };
    if (!local) {
      const date = detectDateLine(words, text);
      if (date) local = { kind: "date-header", reason: `date:${date}` };
    }
    if (!local) {
      const menu =
        (facts.separators > 0 && facts.words <= 30 ? detectBreadcrumb(text) : null) ??
        detectSectionMenu(words) ??
        (facts.gaps >= 3 && facts.words <= 24 && facts.end === "none" ? detectGapMenu(text) : null);
      if (menu) local = { kind: "navigation", reason: `nav:${menu}` };
    }
  }
  const agencyCredit = !local && facts.words <= 7 && isAgencyCredit(text);
  const tag = features?.tagName?.toLowerCase();
  const heading = isHeadingTag(tag);
  let prose = false;
  if (facts.words > options.headlineMaxWords) prose = !heading || facts.words > 2 * options.headlineMaxWords;
  else if (facts.words >= options.minProseWords && !heading) {
    prose =
      facts.end === "period" ||
      facts.end === "colon" ||
      (facts.end === "question" && facts.words >= options.minProseWords + 6) ||
      // unpunctuated: only Arabic lines (a French headline is as rich in function words as prose:
      // "Tunisie : hausse des prix des légumes au marché de gros")
      (facts.words >= 10 && facts.arabic > 0 && (ratio >= 0.3 || (proseOpener && facts.end !== "question")));
  }
  if (!local && tag !== undefined && CHROME_TAGS.has(tag)) local = { kind: "navigation", reason: `html:${tag}` };
  if (!local && !prose && features?.linkDensity !== undefined && features.linkDensity >= 0.6) {
    local = { kind: "navigation", reason: REASONS.linkDense };
  }
  // A prose-shaped line that only mentions a chrome phrase ("... جميع الحقوق محفوظة ...") is chrome only
  // outside the article body: context decides (classifyBlocks reverts it to content inside the body).
  const soft = local !== null && local.byPhrase === true && prose;
  if (local) prose = false;
  let proseFeatures = 0;
  if (!prose && !local && !heading && facts.words >= PROSE_LIKE_MIN_WORDS && facts.words <= options.headlineMaxWords) {
    if (facts.end === "none") {
      proseFeatures = (facts.commas > 0 ? 1 : 0) + (ratio >= 0.2 ? 1 : 0) + (proseOpener || conjunctionVerb ? 1 : 0);
    }
  }
  return {
    facts,
    functionRatio: ratio,
    local,
    prose,
    menuWords: menuWords && !local,
    soft,
    byline: byline && !local,
    proseFeatures,
    nounPhrase: nounPhrase && !local && !byline,
    agencyCredit,
  };
}
