import { REASONS } from "@nass/boilerplate";
import { findAgency, isMediaWord, isSiteNameWord } from "./agency-lookup.ts";
import {
  type Credit,
  findBracketAgency,
  isAuthorBioLine,
  isBareAuthorName,
  isLongWriterName,
  isRoleOnlyLine,
  nameAboveRoleLine,
  parseBylineLine,
  parseLeadCredit,
  parseSiteCreditLine,
} from "./bylines.ts";
import { isPhotoCaption, isSceneCaption } from "./caption-shape.ts";
import { breadcrumbCategories, segmentCategoryStrip } from "./categories.ts";
import { HOME_LABELS } from "./data/categories.ts";
import { KICKER_LABELS, MEDIA_KICKER_LABELS } from "./data/kicker-labels.ts";
import { PARAGRAPH_OPENERS } from "./data/paragraph-openers.ts";
import {
  PUBLISH_CUES,
  PUBLISHED_IN_CONNECTORS,
  PUBLISHED_IN_CUES,
  TODAY_CUES,
  UPDATE_CUES,
} from "./data/publish-cues.ts";
import { STAFF_COLLECTIVES } from "./data/staff-collectives.ts";
import { WAW_ROOT_WORDS } from "./data/waw-root-words.ts";
import { Lead } from "./lead-overlap.ts";
import {
  countLine,
  countWords,
  endsLikeSentence,
  endsWithColon,
  endsWithTwoDots,
  isHeadlineShaped,
  isProse,
  isSubheadingShaped,
  type LineCounts,
  lastMeaningfulChar,
  opensWithListMarker,
  wordsOf,
} from "./line-shape.ts";
import { lookupKey } from "./lookup-key.ts";
import { cleanName, nameSpanOf, trimBounds, wsSpanOf } from "./name-span.ts";
import { findDateInTokens } from "./parse-arabic-date.ts";
import { isKnownPlace } from "./place-lookup.ts";
import { computeStats } from "./stats.ts";
import { tokenize } from "./tokenize.ts";
import type {
  Article,
  Block,
  DateSpan,
  HeadlineList,
  NameSpan,
  Paragraph,
  RemovedBlock,
  Sentence,
  Span,
} from "./types.ts";

/** Everything the assembler needs: the page, its classified blocks, and a sentence splitter. */
export interface AssembleInput {
  /** the page */
  text: string;
  /** every block of the page, classified (from `@nass/boilerplate`) */
  blocks: readonly Block[];
  /** headline lists (from `@nass/boilerplate`) */
  lists: readonly HeadlineList[];
  /** reference date for relative dates, or null */
  reference: Date | null;
  /** split a paragraph's text into sentences, offsets into that text */
  splitSentences: (paragraph: string) => readonly Sentence[];
  /** reading speed for `stats.readingMinutes` */
  wordsPerMinute: number;
}

/** A meta line holds a date and little else: "نشر في: الأحد 6 أكتوبر 2024 - 10:30". */
const MAX_META_WORDS = 14;
/** Words a date line may hold besides its date ("نشر في", "آخر تحديث", "Publié le"). */
const MAX_WORDS_BESIDE_DATE = 4;
/** Words before the date of an aggregator's "نشر في OUTLET يوم DATE" stamp: the label (two), a five-word outlet, a connector. */
const MAX_PUBLISHED_IN_WORDS = 8;
/** Reason given to the blocks of a page that holds no Arabic script. */
const NO_ARABIC_REASON = "article:no-arabic";
/** Reason given to short label lines after the body (tags the chrome classifier kept). */
const TRAILING_REASON = "article:trailing-label";
/** A kept block no field uses: the second copy of a line printed twice (title, caption, paragraph). */
const DUPLICATE_REASON = "article:duplicate";
/** A kept block no field uses and that repeats nothing (a masthead name read as the site, a spent credit). */
const UNUSED_REASON = "article:unused";
/** Reason for an author's bio line under the name after the body. */
const BIO_REASON = "article:author-bio";
/** Most words of the name line above an author's bio. */
const MAX_BIO_NAME_WORDS = 4;
/** Longest trailing label line, in words. */
const MAX_TRAILING_LABEL_WORDS = 3;
/** Longest video title under a "شاهد الفيديو" label taken as a caption, in words. */
const MAX_VIDEO_CAPTION_WORDS = 12;
/** Most words of a title (Youm7's run-on headlines reach 40); a longer line is a ticker or a paragraph. */
const MAX_TITLE_WORDS = 50;

/** Words of a title in the usual case; shorter lines above it are labels, menus or site names. */
const MIN_TITLE_WORDS = 4;

/**
 * Most words of a kicker ending with ".." on its own line above the headline ("بعد تأخر
 * الأمطار.."): Algerian and Tunisian WordPress news themes print the headline's first clause so.
 */
const MAX_DOT_KICKER_WORDS = 8;

function spanOfBlock(block: Block): Span {
  return { text: block.text, start: block.start, end: block.end };
}

function findBlockDate(text: string, block: Block, counts: LineCounts, reference: Date | null): DateSpan | null {
  if (counts.words > MAX_META_WORDS) return null;
  // without a reference date, every date expression holds a digit
  if (reference === null && !counts.digits) return null;
  const found = findDateInTokens(text, tokenize(text, block.start, block.end), reference);
  if (!found) return null;
  const date: DateSpan = { text: found.text, start: found.start, end: found.end, iso: found.iso };
  if (found.hijri) date.hijri = found.hijri;
  return date;
}

/** How far after the place a lead's date may run ("الخرطوم 12 يونيو 2024 "), in UTF-16 units. */
const LEAD_DATE_REACH = 30;

/**
 * The date right after a lead's place ("عمان 5 آذار 2024 (بترا) -", "بكين، 22 نوفمبر 2026 (شينخوا) --"): a
 * full date (with a year) starting within a space (or a comma) of the place; a lone day and month ("10 - 6") are no date.
 */
function leadDate(text: string, from: number, end: number): DateSpan | null {
  const found = findDateInTokens(text, tokenize(text, from, Math.min(end, from + LEAD_DATE_REACH)), null);
  // Xinhua and CGTN print a comma after the place: "بكين، 22 نوفمبر 2026 (شينخوا) --"
  if (!found || !/^\s*[،,]?\s*$/u.test(text.slice(from, found.start))) return null;
  const date: DateSpan = { text: found.text, start: found.start, end: found.end, iso: found.iso };
  if (found.hijri) date.hijri = found.hijri;
  return date;
}

/** Facts about one block, computed on first use (most removed blocks never need a date). */
class BlockInfo {
  readonly block: Block;
  private readonly text: string;
  private readonly reference: Date | null;
  private countsCache: LineCounts | null = null;
  private dateCache: DateSpan | null | undefined;
  private dateLineCache: boolean | undefined;
  private proseCache: boolean | undefined;

  constructor(text: string, block: Block, reference: Date | null) {
    this.text = text;
    this.block = block;
    this.reference = reference;
  }

  /** one-pass counts of the block */
  get counts(): LineCounts {
    if (this.countsCache === null) this.countsCache = countLine(this.text, this.block.start, this.block.end);
    return this.countsCache;
  }

  /** words of the block */
  get words(): number {
    return this.counts.words;
  }

  /** the block is prose (see `isProse`) */
  get prose(): boolean {
    if (this.proseCache === undefined) this.proseCache = isProse(this.block.text, this.words);
    return this.proseCache;
  }

  /** the first date of a short block, else null */
  get date(): DateSpan | null {
    if (this.dateCache === undefined)
      this.dateCache = findBlockDate(this.text, this.block, this.counts, this.reference);
    return this.dateCache;
  }

  /** the block is mostly its date: "نشر في: الأحد 6 أكتوبر 2024 - 10:30" */
  get dateLine(): boolean {
    if (this.dateLineCache === undefined) {
      const date = this.date;
      let beside = date === null ? 0 : this.words - countWords(date.text);
      if (date !== null && beside > MAX_WORDS_BESIDE_DATE) {
        // the same day in a second calendar ("6 يونيو 2024 م ـ 29 ذو القعدة 1445 هـ") is not extra words
        const twin = findDateInTokens(this.text, tokenize(this.text, date.end, this.block.end), null);
        if (twin) beside -= countWords(twin.text);
      }
      if (date !== null && beside > MAX_WORDS_BESIDE_DATE && publishedInCueLength(this.block.text) > 0) {
        // "نشر في OUTLET بتاريخ DATE": the label, the outlet's name and a connector are the stamp, not extra words
        const before = countWords(this.text.slice(this.block.start, date.start));
        if (before <= MAX_PUBLISHED_IN_WORDS && beside - before <= MAX_WORDS_BESIDE_DATE) beside = 0;
      }
      this.dateLineCache = date !== null && beside <= MAX_WORDS_BESIDE_DATE && !this.prose;
    }
    return this.dateLineCache;
  }
}

const PUBLISH_CUE_SET = new Set(PUBLISH_CUES.map(lookupKey));
const UPDATE_CUE_SET = new Set(UPDATE_CUES.map(lookupKey));

/** True when a date line is labelled as an update ("آخر تحديث", "Mis à jour"). */
function hasUpdateCue(text: string, block: Block): boolean {
  return wordsOf(text, block.start, block.end).some((w) => UPDATE_CUE_SET.has(w.key));
}

/** True when a date line is labelled as a publication or update date ("نشر في", "Publié le"). */
function hasPublishCue(text: string, block: Block): boolean {
  return wordsOf(text, block.start, block.end).some((w) => PUBLISH_CUE_SET.has(w.key));
}

const TODAY_CUE_SET = new Set(TODAY_CUES.map(lookupKey));

/** True when a date line opens with a "today" label ("اليوم: الأحد 22 نوفمبر 2026", "Today:"). */
function hasTodayCue(text: string, block: Block): boolean {
  const first = wordsOf(text, block.start, Math.min(block.end, block.start + 16))[0];
  return first !== undefined && TODAY_CUE_SET.has(first.key);
}

const HOME_KEYS = new Set(HOME_LABELS.map(lookupKey));

/** A short line of a menu: a removed navigation block of at most three words. */
function isShortMenuLine(block: Block): boolean {
  return block.boilerplate && block.kind === "navigation" && countWords(block.text) <= 3;
}

/** A section label: one or two words of letters, no colon, not the home item. */
function isSectionLabel(text: string, block: Block): boolean {
  const words = wordsOf(text, block.start, block.end);
  if (words.length === 0 || words.length > 2 || HOME_KEYS.has(lookupKey(block.text))) return false;
  // "المصدر: "النهار"" is a credit, not a section
  return words.every((w) => w.letters && !w.digits) && !/[:：«»"“”]/u.test(block.text);
}

/** True when two lines are the same text, up to diacritics, tatweel and letter variants. */
function sameText(a: string, b: string, bKey: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > b.length / 4) return false;
  return lookupKey(a) === bKey;
}

const OPENER_KEYS = new Set(PARAGRAPH_OPENERS.map(lookupKey));
/** Words of a line that is body even without punctuation: longer than any deck. */
const MIN_RUN_WORDS = 10;

/** True when a line opens like a continuation paragraph ("وقال ...", "من جهته ..."). */
function opensParagraph(text: string, block: Block): boolean {
  const words = wordsOf(text, block.start, Math.min(block.end, block.start + 40));
  const first = words[0];
  if (!first) return false;
  if (OPENER_KEYS.has(first.key)) return true;
  const second = words[1];
  return second !== undefined && OPENER_KEYS.has(`${first.key} ${second.key}`);
}

/**
 * Index (in `kept`) of the first body block: the first prose block; or, on sites that drop
 * punctuation, a long line opening like a continuation paragraph ("ويهدف القانون ...") together
 * with the long lines right before it (the lead paragraph), never the first headline line.
 */
function findBodyStart(text: string, kept: readonly BlockInfo[]): number {
  const prose = kept.findIndex((info) => info.prose);
  const limit = prose < 0 ? kept.length : prose;
  const firstHeadline = kept.findIndex((info) => info.words >= 2);
  for (let i = firstHeadline + 1; i > 0 && i < limit; i++) {
    const info = kept[i]!;
    if (info.words < MIN_RUN_WORDS - 2 || !opensParagraph(text, info.block)) continue;
    let start = i;
    while (start - 1 > firstHeadline && kept[start - 1]!.words >= MIN_RUN_WORDS && !kept[start - 1]!.dateLine) start--;
    return start;
  }
  return prose;
}

/**
 * A masthead line naming the site: up to five words with a site-only word ("بي بي سي نيوز عربي"),
 * or up to three with any media word ("بوابة الأهرام").
 */
function isSiteName(text: string, block: Block, words: number): boolean {
  if (words > 5) return false;
  const list = wordsOf(text, block.start, block.end);
  return list.some((w) => isSiteNameWord(w.key)) || (words <= 3 && list.some((w) => isMediaWord(w.key)));
}

/** Most words of a site's full name printed over its menu ("وكالة الأنباء والمعلومات الفلسطينية - وفا"). */
const MAX_MASTHEAD_NAME_WORDS = 8;

/**
 * A site's full name at the top of the page: among the first lines, holding a media word ("وكالة",
 * "صحيفة", "بوابة"), with a menu or other navigation line right below it.
 */
function isMastheadName(text: string, blocks: readonly Block[], info: BlockInfo, top: number): boolean {
  const { block } = info;
  if (block.index >= top + MASTHEAD_LINES || info.words > MAX_MASTHEAD_NAME_WORDS) return false;
  if (blocks[block.index + 1]?.kind !== "navigation") return false;
  return wordsOf(text, block.start, block.end).some((w) => isMediaWord(w.key));
}

/** A person's name printed before the date on a date line ("محمد علي | 12 مارس 2024"). */
function nameBeforeDate(text: string, info: BlockInfo): Credit | null {
  const date = info.date;
  if (!date) return null;
  const [s, e] = trimBounds(text, info.block.start, date.start);
  return e > s ? parseBylineLine(text, s, e, { bareName: true }) : null;
}

/** The length of the {@link PUBLISHED_IN_CUES} label opening `line` ("نشر في ..."), or -1. */
function publishedInCueLength(line: string): number {
  const first = line.charCodeAt(0);
  // cheap gate: the labels start with ن / م / p
  if (first !== 0x0646 && first !== 0x0645 && (first | 0x20) !== 0x70) return -1;
  for (const cue of PUBLISHED_IN_CUES) {
    if (line.length > cue.length && line.slice(0, cue.length).toLowerCase() === cue && line[cue.length] === " ") {
      return cue.length;
    }
  }
  return -1;
}

/** Most words an outlet's name holds in a "نشر في OUTLET يوم DATE" stamp. */
const MAX_OUTLET_WORDS = 5;

/**
 * The original outlet named by an aggregator's stamp before its date ("نشر في الشروق اليومي يوم 12 - 06 -
 * 2024" gives "الشروق اليومي"), else null: the line opens with a {@link PUBLISHED_IN_CUES} label followed by
 * one to five words before the date, not counting a connector ("يوم", "le").
 */
function outletBeforeDate(text: string, info: BlockInfo): NameSpan | null {
  const date = info.date;
  const line = info.block.text;
  if (!date || line.length < 8) return null;
  const cueLength = publishedInCueLength(line);
  if (cueLength < 0) return null;
  const from = info.block.start + cueLength;
  if (date.start <= from) return null;
  let [s, e] = trimBounds(text, from, date.start);
  // drop a connector word left before the date ("... يوم", "... le")
  const space = text.lastIndexOf(" ", e - 1);
  if (space > s && PUBLISHED_IN_CONNECTORS.includes(text.slice(space + 1, e).toLowerCase())) {
    [s, e] = trimBounds(text, s, space);
  }
  if (e <= s || !/^\p{L}/u.test(text[s]!)) return null;
  const words = countWords(text.slice(s, e));
  return words >= 1 && words <= MAX_OUTLET_WORDS ? nameSpanOf(text, s, e) : null;
}

/** True when a line ends with an initial: a one-letter word and a dot ("Karim B.", "سارة ب."). */
function endsWithInitial(line: string): boolean {
  const n = line.length;
  return n >= 3 && line[n - 1] === "." && line[n - 3] === " " && line[n - 2] !== ".";
}

/** Words from which a line with two commas or more reads as a sentence, not a headline. */
const MIN_CLAUSE_WORDS = 15;

/**
 * A first line shaped like a paragraph rather than a title: it ends with a single full stop (three
 * words or more), a comma, or (with six words or more) a colon leading into a quote, or it runs to fifteen words or
 * more with a comma. Titles carry none of these.
 */
function isLeadParagraph(info: BlockInfo): boolean {
  const line = info.block.text;
  if (info.words < 3) return false;
  const last = lastMeaningfulChar(line);
  if ((last === "." || last === "۔") && !line.endsWith("..")) return true;
  if (info.words < 4) return false;
  if (last === "،" || last === ",") return true;
  if (endsWithColon(line) && info.words >= 6) return true;
  if (info.words >= 6 && hasInnerSentenceEnd(line)) return true;
  return info.words >= MIN_CLAUSE_WORDS && /[،,]/u.test(line);
}

/** Sentence terminators that, followed by a space and a letter, start a second sentence in a line. */
const INNER_TERMINATORS = new Set([".", "!", "?", "؟"]);

/**
 * True when a line holds two sentences: a single terminator (not `..`, not inside a number) then a
 * space and a letter ("... الجزائر. وقالت ..."). Headlines are one sentence; their `..` separators
 * do not count.
 */
function hasInnerSentenceEnd(line: string): boolean {
  for (let i = 1; i < line.length - 2; i++) {
    if (!INNER_TERMINATORS.has(line[i]!)) continue;
    const before = line[i - 1]!;
    if (INNER_TERMINATORS.has(before) || INNER_TERMINATORS.has(line[i + 1]!) || /\d/u.test(before)) continue;
    if (line[i + 1] === " " && /\p{L}/u.test(line[i + 2]!)) return true;
  }
  return false;
}

/** Most words of a deck printed under the title with a final full stop; a lead is longer or credited. */
const MAX_DECK_WORDS = 30;

/** Chrome that may stand between a deck and the byline or body under it. */
const BETWEEN_DECK_AND_BODY: ReadonlySet<string> = new Set(["date-header", "social", "widget", "credit"]);

/**
 * Where the body starts when its first prose line is a deck: a line of at most thirty words ending with a
 * single full stop, printed right under a headline-shaped title (nothing between) and followed by what
 * opens a story, a byline or bare name ("سمير بن زيان"), a date line (kept or removed) or a lead that opens
 * with its credit ("طرابلس (وكالات) - ..."). Then the body starts at the next prose line after the deck;
 * otherwise `bodyStart` is returned unchanged (a short first paragraph under the title stays a paragraph).
 */
function skipDeck(text: string, blocks: readonly Block[], kept: readonly BlockInfo[], bodyStart: number): number {
  const deck = kept[bodyStart]!;
  const title = kept[bodyStart - 1]!;
  // cheap shape first: a short line ending with one full stop, right under a title-shaped line
  if (deck.words < 6 || deck.words > MAX_DECK_WORDS) return bodyStart;
  const line = deck.block.text;
  if (lastMeaningfulChar(line) !== "." || line.endsWith("..")) return bodyStart;
  if (title.block.index !== deck.block.index - 1 || title.words < MIN_TITLE_WORDS || title.prose) return bodyStart;
  if (endsWithColon(title.block.text)) return bodyStart;
  if (opensParagraph(text, deck.block) || parseLeadCredit(text, deck.block.start, deck.block.end)) return bodyStart;
  // a photo's caption under the deck ("صورة من: ..." under DW's teaser) stands between it and the story
  let nextPos = bodyStart + 1;
  while (nextPos < kept.length && isCaptionLine(kept[nextPos]!)) nextPos++;
  const next = kept[nextPos];
  if (!next) return bodyStart;
  let dated = false;
  for (let i = deck.block.index + 1; i < next.block.index; i++) {
    const between = blocks[i]!;
    if (!between.boilerplate) continue; // a kept line here is one of the captions skipped above
    if (!BETWEEN_DECK_AND_BODY.has(between.kind)) return bodyStart;
    if (between.kind === "date-header") dated = true;
  }
  const { block } = next;
  let opensStory = dated || next.dateLine;
  if (!opensStory && !next.prose && block.text.length <= 60) {
    const credit = parseBylineLine(text, block.start, block.end, { bareName: true });
    opensStory = credit !== null && (credit.authors.length > 0 || credit.source !== null);
  }
  if (!opensStory && next.prose) {
    const lead = parseLeadCredit(text, block.start, block.end);
    opensStory = lead !== null && (lead.dateline !== null || lead.source !== null);
  }
  if (!opensStory) return bodyStart;
  for (let k = bodyStart + 1; k < kept.length; k++) if (kept[k]!.prose) return k;
  return bodyStart;
}

/** A kept line under a deck that captions a photo ("صورة من: ...", "الصورة: ..."), not prose. */
function isCaptionLine(info: BlockInfo | undefined): boolean {
  return info !== undefined && !info.prose && isPhotoCaption(info.block.text);
}

/** Chrome that ends the article's own trailer: lists and comments. */
const STOP_KINDS: ReadonlySet<string> = new Set(["list-heading", "list-item", "comment-form"]);

function firstBodyIndexOf(kept: readonly BlockInfo[], bodyStart: number, total: number): number {
  return bodyStart >= 0 ? kept[bodyStart]!.block.index : total;
}

/** Kinds of the masthead chrome that separates a site's "today" line from the article. */
const MASTHEAD_KINDS: ReadonlySet<string> = new Set(["navigation", "ticker", "widget", "social"]);

/**
 * A removed date line is the site's "today" header when masthead chrome (menus, breadcrumbs,
 * tickers) stands between it and the title (seed 003: date, ticker, breadcrumb, title), or when it is the
 * page's first line with the site's name under it; a date printed right above the title is the article's own.
 */
function isMastheadDate(
  blocks: readonly Block[],
  block: Block,
  titleIndex: number,
  siteLines: ReadonlySet<number>,
  top: number,
  nextChrome: MastheadChrome,
): boolean {
  if (block.kind !== "date-header") return false;
  const end = titleIndex < 0 ? blocks.length : titleIndex;
  if (nextChrome.after(block.index) < end) return true;
  // the page's first line, over the site's name ("الأحد 22 نوفمبر 2026" / "إيلاف" / title)
  if (block.index === top) {
    for (let i = block.index + 1; i < end; i++) if (siteLines.has(i) && !isKickerLabel(blocks, i)) return true;
  }
  return titleIndex < 0;
}

/**
 * Where the next masthead chrome block (a removed menu, ticker, widget or share row) stands after any block,
 * computed once per page in one backward pass (a page of many date lines asked it once per line).
 */
class MastheadChrome {
  private next: Int32Array | null = null;
  constructor(private readonly blocks: readonly Block[]) {}

  /** Index of the first masthead chrome block after block `i`, or the block count when there is none. */
  after(i: number): number {
    if (this.next === null) {
      const n = this.blocks.length;
      const next = new Int32Array(n + 1);
      next[n] = n;
      for (let k = n - 1; k >= 0; k--) {
        const b = this.blocks[k]!;
        next[k] = b.boilerplate && MASTHEAD_KINDS.has(b.kind) ? k : next[k + 1]!;
      }
      this.next = next;
    }
    return this.next[Math.min(i + 1, this.blocks.length)]!;
  }
}

/** Longest line read as a caption for being right under a photographer's credit. */
const MAX_CREDITED_CAPTION_WORDS = 12;

/**
 * The line right under a photographer's credit ("تصوير: كريم عبد العزيز" / "وزير الإسكان خلال
 * المؤتمر الصحفي"), short and not a sentence, describes the photo: a caption, not a deck.
 */
function underPhotoCredit(blocks: readonly Block[], block: Block): boolean {
  return (
    blocks[block.index - 1]?.reason === "cue:photo-credit" &&
    !endsLikeSentence(block.text) &&
    countWords(block.text) <= MAX_CREDITED_CAPTION_WORDS
  );
}

/** Removed kinds that may sit between a title and the body (dates, credits, share rows). */
const BETWEEN_TITLE_AND_BODY: ReadonlySet<string> = new Set(["date-header", "credit", "social", "widget", "ticker"]);
/** Removed kinds that may hold a misclassified title. */
const TITLE_RESCUE_KINDS: ReadonlySet<string> = new Set(["list-item", "ticker", "navigation", "heading", "content"]);
/** Removed kinds holding another story's headline (a ticker item, a list item). */
const ITEM_KINDS: ReadonlySet<string> = new Set(["list-item", "ticker"]);
/** How far above the body a title is looked for. */
const RESCUE_DEPTH = 6;

/**
 * A title the chrome classifier removed: walking up from the body over dates, bylines and credits,
 * the first headline-shaped line of four words or more (or the last item of a breadcrumb).
 */
function rescueTitle(text: string, infos: readonly BlockInfo[], bodyIndex: number, lead: Lead): Span | null {
  for (let i = bodyIndex - 1; i >= 0 && i >= bodyIndex - RESCUE_DEPTH; i--) {
    const info = infos[i]!;
    const { block } = info;
    if (info.dateLine) continue;
    if (!block.boilerplate) {
      if (parseBylineLine(text, block.start, block.end, { placeDash: true })) continue;
      return null;
    }
    if (block.kind === "navigation") {
      const last = breadcrumbLastItem(text, block);
      if (last) return last;
      // a menu strip, breadcrumb or masthead is never a title as a whole ("الرئيسية | محلي | اقتصاد")
      if (!rescuableNavigation(block)) return null;
    }
    if (
      TITLE_RESCUE_KINDS.has(block.kind) &&
      info.words >= MIN_TITLE_WORDS &&
      isHeadlineShaped(block.text, info.words)
    ) {
      // a ticker or list headline is the article's title only when it repeats the lead's words: a
      // title-less article under another story's headline ("عاجل" / headline / body) has no title
      if (ITEM_KINDS.has(block.kind) && !lead.shares(block.start, block.end)) return null;
      return spanOfBlock(block);
    }
    if (BETWEEN_TITLE_AND_BODY.has(block.kind) && info.words <= 8) continue;
    return null;
  }
  return null;
}

/** Fewest unrelated headlines above the title that make a "top stories" strip. */
const MIN_STRIP_HEADLINES = 2;
/** Fewest headlines of a strip some of whose lines share two or more stems with the lead (but do not repeat it). */
const MIN_LOOSE_STRIP_HEADLINES = 3;
/** Most lead stems a headline of another story shares in a strip of two. */
const MAX_STRIP_SHARED = 1;

/**
 * A bare "top stories" strip over the title (no label: "headline" / "headline" / "headline" / title /
 * body): when the first headline candidates share at most one content word with the lead while the
 * next one repeats the lead's words, the strip's headlines are other stories and the title is the
 * one that repeats the lead. Returns the title's candidate index (`first` unchanged otherwise).
 */
function pastHeadlineStrip(
  text: string,
  candidates: readonly BlockInfo[],
  first: number,
  kept: readonly BlockInfo[],
  bodyStart: number,
): number {
  // cheap gate: at least MIN_STRIP_HEADLINES + 1 headline candidates, and a body to compare with
  if (bodyStart < 0 || candidates.length - first < MIN_STRIP_HEADLINES + 1) return first;
  // then the shape, still without reading the lead: MIN_STRIP_HEADLINES + 1 consecutive lines of headline
  // length (or a colon-ended kicker) from `first`, as the loop below requires before it can move the title
  for (let k = first; k <= first + MIN_STRIP_HEADLINES; k++) {
    const c = candidates[k]!;
    if (c.words < MIN_TITLE_WORDS && !endsWithColon(c.block.text)) return first;
    if (k > first && c.block.index !== candidates[k - 1]!.block.index + 1) return first;
  }
  const lead = new Lead(
    text,
    kept.slice(bodyStart, bodyStart + 2).map((info) => info.block),
  );
  let i = first;
  let loose = 0;
  while (i < candidates.length) {
    const c = candidates[i]!;
    if (endsWithColon(c.block.text)) {
      if (loose > 0) return first;
      // the title's colon-ended kicker right under the strip ("تثبيت استراتيجية أمنية موحدة :" / title)
      const next = candidates[i + 1];
      if (i - first < MIN_STRIP_HEADLINES || !next || next.block.index !== c.block.index + 1) return first;
      if (!lead.shares(next.block.start, next.block.end)) return first;
      return c.block.index === candidates[i - 1]!.block.index + 1 ? i + 1 : first;
    }
    if (c.words < MIN_TITLE_WORDS) return first;
    if (lead.shares(c.block.start, c.block.end)) break;
    // a headline sharing two or more stems with the lead by chance ("الدولي", "الكتاب") still belongs to a strip of
    // three or more that does not repeat the lead (`shares`); a strip of two must share at most one
    if (lead.sharedWith(c.block.start, c.block.end) > MAX_STRIP_SHARED) loose++;
    // the strip's lines follow one another
    if (i > first && c.block.index !== candidates[i - 1]!.block.index + 1) return first;
    i++;
  }
  if (i >= candidates.length || i - first < MIN_STRIP_HEADLINES) return first;
  if (loose > 0 && i - first < MIN_LOOSE_STRIP_HEADLINES) return first;
  if (candidates[i]!.block.index !== candidates[i - 1]!.block.index + 1) return first;
  return i;
}

/** Navigation reasons that name a whole line as a menu, a breadcrumb or the site's masthead. */
const MENU_LINE_REASONS: ReadonlySet<string> = new Set([
  "nav:menu-strip",
  "nav:breadcrumb",
  "nav:masthead",
  "cue:menu",
]);

/**
 * A navigation line that may still be a misread title: not a menu strip, breadcrumb or masthead, and
 * with no menu separator in it ("|", "/", ">", "»", "›", "•", "·").
 */
function rescuableNavigation(block: Block): boolean {
  if (block.reason !== null && MENU_LINE_REASONS.has(block.reason)) return false;
  const line = block.text;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charCodeAt(i);
    // | / > » › • ·
    if (ch === 0x7c || ch === 0x2f || ch === 0x3e || ch === 0xbb || ch === 0x203a || ch === 0x2022 || ch === 0xb7)
      return false;
  }
  return true;
}

/** The last item of a breadcrumb when it is headline-shaped ("الرئيسية / الحدث / عنوان الخبر"). */
function breadcrumbLastItem(text: string, block: Block): Span | null {
  let cut = -1;
  for (let i = block.end - 1; i > block.start; i--) {
    const ch = text[i];
    if (ch === "/" || ch === ">" || ch === "»" || ch === "›") {
      cut = i;
      break;
    }
  }
  if (cut < 0) return null;
  const span = wsSpanOf(text, cut + 1, block.end);
  if (!span || endsWithColon(span.text)) return null;
  const words = countWords(span.text);
  return words >= MIN_TITLE_WORDS && isHeadlineShaped(span.text, words) ? span : null;
}

const TITLE_SUFFIX_SEPARATORS = [" | ", " - ", " – ", " — "];

/**
 * The first headline candidate from `first` on that the lead echoes (shares a title's worth of stems with it,
 * `Lead.shares`), when the candidate at `first` shares no stem at all with the lead; else `first`.
 */
function echoedHeadline(
  text: string,
  candidates: readonly BlockInfo[],
  first: number,
  kept: readonly BlockInfo[],
  bodyStart: number,
  headline: (c: BlockInfo, i: number) => boolean,
): number {
  const lead = new Lead(
    text,
    kept.slice(bodyStart, bodyStart + 2).map((info) => info.block),
  );
  const at = candidates[first]!.block;
  if (lead.sharesAny(at.start, at.end)) return first;
  for (let i = first + 1; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (headline(c, i) && lead.shares(c.block.start, c.block.end)) return i;
  }
  return first;
}

/** "عنوان الخبر | الشروق أونلاين": drop a trailing site name from a title. */
function trimSiteSuffix(text: string, title: Span): Span {
  for (const sep of TITLE_SUFFIX_SEPARATORS) {
    const at = title.text.lastIndexOf(sep);
    if (at <= 0) continue;
    const rightStart = title.start + at + sep.length;
    const words = countWords(text, rightStart, title.end);
    const right: Block = {
      text: text.slice(rightStart, title.end),
      start: rightStart,
      end: title.end,
      index: -1,
      kind: "content",
      boilerplate: false,
      reason: null,
      duplicateOf: null,
      zone: "header",
    };
    if (words === 0 || !isSiteName(text, right, words)) continue;
    const left = wsSpanOf(text, title.start, title.start + at);
    if (left && countWords(left.text) >= 3) return left;
  }
  return title;
}

/** How many lines open a page's masthead (the site's name is among them). */
const MASTHEAD_LINES = 3;
/** Most lines of a top bar of menu links above a site's logo. */
const MAX_TOP_BAR_LINES = 6;
/** Most words of one top-bar link ("اتصل بنا", "تسجيل الدخول"). */
const MAX_TOP_BAR_WORDS = 3;

/**
 * How many lines open the page as a top bar above the site's logo: short lines the chrome classifier
 * removed as navigation for matching a cue whole ("الرئيسية", "من نحن", "اتصل بنا", "English"). The
 * masthead's first line is the one under them.
 */
function topBarLength(infos: readonly BlockInfo[]): number {
  let k = 0;
  while (k < infos.length && k < MAX_TOP_BAR_LINES) {
    const { block, words } = infos[k]!;
    if (!block.boilerplate || block.kind !== "navigation" || !block.reason?.startsWith("cue:")) break;
    if (words > MAX_TOP_BAR_WORDS) break;
    k++;
  }
  return k === infos.length ? 0 : k;
}

/**
 * Lookup keys of the site's name: a short line (one to three words) among the first lines of the
 * page, above any line long enough to be the title, that is neither a section name nor the home
 * item.
 */
function mastheadKeys(
  text: string,
  infos: readonly BlockInfo[],
  header: readonly BlockInfo[],
  top: number,
): { keys: Set<string>; lines: Set<number> } {
  const keys = new Set<string>();
  const lines = new Set<number>();
  // the masthead is above the first line long enough to be the title
  const firstLong = header.find((info) => info.words >= MIN_TITLE_WORDS)?.block.index ?? infos.length;
  for (let i = top; i < Math.min(top + MASTHEAD_LINES, firstLong); i++) {
    const info = infos[i]!;
    const { block } = info;
    if (info.words === 0 || info.words > 3 || info.dateLine) continue;
    const key = lookupKey(block.text);
    if (HOME_KEYS.has(key) || segmentCategoryStrip(text, block.start, block.end) !== null) continue;
    // a columnist's name above a job-title line ("كاتب صحفي") is a person, not the site
    const next = infos[i + 1]?.block;
    if (next && isRoleOnlyLine(text, next.start, next.end)) continue;
    // nor is a writer's name alone (a known given name first): "سمير عطا الله" above an opinion column;
    // but the page's first line over the menu is the site ("العربي الجديد", العربي being a given name too)
    const overMenu = i === top && next !== undefined && next.boilerplate && next.kind === "navigation";
    if (!overMenu && isBareAuthorName(text, block.start, block.end)) continue;
    // below the first line, a country or city ("الإمارات" under "الخليج" / "Gulf Today") is a menu
    // item or section, not the site's name
    if (i > top && isKnownPlace(block.text)) continue;
    keys.add(key);
    lines.add(block.index);
  }
  return { keys, lines };
}

const KICKER_KEYS: ReadonlySet<string> = new Set(KICKER_LABELS.map(lookupKey));
const MEDIA_KICKER_KEYS: ReadonlySet<string> = new Set(MEDIA_KICKER_LABELS.map(lookupKey));

/**
 * `blocks[i]` is only a kicker label ("حصري", "تقرير", "Exclusif"; bars and colons around it allowed),
 * or a media label ("فيديو", "بالصور") with no menu line right above it (or printed again under a menu
 * that already listed it).
 */
function isKickerLabel(blocks: readonly Block[], i: number): boolean {
  const line = blocks[i]!.text;
  if (line.length > 30) return false;
  const key = lookupKey(line.replace(/^[\s|:：•·-]+|[\s|:：•·-]+$/gu, ""));
  if (KICKER_KEYS.has(key)) return true;
  if (!MEDIA_KICKER_KEYS.has(key)) return false;
  // under a menu, a media label is the menu's last item, unless the menu already printed it ("... فيديو /
  // رياضة" then "فيديو" over the title: a menu lists a section once)
  return i === 0 || blocks[i - 1]!.kind !== "navigation" || blocks[i]!.duplicateOf !== null;
}

/** Quotation marks around a newspaper's name in a credit. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "«", "“", "”", "'"]);

/** lookup keys of the newsroom bylines that name no person ("فريق التحرير") */
const STAFF_KEYS: ReadonlySet<string> = new Set(STAFF_COLLECTIVES.map(lookupKey));

/** The credit parts of an article, gathered in page order. */
class Credits {
  authors: NameSpan[] = [];
  dateline: Span | null = null;
  source: NameSpan | null = null;
  private names = new Set<string>();

  /** The dateline turned out to name the site: make it the source (when none is known). */
  moveDatelineToSource(): void {
    const place = this.dateline;
    if (!place) return;
    this.dateline = null;
    if (!this.source) this.source = { ...place, name: cleanName(place.text) };
  }

  /** The page names the story's original outlet ("نشر في الخبر يوم ..."): it is the source. */
  setOriginalSource(outlet: NameSpan | null): void {
    if (!outlet || this.originalSource) return;
    this.originalSource = true;
    this.source = outlet;
  }
  private originalSource = false;

  /** lookup keys of the site's name seen in the masthead */
  siteKeys: ReadonlySet<string> = new Set();

  constructor(private readonly text: string) {}

  /**
   * A byline "author" that is a newspaper, site or agency: in quotes ("النهار الجديد"), holding a
   * media word (صحيفة، موقع، وكالة، قناة...), a known agency, or the site's name from the masthead.
   */
  private isMediaName(author: NameSpan): boolean {
    const before = author.start > 0 ? this.text[author.start - 1]! : "";
    if (QUOTE_MARKS.has(before)) return true;
    if (findAgency(author.text) !== undefined || this.siteKeys.has(lookupKey(author.text))) return true;
    return wordsOf(this.text, author.start, author.end).some((w) => isMediaWord(w.key));
  }

  add(credit: Credit | null): void {
    if (!credit) return;
    for (const author of credit.authors) {
      if (STAFF_KEYS.has(lookupKey(author.name))) continue;
      if (this.isMediaName(author)) {
        if (!this.source) this.source = author;
        continue;
      }
      const key = lookupKey(author.name);
      if (this.names.has(key)) continue;
      this.names.add(key);
      this.authors.push(author);
    }
    if (!this.dateline && credit.dateline) this.dateline = credit.dateline;
    if (!this.source && credit.source) this.source = credit.source;
  }
}

/**
 * Build an {@link Article} from a page's classified blocks.
 *
 * Header (the blocks before the first prose block): dates, bylines, the title (the first
 * headline-shaped kept line that is not a kicker, a category, a date or a byline; when it is
 * printed twice, its later copy), the kicker (a colon-ended line right before the title), subtitles
 * (the other headline lines after the title) and captions (lines printed twice in a row). Body:
 * prose paragraphs and the headline-shaped lines between them (subheadings); bylines, dates and
 * captions are taken out. After the body: a name alone is an author.
 *
 * @param input - see {@link AssembleInput}
 * @returns the article
 */
export function assembleArticle(input: AssembleInput): Article {
  const { text, blocks, reference } = input;
  const infos = blocks.map((block) => new BlockInfo(text, block, reference));
  // a page without Arabic script is not an Arabic article: everything goes to `removed`
  const arabicPage = infos.some((info) => !info.block.boilerplate && info.counts.arabic > 0);
  const kept = arabicPage ? infos.filter((info) => !info.block.boilerplate) : [];

  // 1. where the body starts: the first kept prose block, or an unpunctuated paragraph run
  let bodyStart = findBodyStart(text, kept);
  // the chrome classifier located the article: a prose-shaped line in its header zone (a long headline with
  // ".." joints) is no body line, so the body starts no earlier than the core
  const coreStart = kept.findIndex((info) => info.block.zone === "body");
  if (coreStart > bodyStart && kept.some((info, i) => i < coreStart && info.block.zone === "header")) {
    bodyStart = coreStart;
  }
  // plain text without any chrome: a first line shaped like a paragraph is not the title
  if (bodyStart !== 0 && kept.length > 0 && !blocks.some((b) => b.boilerplate) && isLeadParagraph(kept[0]!)) {
    bodyStart = 0;
  }
  // a deck ending with a full stop right under the title (Echorouk, Al Khaleej), followed by the byline, a
  // date line or a lead opening with its credit, is a subtitle: the body starts after it
  if (bodyStart > 0) bodyStart = skipDeck(text, blocks, kept, bodyStart);
  const credits = new Credits(text);
  let published: DateSpan | null = null;
  let pageDate: DateSpan | null = null;

  // 2. the header: kept blocks before the body
  const headerEnd = bodyStart < 0 ? kept.length : bodyStart;
  const header = kept.slice(0, headerEnd);
  // the block right before the body (dates aside) may be a "PLACE – NAME" dateline
  let lastHeader = header.length - 1;
  while (lastHeader >= 0 && header[lastHeader]!.dateLine) lastHeader--;
  const top = topBarLength(infos);
  const siteKeys = mastheadKeys(text, infos, header, top);
  credits.siteKeys = siteKeys.keys;
  const candidates: BlockInfo[] = [];
  const strips = new Map<number, Span[]>();
  const headerDates: BlockInfo[] = [];
  const creditLines = new Set<number>();
  let titleSeen = false;
  for (let i = 0; i < header.length; i++) {
    const info = header[i]!;
    const { block } = info;
    if (info.dateLine) {
      headerDates.push(info);
      // "بقلم: محمد علي | 12 مارس 2024", "محمد علي | 12 مارس 2024"
      credits.add(parseBylineLine(text, block.start, block.end) ?? nameBeforeDate(text, info));
      credits.setOriginalSource(outletBeforeDate(text, info));
      continue;
    }
    // right before the body: "PLACE – NAME" datelines
    const credit =
      parseBylineLine(text, block.start, block.end, {
        placeDash: i === lastHeader && bodyStart >= 0,
        knownPlace: candidates.length > 0,
        placeAlone: titleSeen,
        strict: candidates.length === 0,
      }) ??
      (siteKeys.lines.has(block.index)
        ? null
        : parseSiteCreditLine(
            text,
            block.start,
            block.end,
            siteKeys.keys,
            i === lastHeader && bodyStart >= 0 && candidates.length > 0,
          ));
    if (credit) {
      if (info.date) headerDates.push(info);
      credits.add(credit);
      creditLines.add(i);
      continue;
    }
    if (info.words <= 3) {
      const strip = segmentCategoryStrip(text, block.start, block.end);
      if (strip) {
        strips.set(block.index, strip);
        continue;
      }
    }
    if (info.words === 0) continue;
    if (info.words >= MIN_TITLE_WORDS) titleSeen = true;
    candidates.push(info);
  }
  // without prose, the first kept "content" block after a headline starts the body
  if (bodyStart < 0 && candidates.length > 1) {
    const firstContent = candidates.findIndex((c, i) => i > 0 && c.block.kind === "content");
    if (firstContent > 0) {
      const blockIndex = candidates[firstContent]!.block.index;
      bodyStart = kept.findIndex((info) => info.block.index === blockIndex);
      candidates.length = firstContent;
    }
  }

  // 3. title, kicker, subtitles, captions
  let title: Span | null = null;
  let kicker: Span | null = null;
  const subtitles: Span[] = [];
  const captions: Span[] = [];
  // the title: the first headline line of four words or more (section labels, site names and
  // menu leftovers are shorter), else the first of two words or more
  // a columnist's four-word name above the headline ("د. عبد الحي زلوم") is the author, not the title
  const titleShaped = (c: BlockInfo, min: number) =>
    c.words >= min &&
    c.words <= MAX_TITLE_WORDS &&
    !endsWithColon(c.block.text) &&
    !isSiteName(text, c.block, c.words) &&
    !(c.words === 4 && isLongWriterName(text, c.block.start, c.block.end));
  // "وكالة الأنباء اليمنية سبأ" over the menu: the site's full name heads the page, not the story
  const headsMenu = (c: BlockInfo) => isMastheadName(text, blocks, c, top);
  // "بعد تأخر الأمطار.." alone on the line right above the headline: the kicker, not the title
  const dotKicker = (i: number) => {
    const c = candidates[i]!;
    if (c.words > MAX_DOT_KICKER_WORDS || !endsWithTwoDots(c.block.text)) return false;
    const next = candidates[i + 1];
    return (
      next !== undefined &&
      next.block.index === c.block.index + 1 &&
      next.words >= MIN_TITLE_WORDS &&
      !endsWithTwoDots(next.block.text) &&
      !endsWithColon(next.block.text)
    );
  };
  const headline = (c: BlockInfo, i: number) => titleShaped(c, MIN_TITLE_WORDS) && !headsMenu(c) && !dotKicker(i);
  // an Arabic headline first: a Latin line above it (a spam link "Watch Dragon ball super", an English
  // newsletter or app prompt the chrome classifier kept) is not the title of an Arabic article; a Latin
  // headline is the title only when no Arabic one is there (a bilingual site's French title)
  let titleIndex = candidates.findIndex((c, i) => c.counts.arabic > 0 && headline(c, i));
  if (titleIndex < 0) titleIndex = candidates.findIndex(headline);
  if (titleIndex >= 0) titleIndex = pastHeadlineStrip(text, candidates, titleIndex, kept, bodyStart);
  // the title is the headline the lead echoes: a first headline that shares no word with the lead, above one
  // that does, is chrome the classifier left in the header (another story's headline, a long overline)
  if (titleIndex >= 0 && bodyStart >= 0)
    titleIndex = echoedHeadline(text, candidates, titleIndex, kept, bodyStart, headline);
  if (titleIndex < 0) titleIndex = candidates.findIndex((c) => titleShaped(c, MIN_TITLE_WORDS));
  // a short line over a menu or a ticker is the site's name ("اليوم السابع" / menu), not a short title
  const overMasthead = (c: BlockInfo) => {
    const next = blocks[c.block.index + 1];
    return next?.boilerplate === true && (next.kind === "navigation" || next.kind === "ticker");
  };
  // a person's name alone right above the lead of a page without a headline is its reporter
  // ("الرباط" / "يونس الحسني" / lead), not a short title
  const bodyIndex = bodyStart >= 0 ? kept[bodyStart]!.block.index : -1;
  let reporterAboveLead: Credit | null = null;
  const reporterLine = (c: BlockInfo) => {
    if (c.words > 4 || c.block.index !== bodyIndex - 1) return false;
    const credit = parseBylineLine(text, c.block.start, c.block.end, { bareName: true });
    if (!credit || credit.authors.length === 0 || credit.source || credit.dateline) return false;
    reporterAboveLead = credit;
    return true;
  };
  if (titleIndex < 0)
    titleIndex = candidates.findIndex((c) => titleShaped(c, 2) && !overMasthead(c) && !reporterLine(c));
  if (titleIndex < 0 && reporterAboveLead) credits.add(reporterAboveLead);
  let titleBlock: Block | null = null;
  let titleFirstBlock: Block | null = null;
  let titlePos = -1;
  if (titleIndex >= 0) {
    const first = candidates[titleIndex]!.block;
    const key = lookupKey(first.text);
    titlePos = titleIndex;
    for (let i = titleIndex + 1; i < candidates.length; i++) {
      if (sameText(candidates[i]!.block.text, first.text, key)) titlePos = i;
    }
    titleFirstBlock = first;
    titleBlock = candidates[titlePos]!.block;
    title = spanOfBlock(titleBlock);
    // a headline printed over two lines: the second opens with "و" right under the first
    const continuation = candidates[titlePos + 1];
    let continued = false;
    if (continuation && continuesTitle(candidates[titlePos]!, continuation)) {
      continued = true;
      titleBlock = continuation.block;
      title = { text: text.slice(title.start, titleBlock.end), start: title.start, end: titleBlock.end };
    }
    const before = candidates[titlePos - 1];
    if (before && ((endsWithColon(before.block.text) && before.words <= 12) || dotKicker(titlePos - 1))) {
      kicker = spanOfBlock(before.block);
    } else {
      const beforeFirst = candidates[titleIndex - 1];
      if (
        beforeFirst &&
        ((endsWithColon(beforeFirst.block.text) && beforeFirst.words <= 12) || dotKicker(titleIndex - 1))
      ) {
        kicker = spanOfBlock(beforeFirst.block);
      }
    }
    const titleKey = key;
    const captionOriginals = new Set<number>();
    for (let i = titlePos + (continued ? 2 : 1); i < candidates.length; i++) {
      const info = candidates[i]!;
      const { block } = info;
      if (sameText(block.text, first.text, titleKey)) continue;
      if (block.duplicateOf !== null) {
        if (!captionOriginals.has(block.duplicateOf)) {
          captionOriginals.add(block.duplicateOf);
          const original = blocks[block.duplicateOf]!;
          captions.push(spanOfBlock(original.start >= titleBlock.end ? original : block));
        }
        continue;
      }
      const next = candidates[i + 1];
      if (next && next.block.duplicateOf === block.index) continue; // the caption's first copy
      if (isPhotoCaption(block.text) || underPhotoCredit(blocks, block) || isSceneCaption(block.text)) {
        captions.push(spanOfBlock(block));
      } else subtitles.push(spanOfBlock(block));
    }
    captions.sort((a, b) => a.start - b.start);
    // a "subtitle" that is only a person's name, right before the body, is the byline
    // ("محمد مسلم" under the deck)
    // (credit lines such as "سبق- الرياض" may stand between it and the body)
    const last = subtitles[subtitles.length - 1];
    let nameAt = lastHeader;
    while (nameAt > 0 && creditLines.has(nameAt)) nameAt--;
    const lastInfo = header[nameAt];
    if (last && lastInfo && last.start === lastInfo.block.start) {
      const credit = parseBylineLine(text, last.start, last.end, { bareName: true });
      if (credit && credit.authors.length > 0) {
        subtitles.pop();
        credits.add(credit);
      }
    }
  }

  // no headline kept: the chrome classifier may have taken the title for a list item or a
  // breadcrumb; look right above the body
  if (!title && bodyStart >= 0) {
    const lead = new Lead(
      text,
      kept.slice(bodyStart, bodyStart + 2).map((info) => info.block),
    );
    const rescued = rescueTitle(text, infos, kept[bodyStart]!.block.index, lead);
    if (rescued) {
      title = rescued;
      titleFirstBlock = blocks.find((b) => b.start <= rescued.start && rescued.end <= b.end) ?? null;
      titleBlock = titleFirstBlock;
    }
  }
  if (title) title = trimSiteSuffix(text, title);

  // bylines the chrome classifier took for credits ("كتب: ..." as a photo credit)
  for (let i = 0; i < firstBodyIndexOf(kept, bodyStart, blocks.length); i++) {
    const block = blocks[i]!;
    if (block.boilerplate && block.kind === "credit") {
      credits.add(parseBylineLine(text, block.start, block.end, { knownPlace: true }));
    }
    // an opinion column's "NAME" then "كاتب صحفي" (the chrome classifier may take them for a menu)
    // (not in the chrome around the article: "رئيس التحرير" / a name is the site's masthead)
    if (i > 0 && block.text.length <= 40 && block.zone !== "outside") {
      credits.add(nameAboveRoleLine(text, blocks[i - 1]!, block));
    }
  }

  const titleStartIndex = titleFirstBlock ? Math.min(titleFirstBlock.index, titleBlock!.index) : -1;
  const firstBodyIndex = bodyStart >= 0 ? kept[bodyStart]!.block.index : blocks.length;
  // a kicker without a colon: a format or status label alone right above the title ("حصري", "فيديو")
  if (title && !kicker && titleStartIndex > 0 && isKickerLabel(blocks, titleStartIndex - 1)) {
    kicker = spanOfBlock(blocks[titleStartIndex - 1]!);
  }
  // an opinion column's writer alone right above the title (or its kicker), taken for a menu item
  const overTitle = titleStartIndex - (kicker && kicker.start < (title?.start ?? 0) ? 2 : 1);
  const nameLine = overTitle >= 0 && titleStartIndex > 0 ? blocks[overTitle] : undefined;
  // (not in the chrome around the article: a name under "رئيس التحرير" is the site's masthead)
  if (
    nameLine &&
    nameLine.text.length <= 40 &&
    nameLine.zone !== "outside" &&
    (!nameLine.boilerplate || nameLine.kind === "navigation")
  ) {
    const credit = parseBylineLine(text, nameLine.start, nameLine.end, { bareName: true });
    if (credit && credit.authors.length > 0 && !credit.source && !credit.dateline) credits.add(credit);
  }

  // 4. dates in the header: a date-header before the title is the page's "today" line
  const mastheadChrome = new MastheadChrome(blocks);
  let publishedIsUpdate = false;
  let publishedLabelled = false;
  let publishedBareAbove = false;
  let publishedAboveUnlabelled = false;
  for (const info of infos) {
    if (info.block.index >= firstBodyIndex) break;
    if (!info.date) continue;
    if (info.block.boilerplate && !info.dateLine) continue;
    // a print-version page's "تاريخ الطباعة: ..." is the day it was printed, never the publication
    if (info.block.boilerplate && info.block.reason === "cue:print-version") continue;
    const beforeTitle = titleStartIndex < 0 || info.block.index < titleStartIndex;
    const labelled = hasPublishCue(text, info.block);
    // "اليوم: الأحد 22 نوفمبر 2026": the site's "today" line wherever it stands, never the publication
    // ("اليوم 14:35", a time, stamps a story published today)
    const today = !labelled && info.block.text.length <= 60 && info.date !== null && !info.date.iso.includes("T");
    if (today && hasTodayCue(text, info.block)) {
      if (!pageDate) pageDate = info.date;
    } else if (
      !labelled &&
      info.block.boilerplate &&
      beforeTitle &&
      isMastheadDate(blocks, info.block, titleStartIndex, siteKeys.lines, top, mastheadChrome)
    ) {
      if (!pageDate) pageDate = info.date;
    } else if (info.dateLine || headerDates.includes(info)) {
      // an update stamp yields to a publication stamp printed after it
      const update = labelled && hasUpdateCue(text, info.block);
      // a bare day line above the title ("السبت 22 جوان 2024") yields to the stamp with a time under
      // the title or labelled as the publication ("22 جوان 2024 - 18:35", TSA, Echorouk)
      const stamped =
        !update &&
        !publishedLabelled &&
        published !== null &&
        !published.iso.includes("T") &&
        info.date.iso.includes("T") &&
        (labelled || !beforeTitle);
      // a bare day line above the title yields to a labelled publication stamp ("تاريخ النشر: 15 جوان 2024")
      const relabelled = labelled && !update && publishedBareAbove;
      // an unlabelled date line above the title yields to the date line printed between the title and
      // the body ("الأحد 20 أكتوبر 2024" / title / byline / "2024/10/20"): the upper one is the site's
      // "today" line, even when both read the same day
      const underTitle = !update && !beforeTitle && published !== null && publishedAboveUnlabelled;
      if (!published || (publishedIsUpdate && labelled && !update) || stamped || relabelled || underTitle) {
        // the bare day line a labelled stamp replaces is the site's "today" line
        // (the same stamp to the minute printed twice is one publication stamp, not a "today" line)
        const sameStamp = underTitle && published!.iso.includes("T") && published!.iso === info.date.iso;
        if ((relabelled || underTitle) && !sameStamp && !pageDate) pageDate = published;
        published = info.date;
        publishedIsUpdate = update;
        publishedLabelled = labelled;
        publishedBareAbove = !labelled && beforeTitle && !info.date.iso.includes("T");
        publishedAboveUnlabelled = !labelled && beforeTitle && titleStartIndex >= 0;
      }
    }
  }

  // 5. categories: breadcrumbs in the header, and the strip right before the title or kicker
  const exclude = new Set<string>();
  if (title) exclude.add(lookupKey(title.text));
  if (kicker) exclude.add(lookupKey(kicker.text));
  const categories: Span[] = [];
  const seenCategory = new Set<string>();
  const addCategories = (spans: readonly Span[] | null) => {
    for (const span of spans ?? []) {
      const key = lookupKey(span.text);
      if (seenCategory.has(key)) continue;
      seenCategory.add(key);
      categories.push(span);
    }
  };
  const anchor = Math.min(
    titleStartIndex < 0 ? firstBodyIndex : titleStartIndex,
    kicker ? blocks.findIndex((b) => b.start === kicker!.start) : firstBodyIndex,
  );
  for (const info of infos) {
    if (info.block.index >= firstBodyIndex) break;
    addCategories(breadcrumbCategories(text, info.block.start, info.block.end, exclude));
  }
  // a breaking-news label right above the title ("عاجل") may stand between the title and its section
  let stripAt = anchor - 1;
  if (stripAt > 0 && blocks[stripAt]!.kind === "ticker" && countWords(blocks[stripAt]!.text) <= 2) stripAt--;
  // so may the columnist's name read as the author ("كتاب وآراء" / "عبد الرحيم المنصوري" / title), and the role
  // line printed under that name ("سمير عطا الله" / "كاتب صحفي" / title): the byline's, never a section
  const headerBios: Block[] = [];
  const roleLine = stripAt > 1 ? blocks[stripAt]! : undefined;
  if (
    roleLine !== undefined &&
    !roleLine.boilerplate &&
    isAuthorBioLine(text, roleLine.start, roleLine.end) &&
    credits.authors.some((a) => a.start >= blocks[stripAt - 1]!.start && a.end <= blocks[stripAt - 1]!.end)
  ) {
    headerBios.push(roleLine);
    stripAt--;
  }
  const stripLine = stripAt > 0 ? blocks[stripAt]! : undefined;
  if (stripLine && credits.authors.some((a) => a.start >= stripLine.start && a.end <= stripLine.end)) stripAt--;
  const stripBlock = stripAt >= 0 ? blocks[stripAt] : undefined;
  if (stripBlock) {
    // a lone section name under another short menu line ends a vertical menu, it is not the
    // article's section, unless it repeats a menu item (the site echoing the article's section)
    const previous = stripAt > 0 ? blocks[stripAt - 1] : undefined;
    const underMenu = previous !== undefined && isShortMenuLine(previous) && stripBlock.duplicateOf === null;
    if (stripBlock.boilerplate || strips.has(stripBlock.index)) {
      const strip = strips.get(stripBlock.index) ?? segmentCategoryStrip(text, stripBlock.start, stripBlock.end);
      if (!(underMenu && strip !== null && strip.length <= 1)) addCategories(strip);
    } else if (
      !underMenu &&
      isSectionLabel(text, stripBlock) &&
      !isSiteName(text, stripBlock, countWords(stripBlock.text))
    ) {
      // a kept one- or two-word label right above the title ("لبنان"): the article's section
      addCategories([spanOfBlock(stripBlock)]);
    }
  }
  categories.sort((a, b) => a.start - b.start);

  // 6. the body
  const body = bodyStart < 0 ? [] : kept.slice(bodyStart);
  let lastProse = -1;
  for (let i = body.length - 1; i >= 0; i--) {
    if (body[i]!.prose) {
      lastProse = i;
      break;
    }
  }
  const paragraphBlocks: { block: Block; kind: "text" | "subheading"; counts: LineCounts }[] = [];
  const paragraphIndexes = new Set<number>();
  const dropped: Block[] = [];
  const bios: Block[] = [];
  for (const bio of headerBios) bios.push(bio);
  const afterBody: Credit[] = [];
  for (let i = 0; i < body.length; i++) {
    const info = body[i]!;
    const { block } = info;
    const trailing = i > lastProse;
    const next = body[i + 1];
    if (block.duplicateOf !== null && paragraphIndexes.has(block.duplicateOf)) continue;
    // the title (or kicker) printed again further down is neither a caption nor a paragraph
    if (title && block.duplicateOf !== null && sameText(block.text, title.text, lookupKey(title.text))) continue;
    if (block.duplicateOf !== null || (next && next.block.duplicateOf === block.index)) {
      // a line printed twice inside the body: an image caption
      if (isHeadlineShaped(block.text, info.words)) {
        if (block.duplicateOf === null) captions.push(spanOfBlock(block));
        continue;
      }
    }
    if (info.dateLine) {
      if (!published) published = info.date;
      continue;
    }
    // a photo caption inside the body ("صورة أرشيفية لـ... (الصورة: رويترز)"), or the title of a video
    // under its "شاهد الفيديو" label
    const underMedia = blocks[block.index - 1]?.reason === "cue:media-label" && !endsLikeSentence(block.text);
    if (
      !info.prose &&
      isHeadlineShaped(block.text, info.words) &&
      (isPhotoCaption(block.text) ||
        underPhotoCredit(blocks, block) ||
        (underMedia && info.words <= MAX_VIDEO_CAPTION_WORDS))
    ) {
      captions.push(spanOfBlock(block));
      continue;
    }
    // an author's bio box after the body: the name, then "كاتب وصحفي مصري" under it
    const above = blocks[block.index - 1];
    if (
      trailing &&
      above !== undefined &&
      countWords(above.text) <= MAX_BIO_NAME_WORDS &&
      !above.text.includes(":") &&
      isAuthorBioLine(text, block.start, block.end)
    ) {
      const credit = nameAboveRoleLine(text, above, block, true);
      if (credit) afterBody.push(credit);
      bios.push(block);
      continue;
    }
    if (!info.prose || (info.words <= 8 && endsWithInitial(block.text))) {
      // "Par Karim B. et Samir M." ends with a full stop, like a sentence
      const credit = parseBylineLine(text, block.start, block.end, { bareName: trailing, placeDash: trailing });
      if (credit) {
        // a credit line after the body yields to the lead credit ("عمان-بترا- ..." over "(بترا)")
        if (trailing) afterBody.push(credit);
        else credits.add(credit);
        if (info.date && !published) published = info.date;
        continue;
      }
    }
    if (trailing && info.words <= MAX_TRAILING_LABEL_WORDS && !endsLikeSentence(block.text)) {
      // short lines after the last paragraph: tags and labels the chrome classifier kept
      dropped.push(block);
      continue;
    }
    // "وتشمل الخطة كذلك:" over a list: a sentence leading into the list, not a subheading
    const leadsList = next !== undefined && endsWithColon(block.text) && opensWithListMarker(next.block.text);
    const kind: "text" | "subheading" =
      !trailing && i > 0 && !leadsList && isSubheadingShaped(block.text, info.words) ? "subheading" : "text";
    paragraphBlocks.push({ block, kind, counts: info.counts });
    paragraphIndexes.add(block.index);
  }
  // captions the chrome classifier set apart under a caption label ("التعليق على الصورة،" / caption)
  for (const block of blocks) if (block.reason === REASONS.labelledCaption) captions.push(spanOfBlock(block));
  captions.sort((a, b) => a.start - b.start);

  // 7. credits inside the body: a lead credit opening the first paragraph, bracketed agencies
  const firstText = paragraphBlocks.find((p) => p.kind === "text");
  if (firstText) {
    const lead = parseLeadCredit(text, firstText.block.start, firstText.block.end);
    credits.add(lead);
    // "الخرطوم 12 يونيو 2024 (سودان تربيون) -": the date of a dated dateline is the story's
    if (!published && lead?.dateline && lead.dateline === credits.dateline) {
      published = leadDate(text, lead.dateline.end, firstText.block.end);
    }
    if (!credits.source) {
      const agency = findBracketAgency(text, firstText.block.start, firstText.block.end);
      if (agency) credits.add({ authors: [], dateline: null, source: agency });
    }
  }
  for (const credit of afterBody) credits.add(credit);
  const lastText = paragraphBlocks[paragraphBlocks.length - 1];
  if (lastText && !credits.source) {
    const agency = findBracketAgency(text, lastText.block.start, lastText.block.end);
    if (agency) credits.add({ authors: [], dateline: null, source: agency });
  }
  // chrome right after the body (up to the first list or comment block): a "نشر في" line or a
  // byline classified as chrome; comment timestamps and list dates below are not the article's
  if (firstBodyIndex < blocks.length) {
    for (let i = firstBodyIndex + 1; i < infos.length; i++) {
      const info = infos[i]!;
      const { block } = info;
      if (!block.boilerplate) continue;
      // an empty list heading (a "المزيد من الأخبار" button with no items under it) opens no list
      const emptyHeading = block.kind === "list-heading" && infos[i + 1]?.block.kind !== "list-item";
      if (STOP_KINDS.has(block.kind) && !emptyHeading) break;
      if (block.kind !== "date-header" && block.kind !== "credit") continue;
      if (!published && info.dateLine) published = info.date;
      else if (block.kind === "credit" && !info.dateLine) credits.add(parseBylineLine(text, block.start, block.end));
    }
  }

  // a "dateline" that repeats a masthead line above the title is the site's name: the source
  // ("هسبريس" on top, then "هسبريس - محمد الراجي")
  if (credits.dateline && titleFirstBlock) {
    const place = lookupKey(credits.dateline.text);
    for (let i = 0; i < titleFirstBlock.index; i++) {
      const block = blocks[i]!;
      if (block.text.length <= 40 && lookupKey(block.text) === place) {
        credits.moveDatelineToSource();
        break;
      }
    }
  }

  const paragraphs: Paragraph[] = paragraphBlocks.map(({ block, kind }) => ({
    text: block.text,
    start: block.start,
    end: block.end,
    kind,
    sentences: input.splitSentences(block.text).map((s) => ({
      text: s.text,
      start: s.start + block.start,
      end: s.end + block.start,
    })),
  }));

  const lists = input.lists.map((list) => ({
    kind: list.kind,
    heading: list.heading ? { text: list.heading.text, start: list.heading.start, end: list.heading.end } : null,
    items: list.items.map((item) => ({ text: item.text, start: item.start, end: item.end })),
    start: list.start,
    end: list.end,
  }));
  // page order: a name found late (a byline under the deck) may sit above a credit read earlier
  const authors = [...credits.authors].sort((a, b) => a.start - b.start);
  // (pushed, not spread into one literal: V8 deoptimized this function again and again on spreads of
  // arrays whose elements kind differs between empty and filled ones)
  const headlineFields: (Range | null)[] = [title, kicker];
  pushAll(headlineFields, subtitles);
  pushAll(headlineFields, captions);
  const fields: (Range | null)[] = [credits.dateline, credits.source, published, pageDate];
  pushAll(fields, headlineFields);
  pushAll(fields, authors);
  pushAll(fields, categories);
  pushAll(fields, paragraphs);
  pushAll(fields, lists);
  const used = usedBlocks(blocks, fields);
  // a chrome block the parser took back as the title, kicker, a subtitle or a caption is not removed
  const headlines = usedBlocks(blocks, headlineFields);
  const titleKey = title ? lookupKey(title.text) : null;

  // nothing is lost: every block is a field's, a paragraph's or a list's, or it is in `removed` with a reason
  const removed: RemovedBlock[] = [];
  const droppedIndexes = new Set(dropped.map((b) => b.index));
  const bioIndexes = new Set(bios.map((b) => b.index));
  for (const block of blocks) {
    let reason: string | null = null;
    if (block.boilerplate) reason = headlines[block.index] ? null : (block.reason ?? block.kind);
    else if (!arabicPage) reason = NO_ARABIC_REASON;
    else if (droppedIndexes.has(block.index)) reason = TRAILING_REASON;
    else if (bioIndexes.has(block.index)) reason = BIO_REASON;
    else if (!used[block.index]) {
      const repeatsTitle = titleKey !== null && sameText(block.text, title!.text, titleKey);
      reason = block.duplicateOf === null && !repeatsTitle ? UNUSED_REASON : DUPLICATE_REASON;
    }
    if (reason !== null) {
      removed.push({ text: block.text, start: block.start, end: block.end, kind: block.kind, reason });
    }
  }

  return {
    title,
    kicker,
    subtitles,
    captions,
    authors,
    dateline: credits.dateline,
    source: credits.source,
    published,
    pageDate,
    categories,
    paragraphs,
    lists,
    removed,
    stats: computeStats(
      paragraphBlocks.map((p) => p.counts),
      input.wordsPerMinute,
    ),
  };
}

/** Any span's offsets: a field, a paragraph or a whole list. */
interface Range {
  start: number;
  end: number;
}

/** Most words of each line of a headline printed over two lines (a deck or lead runs longer). */
const MAX_TITLE_LINE_WORDS = 12;

/**
 * A headline broken over two lines ("السودان: معارك عنيفة في الفاشر" / "وتحذيرات أممية من مجاعة وشيكة"): the
 * second line stands right under the first (no block between), opens with the conjunction "و" glued to a
 * word, and both are short headline lines without final punctuation. A deck under a title does not open
 * with "و" (it starts a new statement), so titles with decks keep them as subtitles.
 */
function continuesTitle(title: BlockInfo, next: BlockInfo): boolean {
  const a = title.block;
  const b = next.block;
  if (b.index !== a.index + 1 || b.kind !== "heading" || a.kind !== "heading" || b.duplicateOf !== null) return false;
  if (next.words < 2 || next.words > MAX_TITLE_LINE_WORDS || title.words > MAX_TITLE_LINE_WORDS) return false;
  if (b.text.length < 3 || b.text.charCodeAt(0) !== 0x0648 || !isArabicLetter(b.text.charCodeAt(1))) return false;
  const space = b.text.search(/\s/u);
  const first = lookupKey(space < 0 ? b.text : b.text.slice(0, space));
  if (WAW_ROOT_KEYS.has(first) || OPENER_KEYS.has(first)) return false;
  for (const line of [a.text, b.text]) {
    const last = lastMeaningfulChar(line);
    if (last === "" || ".!?؟:：…،,;؛".includes(last)) return false;
  }
  return !isPhotoCaption(b.text) && !next.dateLine;
}

const WAW_ROOT_KEYS: ReadonlySet<string> = new Set(WAW_ROOT_WORDS.map(lookupKey));

/** An Arabic letter (U+0621–U+064A). */
function isArabicLetter(c: number): boolean {
  return c >= 0x0621 && c <= 0x064a;
}

/** Append every item of `items` to `into`. */
function pushAll<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

/**
 * Which blocks (by `index`) some field span overlaps, in one sweep: blocks and spans both in page
 * order, a block is used when a span starting before its end ends after its start.
 */
function usedBlocks(blocks: readonly Block[], fields: readonly (Range | null)[]): boolean[] {
  const spans = fields.filter((s): s is Range => s !== null).sort((a, b) => a.start - b.start);
  const used: boolean[] = new Array(blocks.length).fill(false);
  let next = 0;
  let reach = -1;
  for (const block of blocks) {
    while (next < spans.length && spans[next]!.start < block.end) reach = Math.max(reach, spans[next++]!.end);
    used[block.index] = reach > block.start;
  }
  return used;
}
