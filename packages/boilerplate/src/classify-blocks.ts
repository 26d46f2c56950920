/**
 * The classifier: each block on its own (cues, date lines, menus, shape), then context: list sections
 * opened by a heading cue, bare headline runs after the article body, spam outside the body, duplicates.
 */
import { analyzeBlock, type BlockAnalysis, GLUED_TICKER_REASON, hasFunctionWord } from "./analyze-block.ts";
import { opensWithRole } from "./bio-role.ts";
import { articleZone, blockWeights, OUTSIDE_ARTICLE, trailerEnd } from "./core/article-zone.ts";
import { markLabelledCaptions } from "./core/labelled-caption.ts";
import { markSkipBoxes } from "./core/skip-box.ts";
import { buildCueIndex, type CueIndex } from "./cue-index.ts";
import { DEFAULT_CUES } from "./cues/index.ts";
import { leadStems, sharesLead } from "./lead-overlap.ts";
import { matchKey } from "./match-key.ts";
import { type ResolvedOptions, resolveOptions } from "./resolve-options.ts";
import { EMAIL_LABELS } from "./tables/email-labels.ts";
import { FORMAT_LABELS } from "./tables/format-labels.ts";
import { MEDIA_WORDS } from "./tables/media-words.ts";
import type {
  Block,
  BlockKind,
  ClassifyBlocksOptions,
  ClassifyBlocksResult,
  HeadlineList,
  HeadlineListKind,
  InputBlock,
  Span,
} from "./types.ts";

let defaultIndex: CueIndex | undefined;
/** Compiled caller cues, per cues object: a caller who reuses one options object compiles once. */
const callerIndexes = new WeakMap<object, CueIndex>();

/**
 * The compiled cues for resolved options; the built-in lexicon is compiled once and reused.
 *
 * @param options - resolved options
 * @param callerCues - the caller's `options.cues` object (cache key)
 * @returns the cue index
 */
export function cueIndexFor(options: ResolvedOptions, callerCues?: object): CueIndex {
  defaultIndex ??= buildCueIndex(DEFAULT_CUES);
  if (options.cues === DEFAULT_CUES) return defaultIndex;
  const cached = callerCues ? callerIndexes.get(callerCues) : undefined;
  if (cached && options.usesDefaults === cached.usesDefaults) return cached;
  const index = options.usesDefaults
    ? buildCueIndex(options.extraCues, defaultIndex)
    : buildCueIndex(options.extraCues);
  index.usesDefaults = options.usesDefaults;
  if (callerCues) callerIndexes.set(callerCues, index);
  return index;
}

function checkBlocks(blocks: unknown): asserts blocks is readonly InputBlock[] {
  if (!Array.isArray(blocks)) {
    throw new TypeError(`blocks must be an array, got ${blocks === null ? "null" : typeof blocks}`);
  }
  blocks.forEach((block: unknown, i) => {
    const b = block as InputBlock | null;
    if (b === null || typeof b !== "object" || typeof b.text !== "string") {
      throw new TypeError(`blocks[${i}].text must be a string`);
    }
    if (typeof b.start !== "number" || typeof b.end !== "number") {
      throw new TypeError(`blocks[${i}].start and blocks[${i}].end must be numbers`);
    }
  });
}

interface Assigned {
  kind: BlockKind;
  reason: string | null;
}

const READ_ALSO: ReadonlySet<HeadlineListKind> = new Set(["read-also", "see-also"]);

function isListMeta(a: BlockAnalysis): boolean {
  const local = a.local;
  return (
    local !== null &&
    (local.kind === "date-header" || local.reason === "cue:media-label" || local.reason === "numbers-only")
  );
}

/** Two or three capitalised words ("Par Karim Benali", "John Smith"): a byline, not spam. */
function looksLikeName(text: string, words: number): boolean {
  return (
    words <= 3 && text.length <= 80 && /^(?:\p{Ll}{1,4}\s+)?\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,2}$/u.test(text)
  );
}

/** A label line with nothing after it but an optional colon ("الوسوم", "Tags:"). */
function isBareLabel(text: string): boolean {
  return !/[:：|]\s*\S/u.test(text);
}

/** A section name or navigation line (a neighbour of a one-item-per-line menu). */
function menuLike(analyses: readonly BlockAnalysis[], k: number): boolean {
  const a = analyses[k];
  return a !== undefined && (a.menuWords || a.local?.kind === "navigation");
}

/** Most words of a form field's label ("Comment *", "Votre commentaire *"). */
const MAX_FIELD_WORDS = 3;

/** The line ends with a required-field star ("Comment *"). */
function endsWithStar(text: string): boolean {
  return text.charCodeAt(text.length - 1) === 0x2a;
}

/** Fewest headlines of a bare strip over the title with no label (fewer may be the title's decks). */
const MIN_BARE_STRIP = 3;

/** A removed kind of page chrome (not a kept heading or content line). */
function isChromeKind(kind: BlockKind): boolean {
  return kind !== "heading" && kind !== "content";
}

/** A plain line of three or more words: a headline, title or deck candidate. */
function headlineLike(a: BlockAnalysis): boolean {
  return !a.local && !a.prose && !a.byline && a.facts.words - (a.facts.marker > 0 ? 1 : 0) >= 3;
}

/** A line that can be one item of a menu printed one short item per line above the title. */
function isMenuItem(
  analyses: readonly BlockAnalysis[],
  blocks: readonly InputBlock[],
  assigned: readonly (Assigned | null)[],
  titleGuard: number,
  k: number,
): boolean {
  const a = analyses[k]!;
  if (k === titleGuard || assigned[k]?.kind === "heading") return false;
  if (a.local) return a.local.kind === "navigation";
  const f = a.facts;
  return !a.byline && f.words <= 3 && f.digits === 0 && f.end === "none" && !/[:：|]/u.test(blocks[k]!.text);
}

/**
 * Under a list heading, a writer's name printed with each headline ("حسين علي" above "خبراء: الموازنة ..."):
 * two or three words without digits or punctuation, followed by a longer headline-shaped line. A three-word
 * line is a name only once the pattern has been seen or when the line after the next is short again; a name
 * printed below the last headline (nothing headline-shaped follows) counts once names have been seen.
 */
function isWriterLine(
  analyses: readonly BlockAnalysis[],
  blocks: readonly InputBlock[],
  assigned: readonly (Assigned | null)[],
  j: number,
  seen: boolean,
  afterItem: boolean,
): boolean {
  const f = analyses[j]!.facts;
  if (f.words < 2 || f.words > 3 || f.digits > 0 || f.end !== "none" || f.numbered || /[:：|]/u.test(blocks[j]!.text)) {
    return false;
  }
  const next = analyses[j + 1];
  const headlineNext =
    next !== undefined &&
    !next.local &&
    !next.prose &&
    !assigned[j + 1] &&
    next.facts.words >= 4 &&
    next.facts.words > f.words;
  if (!headlineNext) return seen && afterItem;
  if (f.words === 2 || seen) return true;
  const after = analyses[j + 2];
  return after !== undefined && !after.local && after.facts.words <= 3;
}

/** The block at `j` is a date or time stamp ("11 - 06 - 2024", "منذ ساعتين"). */
function isDateStamp(analyses: readonly BlockAnalysis[], j: number): boolean {
  return analyses[j]?.local?.kind === "date-header";
}

/**
 * Under a list heading after the body, the outlet an aggregator prints with each related headline ("الخبر",
 * "النهار الجديد", "اليوم 24"): one to three words without final punctuation, a colon or a list marker, either
 * right under the headline and above its date stamp, or above the headline whose date stamp follows it.
 */
function isSourceStamp(
  analyses: readonly BlockAnalysis[],
  blocks: readonly InputBlock[],
  assigned: readonly (Assigned | null)[],
  j: number,
  afterItem: boolean,
): boolean {
  const f = analyses[j]!.facts;
  if (f.words > 3 || f.end !== "none" || f.marker > 0 || f.numbered || /[:：|]/u.test(blocks[j]!.text)) return false;
  if (afterItem) return !assigned[j + 1] && isDateStamp(analyses, j + 1);
  return f.words <= 3 && headlineAfter(analyses, assigned, j) && isDateStamp(analyses, j + 2);
}

/** The line after `j` is a plain headline of four words or more, not yet assigned. */
function headlineAfter(analyses: readonly BlockAnalysis[], assigned: readonly (Assigned | null)[], j: number): boolean {
  const next = analyses[j + 1];
  return next !== undefined && !next.local && !next.prose && !assigned[j + 1] && next.facts.words >= 4;
}

/**
 * Under a comments heading, readers' comments printed without dates or reply links: a commenter's name
 * (one to four words, no digits or punctuation) then a comment of three words or more, neither chrome.
 */
function bareThread(analyses: readonly BlockAnalysis[], assigned: readonly (Assigned | null)[], h: number): boolean {
  if (analyses[h]!.local?.reason !== "cue:comments-heading") return false;
  const name = analyses[h + 1];
  const said = analyses[h + 2];
  if (!name || !said || name.local || said.local || assigned[h + 1] || assigned[h + 2]) return false;
  const f = name.facts;
  return !name.prose && !name.byline && f.words <= 4 && f.digits === 0 && f.end === "none" && said.facts.words >= 3;
}

const MEDIA_KEYS: ReadonlySet<string> = new Set(MEDIA_WORDS.map(matchKey));

/** The line's first word names a kind of outlet ("وكالة", "صحيفة", "بوابة"). */
/** Most lines of a top bar of menu links above a site's logo. */
const MAX_TOP_BAR_LINES = 6;
/** Most words of one top-bar link ("اتصل بنا", "تسجيل الدخول"). */
const MAX_TOP_BAR_WORDS = 3;

/**
 * How many lines open the page as a top bar: short lines each matching a navigation cue whole
 * ("الرئيسية", "من نحن", "اتصل بنا", "تسجيل الدخول", "English"), printed above the site's logo.
 *
 * @param analyses - the page's block analyses
 * @returns the number of top-bar lines (0 when the page opens otherwise)
 */
function topBarLength(analyses: readonly BlockAnalysis[]): number {
  let k = 0;
  while (k < analyses.length && k < MAX_TOP_BAR_LINES) {
    const a = analyses[k]!;
    if (a.local?.kind !== "navigation" || !a.local.reason.startsWith("cue:") || a.facts.words > MAX_TOP_BAR_WORDS)
      break;
    k++;
  }
  return k === analyses.length ? 0 : k;
}

function namesOutlet(text: string): boolean {
  const space = text.indexOf(" ");
  return MEDIA_KEYS.has(matchKey(space < 0 ? text : text.slice(0, space)));
}

const FORMAT_KEYS: ReadonlySet<string> = new Set(FORMAT_LABELS.map(matchKey));

/** Most words of a columnist's role line under the name ("كاتب صحفي", "كاتبة وباحثة في علم الاجتماع"). */
const MAX_ROLE_LINE_WORDS = 6;

const EMAIL_KEYS: ReadonlySet<string> = new Set(EMAIL_LABELS.map(matchKey));

/**
 * A bare e-mail label ("E-mail", "Email", "البريد الإلكتروني") takes the class of the box it stands in: a comment
 * form's field, a share bar's button or a newsletter box's field, from the chrome line right above it.
 *
 * @param analyses - the page's block analyses
 * @param blocks - the page's blocks
 * @param assigned - decisions so far (updated in place)
 * @param k - index of a block whose own cue made it a comment field or a share button
 */
function settleEmailLabel(
  analyses: readonly BlockAnalysis[],
  blocks: readonly InputBlock[],
  assigned: (Assigned | null)[],
  k: number,
): void {
  const above = assigned[k - 1] ?? analyses[k - 1]!.local;
  if (!above || !EMAIL_KEYS.has(matchKey(blocks[k]!.text))) return;
  if (above.kind === "comment-form") assigned[k] = { kind: "comment-form", reason: "cue:comment-field" };
  else if (above.kind === "social") assigned[k] = { kind: "social", reason: "cue:share" };
  else if (above.reason === "cue:subscribe") assigned[k] = { kind: "widget", reason: "cue:subscribe" };
}

/** Most lines of a site name printed on its own lines at the top (the name in two scripts: "KURDISTAN24" / "کوردستان24"). */
const MAX_MASTHEAD_LINES = 2;

/** A short plain name: one to three words, no function word, no final punctuation, no cue. */
function isShortName(a: BlockAnalysis, given: Assigned | null | undefined): boolean {
  return !given && !a.local && !a.prose && !a.byline && a.nounPhrase;
}

/** A skip link, cookie banner, ad label or print button: chrome a page may print above its logo. */
function isPreludeChrome(a: BlockAnalysis, given: Assigned | null | undefined): boolean {
  const kind = given?.kind ?? a.local?.kind;
  return kind === "widget" || kind === "policy" || kind === "social";
}

/** The folded key words of a line. */
function splitWords(text: string): string[] {
  const key = matchKey(text);
  return key === "" ? [] : key.split(" ");
}

/** Most words of a site's long name ("بي بي سي نيوز عربي", "سكاي نيوز عربية أبوظبي"). */
const MAX_LONG_NAME_WORDS = 5;
/** Most words of a site's tagline printed under its name ("أخبار العالم بين يديك", "جريدة يومية وطنية مستقلة"). */
const MAX_TAGLINE_WORDS = 6;

/** A plain unpunctuated line of `min`..`max` words with no cue, digit or comma: a name or a slogan's shape. */
function isPlainShortLine(a: BlockAnalysis, given: Assigned | null | undefined, min: number, max: number): boolean {
  const f = a.facts;
  return (
    !given &&
    !a.local &&
    !a.prose &&
    !a.byline &&
    f.words >= min &&
    f.words <= max &&
    f.end === "none" &&
    f.digits === 0 &&
    f.commas === 0 &&
    f.separators === 0 &&
    f.marker === 0
  );
}

/** A menu (not a breadcrumb, which sits over the title) or a ticker label: chrome a masthead stands right above. */
function isMenuOrTicker(a: BlockAnalysis, given: Assigned | null | undefined): boolean {
  const c = given ?? a.local;
  return (
    c !== null && c !== undefined && (c.kind === "ticker" || (c.kind === "navigation" && c.reason !== "nav:breadcrumb"))
  );
}

/**
 * A site's short name on the first line(s) under the top bar ("سبق", "فرانس 24", "TSA عربي"), right above page
 * chrome (a menu, a ticker label, a date header, a skip link or an ad label), with the title still to come before
 * the body: it is the masthead, not a kicker or a title. Without a headline-shaped line between the chrome and
 * the first paragraph the short line may be the title itself and is left alone.
 *
 * A long name of four or five words is taken only right above a menu or ticker, and so is a short slogan
 * (the site's tagline) printed under the name.
 *
 * @param analyses - the page's block analyses
 * @param blocks - the page's blocks
 * @param assigned - decisions so far (updated in place)
 * @param m - the first line under the top bar
 * @param firstProse - index of the first prose block
 */
function markShortMasthead(
  analyses: readonly BlockAnalysis[],
  blocks: readonly InputBlock[],
  assigned: (Assigned | null)[],
  m: number,
  firstProse: number,
): void {
  let j = m;
  while (j < firstProse && j - m < MAX_MASTHEAD_LINES && isShortName(analyses[j]!, assigned[j])) j++;
  // a long name of four or five words with no function word, right above a menu or ticker (or its tagline)
  if (
    j === m &&
    m + 1 < firstProse &&
    isPlainShortLine(analyses[m]!, assigned[m], 4, MAX_LONG_NAME_WORDS) &&
    (isMenuOrTicker(analyses[m + 1]!, assigned[m + 1]) ||
      (m + 2 < firstProse &&
        isPlainShortLine(analyses[m + 1]!, assigned[m + 1], 2, MAX_TAGLINE_WORDS) &&
        isMenuOrTicker(analyses[m + 2]!, assigned[m + 2]))) &&
    !hasFunctionWord(splitWords(blocks[m]!.text))
  )
    j = m + 1;
  if (j === m || j >= firstProse) return;
  const next = analyses[j]!;
  const nextKind = assigned[j]?.kind ?? next.local?.kind;
  if (nextKind === undefined || nextKind === "heading" || nextKind === "content" || nextKind === "list-heading") {
    // the site's tagline printed under its name, right above a menu or ticker ("البلاد نت" / "جريدة يومية وطنية
    // مستقلة" / menu): masthead too
    if (
      j + 1 >= firstProse ||
      !isPlainShortLine(next, assigned[j], 2, MAX_TAGLINE_WORDS) ||
      !isMenuOrTicker(analyses[j + 1]!, assigned[j + 1])
    )
      return;
    j++;
  }
  let title = false;
  for (let k = j + 1; k < firstProse && !title; k++) title = !assigned[k] && headlineLike(analyses[k]!);
  if (!title) return;
  for (let k = m; k < j; k++) assigned[k] = { kind: "navigation", reason: "nav:masthead" };
}

/** A headline-shaped line after the body, still unassigned: a candidate item of a bare list. */
function isShaped(a: BlockAnalysis, given: Assigned | null | undefined, options: ResolvedOptions): boolean {
  if (a.local || a.prose || a.agencyCredit || given) return false;
  const f = a.facts;
  if (f.numbered) return f.words >= 3;
  return (
    f.words >= options.headlineMinWords &&
    f.words <= options.headlineMaxWords &&
    f.end !== "period" &&
    f.end !== "colon"
  );
}

/** A block already assigned a removed kind. */
function isChrome(given: Assigned | null | undefined): boolean {
  return given !== null && given !== undefined && given.kind !== "heading" && given.kind !== "content";
}

function itemSpan(block: InputBlock, marker: number): Span {
  return { text: block.text.slice(marker), start: block.start + marker, end: block.end };
}

/** Mark blocks `[from, to)` (at least one) as items of a headline list without a heading, and return the list. */
function markBareList(
  blocks: readonly InputBlock[],
  analyses: readonly BlockAnalysis[],
  assigned: (Assigned | null)[],
  from: number,
  to: number,
  reason: string,
): HeadlineList {
  const items: Span[] = [];
  for (let k = from; k < to; k++) {
    assigned[k] = { kind: "list-item", reason };
    items.push(itemSpan(blocks[k]!, analyses[k]!.facts.marker));
  }
  return { kind: "headlines", heading: null, items, start: items[0]!.start, end: items[items.length - 1]!.end };
}

/**
 * Classify pre-split blocks (one per line, or one per HTML element from a front end) as article content or
 * page chrome, find headline lists and mark duplicates.
 *
 * @param blocks - trimmed spans of the caller's input, in order; each may carry `features`
 *   (`linkDensity`, `tagName`) from an HTML front end
 * @param options - cues, thresholds and what to keep ({@link ClassifyBlocksOptions})
 * @returns every block classified (same order, same spans) and the headline lists
 * @example
 * ```ts
 * const text = "الأكثر قراءة\n1. عنوان الخبر الأول هنا";
 * const { blocks, lists } = classifyBlocks([
 *   { text: "الأكثر قراءة", start: 0, end: 12 },
 *   { text: "1. عنوان الخبر الأول هنا", start: 13, end: 37 },
 * ]);
 * blocks.map((b) => b.kind); // ["list-heading", "list-item"]
 * lists[0].items[0].text; // "عنوان الخبر الأول هنا"
 * ```
 */
export function classifyBlocks(blocks: readonly InputBlock[], options?: ClassifyBlocksOptions): ClassifyBlocksResult {
  checkBlocks(blocks);
  const resolved = resolveOptions(options);
  return classifyResolved(blocks, resolved, cueIndexFor(resolved, options?.cues));
}

/**
 * {@link classifyBlocks} with options already resolved (used by `stripBoilerplate`).
 *
 * @param blocks - the blocks
 * @param options - resolved options
 * @param index - compiled cues
 * @param source - the page the blocks' offsets point into, when known (read for speed)
 * @returns classified blocks and lists
 */
export function classifyResolved(
  blocks: readonly InputBlock[],
  options: ResolvedOptions,
  index: CueIndex,
  source?: string,
): ClassifyBlocksResult {
  const n = blocks.length;
  const analyses: BlockAnalysis[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const b = blocks[k]!;
    analyses[k] =
      source === undefined
        ? analyzeBlock(b.text, b.features, options, index)
        : analyzeBlock(b.text, b.features, options, index, source, b.start);
  }
  const assigned: (Assigned | null)[] = new Array(n).fill(null);
  const lists: HeadlineList[] = [];

  // An unpunctuated headline read as prose for its function words, right under a list heading and
  // followed by more headlines ("الأكثر قراءة" / "النفط يقفز 3% بعد هجوم على ناقلة في البحر الأحمر" /
  // ...), is a list item above the title, not the start of the body.
  for (let i = 1; i + 1 < n; i++) {
    const a = analyses[i]!;
    if (!a.prose || a.facts.end !== "none" || a.facts.words > options.headlineMaxWords) continue;
    if (analyses[i - 1]!.local?.kind !== "list-heading") continue;
    const next = analyses[i + 1]!;
    if (!next.prose && !next.local && !next.byline && next.facts.words >= 3) a.prose = false;
  }
  // An unpunctuated headline read as prose only for its function words ("بدء توزيع المساعدات على المتضررين من
  // الفيضانات في كيهيدي"), the first prose-shaped line of the page, right above a punctuated paragraph, is the
  // title: the body starts at the paragraph.
  for (let i = 1; i + 1 < n; i++) {
    const a = analyses[i]!;
    if (!a.prose) continue;
    const f = a.facts;
    const next = analyses[i + 1]!;
    if (
      f.end === "none" &&
      f.commas === 0 &&
      f.words <= options.headlineMaxWords &&
      a.functionRatio >= 0.3 &&
      next.prose &&
      next.facts.end === "period" &&
      next.facts.words > f.words &&
      !analyses[i - 1]!.prose
    ) {
      a.prose = false;
    }
    break;
  }
  // Find the article first: the core is the densest run of prose; the body's first and last prose blocks are
  // read inside it, and the header zone above it holds the title, decks, captions, bylines and dates.
  const weights = blockWeights(analyses, blocks, options.headlineMaxWords);
  const zone = articleZone(analyses, blocks, weights);
  // the core ends on running text (a prose block, or an unpunctuated line the core search took in): the body ends there
  if (zone !== null) analyses[zone.coreEnd - 1]!.prose = true;
  let firstProse = -1;
  let lastProse = -1;
  let pageArabic = 0;
  let pageLatin = 0;
  for (let i = 0; i < n; i++) {
    const a = analyses[i]!;
    pageArabic += a.facts.arabic;
    pageLatin += a.facts.latin;
    if (a.prose && (zone === null || (i >= zone.coreStart && i < zone.coreEnd))) {
      if (firstProse < 0) firstProse = i;
      lastProse = i;
    }
  }

  const arabicPage = pageArabic > 0 && pageArabic >= 0.6 * (pageArabic + pageLatin);

  // 0a. Long unpunctuated lines with prose features (see `proseFeatures`) between paragraphs of the body (one
  // feature), or running on right after its last paragraph (two), are body lines of a site that drops periods;
  // bulleted points closed by a full stop between paragraphs are body lines too.
  if (firstProse >= 0) {
    for (let k = firstProse + 1; k < n; k++) {
      const a = analyses[k]!;
      // a short bulleted or numbered point closed by a full stop between paragraphs ("- تمديد ساعات العمل.")
      const point = k < lastProse && a.facts.marker > 0 && a.facts.end === "period" && !a.local && a.facts.words >= 2;
      if (point || (k < lastProse && a.proseFeatures >= 1) || (k === lastProse + 1 && a.proseFeatures >= 2)) {
        a.prose = true;
        if (k > lastProse) lastProse = k;
      }
    }
  }

  // 0. Menus printed one item per line: section names next to other menu lines, outside the body.
  for (let k = 0; k < n; k++) {
    const a = analyses[k]!;
    if (!a.menuWords || (k > firstProse && k < lastProse)) continue;
    if (menuLike(analyses, k - 1) || menuLike(analyses, k + 1))
      assigned[k] = { kind: "navigation", reason: "nav:menu-column" };
  }

  // 0b. Tag boxes printed one tag per line under a bare "الوسوم" / "Tags" label. A byline under the tags
  // ("إعداد: لي وانغ", "تحرير: ...") ends the box: it credits the article's writer, it is no tag.
  for (let k = 0; k < n; k++) {
    if (analyses[k]!.local?.reason !== "cue:tags" || !isBareLabel(blocks[k]!.text)) continue;
    let m = k + 1;
    while (m < n && !analyses[m]!.local && !analyses[m]!.prose && !assigned[m] && analyses[m]!.facts.words <= 4) {
      if (analyses[m]!.byline) {
        assigned[m] = { kind: "credit", reason: "credit:contributor" };
        break;
      }
      assigned[m] = { kind: "credit", reason: "tag" };
      m++;
    }
  }

  // The body starts at the first prose block; above it, the last headline-shaped line is the title and is
  // never captured by a list or ticker section (unless the section's items are numbered).
  const bodyStart = firstProse < 0 ? n : firstProse;
  let titleGuard = -1;
  for (let k = bodyStart - 1; k >= 0; k--) {
    if (headlineLike(analyses[k]!)) {
      titleGuard = k;
      break;
    }
  }

  // 0c. Menus printed one short item per line at the top of the page: three or more consecutive lines of
  // at most three words, with no punctuation, digits or byline, before the title.
  // Two or three plain words right above the title that name no section, or a format label ("حصري", "تحقيق"),
  // under a section label or breadcrumb ("رأي" / "سالم العوكلي" / title, "الرئيسية / الوطني" / "حصري" / title),
  // end a menu run without being one of its items: a columnist's name or a kicker, left to the article.
  let byTitle = -1;
  if (titleGuard >= 2) {
    const a = analyses[titleGuard - 1]!;
    const above = analyses[titleGuard - 2]!;
    const label = a.facts.words >= 2 || FORMAT_KEYS.has(matchKey(blocks[titleGuard - 1]!.text));
    if (label && a.nounPhrase && !a.menuWords && (above.menuWords || above.local?.kind === "navigation"))
      byTitle = titleGuard - 1;
  }
  // A columnist's name with the role line under it right above the title ("سمير عطا الله" / "كاتب صحفي" / title),
  // under a section label or menu: the byline, left to the article, not two more menu items.
  let byRole = -1;
  if (byTitle < 0 && titleGuard >= 3) {
    const role = analyses[titleGuard - 1]!;
    const name = analyses[titleGuard - 2]!;
    const above = analyses[titleGuard - 3]!;
    if (
      role.facts.words <= MAX_ROLE_LINE_WORDS &&
      role.facts.end === "none" &&
      !role.local &&
      name.nounPhrase &&
      name.facts.words >= 2 &&
      !name.menuWords &&
      (above.menuWords || above.local?.kind === "navigation" || assigned[titleGuard - 3]?.kind === "navigation") &&
      opensWithRole(blocks[titleGuard - 1]!.text)
    ) {
      byTitle = titleGuard - 2;
      byRole = titleGuard - 1;
    }
  }
  // With no headline above the body (a page printed without its title), the plain line right above the lead
  // that names no section ("يونس الحسني" / lead) is its reporter or dateline, not the end of the menu over it.
  const untitledHeader = (r: number) =>
    titleGuard < 0 && r === bodyStart - 1 && bodyStart < n && !analyses[r]!.menuWords && !analyses[r]!.local;
  {
    let k = 0;
    while (k < bodyStart) {
      if (!isMenuItem(analyses, blocks, assigned, titleGuard, k)) {
        k++;
        continue;
      }
      let m = k;
      while (m < bodyStart && isMenuItem(analyses, blocks, assigned, titleGuard, m)) m++;
      if (m - k >= 3) {
        for (let r = k; r < m; r++) {
          if (r !== byTitle && r !== byRole && !untitledHeader(r) && !analyses[r]!.local && !assigned[r])
            assigned[r] = { kind: "navigation", reason: "nav:menu-run" };
        }
      }
      k = m;
    }
  }

  // 0e. A one-word section name wedged between two chrome lines above the title, not right above the title
  // or its kicker ("آخر الأخبار" / "سياسي" / "عاجل"): a ticker's or menu's section tag, not the story's.
  for (let k = 1; k + 1 < titleGuard - 1; k++) {
    const a = analyses[k]!;
    if (!a.menuWords || a.facts.words !== 1 || assigned[k]) continue;
    const before = assigned[k - 1] ?? analyses[k - 1]!.local;
    const after = assigned[k + 1] ?? analyses[k + 1]!.local;
    if (before && after && isChromeKind(before.kind) && isChromeKind(after.kind))
      assigned[k] = { kind: "navigation", reason: "nav:section-label" };
  }

  // the content stems of the lead (the first two prose blocks), computed once, only when a list or ticker
  // label above the body needs them
  let lead: Set<string> | null = null;
  const leadOf = (): Set<string> => {
    if (lead) return lead;
    lead = new Set<string>();
    for (let k = bodyStart; k < n && k < bodyStart + 2; k++) {
      if (analyses[k]!.prose) for (const s of leadStems(blocks[k]!.text)) lead.add(s);
    }
    return lead;
  };

  // 0d. A "top stories" strip: two or more headline-shaped lines right under the menu, then a section name
  // that repeats a menu item (or is made of section words) right above the title: the headlines above the
  // section name are a list, not the title and its decks.
  if (titleGuard >= 3 && titleGuard < bodyStart) {
    const label = titleGuard - 1;
    const la = analyses[label]!;
    const labelText = blocks[label]!.text;
    if (!la.local && !assigned[label] && !la.prose && la.facts.words <= 2 && la.facts.digits === 0) {
      let top = label;
      while (top > 0 && headlineLike(analyses[top - 1]!) && !assigned[top - 1]) top--;
      const menuAbove = top > 0 && (assigned[top - 1]?.kind === "navigation" || menuLike(analyses, top - 1));
      let repeatsMenu = la.menuWords;
      for (let k = 0; k < top && !repeatsMenu; k++) {
        repeatsMenu = blocks[k]!.text === labelText && (assigned[k]?.kind === "navigation" || menuLike(analyses, k));
      }
      if (label - top >= 2 && menuAbove && repeatsMenu) {
        lists.push(markBareList(blocks, analyses, assigned, top, label, "list-item:top-strip"));
      }
    }
  }

  // 0f. A bare "top stories" strip: three or more headline-shaped lines right under the page's chrome, with no
  // label, above the title (the line that repeats the lead's words, `sharesLead`) while none of them does: other
  // stories' headlines, a list, not the title's decks.
  if (titleGuard >= MIN_BARE_STRIP && titleGuard < bodyStart && !assigned[titleGuard]) {
    let top = titleGuard;
    while (top > 0 && headlineLike(analyses[top - 1]!) && !assigned[top - 1]) top--;
    const above = top > 0 ? (assigned[top - 1] ?? analyses[top - 1]!.local) : null;
    // under a list heading or ticker label the strip is that section's (step 1), not a bare one
    const chromeAbove =
      top === 0 ||
      (above !== null &&
        above !== undefined &&
        isChromeKind(above.kind) &&
        above.kind !== "list-heading" &&
        above.kind !== "ticker");
    if (titleGuard - top >= MIN_BARE_STRIP && chromeAbove && sharesLead(blocks[titleGuard]!.text, leadOf())) {
      let other = true;
      for (let k = top; k < titleGuard && other; k++) other = !sharesLead(blocks[k]!.text, leadOf());
      if (other) lists.push(markBareList(blocks, analyses, assigned, top, titleGuard, "list-item:bare-top-strip"));
    }
  }

  // 1. Sections opened by a list-heading cue or a ticker label, and inline "اقرأ أيضا: ..." items.
  for (let i = 0; i < n; i++) {
    const a = analyses[i]!;
    const local = a.local;
    if (!local) continue;
    const block = blocks[i]!;
    if (local.kind === "list-item" && local.itemStart !== undefined && local.headEnd !== undefined) {
      assigned[i] = { kind: "list-item", reason: local.reason };
      const item = itemSpan(block, local.itemStart);
      lists.push({
        kind: local.listKind ?? "read-also",
        heading: { text: block.text.slice(0, local.headEnd), start: block.start, end: block.start + local.headEnd },
        items: [item],
        start: block.start,
        end: block.end,
      });
      continue;
    }
    const top = i < bodyStart;
    const listKind = local.listKind ?? "headlines";
    // "عاجل", "أخبار عاجلة", "بث مباشر" and, at the top of the page, "آخر الأخبار" label a ticker.
    const ticker =
      (local.kind === "ticker" && !local.reason.endsWith(":prefix") && local.reason !== GLUED_TICKER_REASON) ||
      (top && local.kind === "list-heading" && listKind === "latest");
    if (local.kind !== "list-heading" && !ticker) continue;
    const insert = READ_ALSO.has(listKind) && lastProse > i;
    const max = ticker ? 3 : insert ? options.readAlsoMaxItems : Number.POSITIVE_INFINITY;
    const items: number[] = [];
    const teasers: number[] = [];
    const writers: number[] = [];
    const sections: number[] = [];
    const sources: number[] = [];
    // under a list heading after the body, a writer's name printed above (or below) each headline
    const writerMeta = !top && !insert && !ticker;
    let numbered: boolean | null = null;
    let resumed = false;
    let j = i + 1;
    for (; j < n; j++) {
      const b = analyses[j]!;
      if (assigned[j]) break;
      if (b.local) {
        // dates and media labels sit between items; at the top, a date right under the heading ends it
        if (isListMeta(b) && (!top || items.length > 0)) continue;
        break;
      }
      const f = b.facts;
      if (b.agencyCredit) break;
      if (top && (b.byline || (j === titleGuard && numbered !== true && !f.numbered))) break;
      // the article's own title under a ticker label or a headline strip: it repeats the lead's words
      if (top && !f.numbered && f.words >= 3 && sharesLead(blocks[j]!.text, leadOf())) break;
      const numberedItem = numbered === true && f.numbered && f.words <= 2 * options.headlineMaxWords;
      if (f.end === "ellipsis" && items.length > 0 && items.length < max && f.words <= 2 * options.headlineMaxWords) {
        teasers.push(j);
        continue;
      }
      // a headline rich in function words between the date stamps of a related box ("الكرملين: لا نرى أي جدوى من
      // مؤتمر السلام في سويسرا" / "منذ 3 ساعات") is an item, not the body resuming
      const betweenStamps =
        writerMeta &&
        items.length > 0 &&
        isDateStamp(analyses, j - 1) &&
        (isDateStamp(analyses, j + 1) || isDateStamp(analyses, j + 2));
      const stampedItem = betweenStamps && b.prose && f.end === "none" && f.words <= options.headlineMaxWords;
      // the body resumes at a sentence (a headline rich in function words or ending in "؟" is still an item)
      if (b.prose && weights[j]! > 0 && !numberedItem && !stampedItem) {
        resumed = true;
        break;
      }
      if (numbered === true && !f.numbered) break;
      // a section name printed over each related headline ("مقالات" / headline / "مقالات" / headline)
      if (writerMeta && b.menuWords && f.words <= 2 && headlineAfter(analyses, assigned, j)) {
        sections.push(j);
        continue;
      }
      if (
        writerMeta &&
        isWriterLine(analyses, blocks, assigned, j, writers.length > 0, items[items.length - 1] === j - 1)
      ) {
        writers.push(j);
        continue;
      }
      if (writerMeta && isSourceStamp(analyses, blocks, assigned, j, items[items.length - 1] === j - 1)) {
        sources.push(j);
        continue;
      }
      if (items.length >= max) break;
      if (f.words - (f.marker > 0 ? 1 : 0) < (f.numbered ? 2 : 3)) break;
      // a Latin-only line after Arabic headlines of an Arabic page ends the list: spam or a footer
      // line glued to the list by a scraper that drops blank lines ("Watch One Piece episode 1100")
      // (a Latin headline between the date stamps of a related box is one of its items)
      if (
        arabicPage &&
        !betweenStamps &&
        f.arabic === 0 &&
        f.latin > 0 &&
        items.length > 0 &&
        analyses[items[items.length - 1]!]!.facts.arabic > 0
      ) {
        break;
      }
      items.push(j);
      numbered ??= f.numbered;
    }
    // Inside the article, a short last line just above the resumed prose is a subheading, not an item.
    const lastWords = items.length > 0 ? analyses[items[items.length - 1]!]!.facts.words : 0;
    if (resumed && !top && numbered !== true && items.length >= 2 && lastWords <= 5) items.pop();
    if (ticker) {
      assigned[i] = { kind: "ticker", reason: local.kind === "ticker" ? local.reason : "cue:ticker-label" };
      for (const k of items) assigned[k] = { kind: "ticker", reason: "ticker-item" };
      continue;
    }
    // "اقرأ المزيد" / "Read more" with no headline under it, right after a summary cut with "...": the link
    // to the rest of the story, not a list heading
    if (items.length === 0 && READ_ALSO.has(listKind) && i > 0 && analyses[i - 1]!.facts.end === "ellipsis") {
      assigned[i] = { kind: "widget", reason: "cue:read-more" };
      continue;
    }
    assigned[i] = { kind: "list-heading", reason: local.reason };
    for (const k of items) assigned[k] = { kind: "list-item", reason: "list-item" };
    if (items.length > 0) for (const k of sources) assigned[k] = { kind: "credit", reason: "list:source" };
    if (items.length > 0) for (const k of writers) assigned[k] = { kind: "credit", reason: "list:writer" };
    if (items.length > 0) for (const k of sections) assigned[k] = { kind: "navigation", reason: "list:section" };
    const lastItem = items.length > 0 ? items[items.length - 1]! : -1;
    for (const k of teasers) if (lastItem >= 0) assigned[k] = { kind: "list-item", reason: "list-teaser" };
    if (items.length > 0) {
      const spans = items.map((k) => itemSpan(blocks[k]!, analyses[k]!.facts.marker));
      lists.push({
        kind: listKind,
        heading: { text: block.text, start: block.start, end: block.end },
        items: spans,
        start: block.start,
        end: spans[spans.length - 1]!.end,
      });
    }
  }

  // 1a. Boxes a skip link jumps over ("تخطى قصص مقترحة وواصل القراءة" ... "قصص مقترحة نهاية"): an insert.
  markSkipBoxes(blocks, assigned);
  // 1a'. The caption under a caption label ("التعليق على الصورة،" / what the photo shows): the photo's, not the body's.
  markLabelledCaptions(analyses, assigned);

  // 1b. Readers' comments: after the body has started, a comments heading or form prompt followed, within
  // four blocks, by comment scaffolding (a date line, a "رد" / "Reply" link) opens a comment thread; its
  // plain blocks (names, comment text) are comments, up to the next list heading or footer chrome. Without
  // scaffolding, a comments heading after the last unpunctuated-or-punctuated paragraph of the article
  // followed by a short name line and a longer line is a thread too (see `bareThread`).
  // The last paragraph before any comment: a punctuated comment may be the page's last prose line.
  let lastProse0 = lastProse;
  if (firstProse >= 0) {
    for (let h = firstProse + 1; h < lastProse; h++) {
      if (!bareThread(analyses, assigned, h)) continue;
      lastProse0 = h - 1;
      while (lastProse0 > firstProse && !analyses[lastProse0]!.prose) lastProse0--;
      break;
    }
  }
  for (let h = 0; h < n; h++) {
    const opener = analyses[h]!.local;
    if (firstProse < 0 || h <= firstProse || !opener || opener.kind !== "comment-form") continue;
    if (opener.reason !== "cue:comments-heading" && opener.reason !== "cue:comment-form") continue;
    let end = h + 1;
    let firstScaffold = -1;
    for (; end < n; end++) {
      const local = analyses[end]!.local;
      if (assigned[end] && assigned[end]!.kind !== "comment-form") break;
      if (!local) continue;
      const scaffold = local.kind === "date-header" || local.reason === "cue:comment-field";
      if (scaffold && firstScaffold < 0) firstScaffold = end;
      if (!scaffold && local.kind !== "comment-form" && local.kind !== "widget") break;
    }
    if ((firstScaffold < 0 || firstScaffold > h + 4) && !(h > lastProse0 && bareThread(analyses, assigned, h)))
      continue;
    for (let k = h + 1; k < end; k++) {
      if (analyses[k]!.local || assigned[k]) continue;
      // a required field's label ("Comment *", "Commentaire *"): the form's field, not a reader's comment
      const field = analyses[k]!.facts.words <= MAX_FIELD_WORDS && endsWithStar(blocks[k]!.text);
      assigned[k] = { kind: "comment-form", reason: field ? "cue:comment-field" : "comment" };
    }
    h = end - 1;
  }
  while (lastProse >= 0 && (assigned[lastProse] || !analyses[lastProse]!.prose)) lastProse--;

  // 1c. Post navigation after the body: a bare "المقال السابق" / "Article suivant" / "Next article" label
  // followed by the neighbouring article's headline. The headline is navigation, not a closing line of the body.
  if (firstProse >= 0) {
    for (let k = firstProse + 1; k + 1 < n; k++) {
      const local = analyses[k]!.local;
      if (local?.reason !== "cue:pagination" || assigned[k + 1]) continue;
      const next = analyses[k + 1]!;
      if (next.local || next.prose || next.byline || next.facts.words < 3 || !isBareLabel(blocks[k]!.text)) continue;
      assigned[k + 1] = { kind: "navigation", reason: "nav:adjacent-article" };
      // an aggregator's teaser of that article under its headline: up to two stamp lines (its source, its date)
      // then a summary cut with "..." and followed by a "read more" link or the end of the page
      let m = k + 2;
      const stamps: number[] = [];
      while (m < n && stamps.length < 2 && !assigned[m] && !analyses[m]!.prose) {
        const s = analyses[m]!;
        if (s.local ? s.local.kind !== "date-header" : s.facts.words > 4) break;
        stamps.push(m);
        m++;
      }
      const teaser = analyses[m];
      if (teaser === undefined || assigned[m] || teaser.local || teaser.facts.end !== "ellipsis") continue;
      const after = analyses[m + 1];
      if (after !== undefined && after.local?.kind !== "widget" && after.local?.kind !== "list-heading") continue;
      for (const r of stamps)
        if (!analyses[r]!.local) assigned[r] = { kind: "navigation", reason: "nav:adjacent-teaser" };
      assigned[m] = { kind: "navigation", reason: "nav:adjacent-teaser" };
      if (
        after?.local?.kind === "list-heading" &&
        after.local.listKind !== undefined &&
        READ_ALSO.has(after.local.listKind)
      )
        assigned[m + 1] = { kind: "widget", reason: "cue:read-more" };
      k = m;
    }
    while (lastProse >= 0 && (assigned[lastProse] || !analyses[lastProse]!.prose)) lastProse--;
  }

  // 2. Bare runs of headline-shaped lines after the article body.
  if (lastProse >= 0) {
    const shaped = (k: number): boolean => isShaped(analyses[k]!, assigned[k], options);
    const introducesList = analyses[lastProse]!.facts.end === "colon";
    let k = lastProse + 1;
    while (k < n) {
      if (!shaped(k)) {
        k++;
        continue;
      }
      const run: number[] = [];
      // a writer's name printed under (or above) each headline of an unlabelled opinion strip
      const writers: number[] = [];
      let m = k;
      for (; m < n; m++) {
        if (shaped(m)) run.push(m);
        else if (
          !assigned[m] &&
          !analyses[m]!.local &&
          !analyses[m]!.prose &&
          isWriterLine(analyses, blocks, assigned, m, writers.length > 0, run[run.length - 1] === m - 1)
        )
          writers.push(m);
        else if (!(analyses[m]!.local && isListMeta(analyses[m]!) && !assigned[m])) break;
      }
      // names that did not alternate with headlines (a tag run) make no writer strip
      if (writers.length < 2 || writers.length > run.length + 1) {
        if (writers.length > 0) m = Math.min(m, writers[0]!);
        while (run.length > 0 && run[run.length - 1]! > m) run.pop();
        writers.length = 0;
      }
      const allNumbered = run.every((r) => analyses[r]!.facts.numbered);
      const isContentList = introducesList && k === lastProse + 1;
      // A run that follows the last paragraph with no chrome, date or media label in between could be the
      // article's own closing lines on a site that drops final periods: only short lines make it a list.
      let separated = allNumbered || run.length < m - k;
      for (let g = lastProse + 1; g < k && !separated; g++) {
        if (analyses[g]!.local || (assigned[g] && assigned[g]!.kind !== "heading")) separated = true;
      }
      const headlineShort = separated || run.every((r) => analyses[r]!.facts.words <= 12);
      // each headline stamped with its own date or time ("منذ ساعتين" above or below it): two make a list
      let metas = m - k - run.length;
      const before = analyses[k - 1]!;
      if (k - 1 > lastProse && !assigned[k - 1] && before.local && isListMeta(before)) metas++;
      metas -= writers.length;
      const stamped = run.length >= 2 && (metas >= run.length || writers.length >= run.length);
      if (
        !isContentList &&
        headlineShort &&
        (run.length >= options.minListItems || (allNumbered && run.length >= 2) || stamped)
      ) {
        for (const r of run) assigned[r] = { kind: "list-item", reason: "list-item:bare-run" };
        for (const r of writers) assigned[r] = { kind: "credit", reason: "list:writer" };
        const spans = run.map((r) => itemSpan(blocks[r]!, analyses[r]!.facts.marker));
        lists.push({
          kind: "headlines",
          heading: null,
          items: spans,
          start: spans[0]!.start,
          end: spans[spans.length - 1]!.end,
        });
      }
      k = m;
    }
  }

  // 2b. A breaking-news prefixed line ("عاجل | ...") that is the last headline above the body is the title.
  if (firstProse > 0) {
    for (let k = firstProse - 1; k >= 0; k--) {
      const a = analyses[k]!;
      if (assigned[k]) break;
      if (a.local?.reason.endsWith(":prefix") && a.local.kind === "ticker") {
        assigned[k] = { kind: "heading", reason: "ticker-prefixed-title" };
        break;
      }
      if (!a.local) break;
    }
  }

  // 2c. Unlabelled tag lines: right after the last paragraph, a run of two or more short noun phrases (one to
  // three words, no function word, no punctuation) that ends at page chrome. A single line there is left
  // alone: it may be the author's name, which the article parser reads.
  if (lastProse >= 0) {
    let m = lastProse + 1;
    while (
      m < n &&
      !assigned[m] &&
      analyses[m]!.nounPhrase &&
      !/[:：|]/u.test(blocks[m]!.text) &&
      !opensWithRole(blocks[m]!.text)
    )
      m++;
    const closedByChrome = m < n && (analyses[m]!.local !== null || isChrome(assigned[m]));
    if (m - (lastProse + 1) >= 2 && closedByChrome) {
      for (let k = lastProse + 1; k < m; k++) assigned[k] = { kind: "credit", reason: "tags:unlabelled" };
    }
  }

  // 3. Latin lines outside the body of an Arabic page.
  if (options.detectSpam && arabicPage) {
    for (let k = 0; k < n; k++) {
      const a = analyses[k]!;
      if (a.local || a.prose || assigned[k]) continue;
      // Only after the body: before it, Latin lines are bylines and titles of bilingual sites.
      const outside = lastProse >= 0 && k > lastProse;
      const f = a.facts;
      if (
        outside &&
        f.words >= 3 &&
        f.words <= 12 &&
        f.latin >= 0.8 * (f.latin + f.arabic) &&
        !looksLikeName(blocks[k]!.text, f.words)
      ) {
        assigned[k] = { kind: "spam", reason: "spam:latin-in-arabic-page" };
      }
    }
  }

  // 3b. The masthead on the first line of an Arabic page: a Latin site name alone ("Hespress") above an
  // Arabic line, or an outlet's full name ("وكالة الأنباء اليمنية سبأ") right above a menu. Neither is a
  // title or a section. A top bar of menu links printed above the logo ("الرئيسية" / "من نحن" / "اتصل بنا")
  // does not move it off the first line: the masthead is the first line under that bar.
  const m = topBarLength(analyses);
  if (arabicPage && n > m + 2 && firstProse > m + 1 && !analyses[m]!.local && !assigned[m]) {
    const a = analyses[m]!;
    const f = a.facts;
    const latinName =
      f.arabic === 0 &&
      f.latin > 0 &&
      f.words <= 2 &&
      f.digits === 0 &&
      f.end === "none" &&
      analyses[m + 1]!.facts.arabic > 0;
    const overMenu = analyses[m + 1]!.local?.kind === "navigation" || assigned[m + 1]?.kind === "navigation";
    const outletName = overMenu && !a.prose && f.words <= 8 && f.end === "none" && namesOutlet(blocks[m]!.text);
    if (latinName || outletName) assigned[m] = { kind: "navigation", reason: "nav:masthead" };
  }
  if (arabicPage && firstProse > m && !assigned[m]) {
    // skip links, cookie banners, ad labels and print buttons printed above the logo do not move it either
    let top = m;
    while (top < firstProse && top - m < MAX_TOP_BAR_LINES && isPreludeChrome(analyses[top]!, assigned[top])) top++;
    markShortMasthead(analyses, blocks, assigned, top, firstProse);
  }

  for (let k = 1; k < n; k++) {
    const local = analyses[k]!.local;
    if (
      !assigned[k] &&
      local &&
      analyses[k]!.facts.words <= 2 &&
      (local.reason === "cue:comment-field" || local.reason === "cue:share")
    )
      settleEmailLabel(analyses, blocks, assigned, k);
  }

  lists.sort((x, y) => x.start - y.start);

  // The article zone ends under the core's credit lines, past chrome named above (share rows, read-also lists).
  const zoneEnd =
    zone === null
      ? n
      : trailerEnd(analyses, blocks, zone.coreEnd, (k) => {
          const kind = assigned[k]?.kind ?? analyses[k]!.local?.kind;
          return kind !== undefined && isChromeKind(kind);
        });

  // 4. Final kinds, duplicates, boilerplate flags.
  // Earlier blocks by text length: equal texts have equal lengths, so a text is hashed only when another
  // block has its length (most paragraphs are never hashed); a shared length gets its own text map.
  const byLength = new Map<number, number | Map<string, number>>();
  const keys: string[] = new Array(n);
  const out: Block[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const block = blocks[k]!;
    const a = analyses[k]!;
    let kind: BlockKind;
    let reason: string | null;
    const given = assigned[k];
    if (given) {
      kind = given.kind;
      reason = given.reason;
    } else if (a.soft && k > firstProse && k < lastProse) {
      kind = "content";
      reason = null;
    } else if (a.local) {
      kind = a.local.kind === "list-item" ? "list-heading" : a.local.kind;
      reason = a.local.reason;
    } else if (a.prose) {
      kind = "content";
      reason = null;
    } else if (firstProse >= 0 && k > lastProse) {
      kind = "content";
      reason = null;
    } else {
      kind = "heading";
      // a one- or two-word line right above the title: a kicker or category label, left to the article
      reason = k === byRole ? "byline:role" : k === titleGuard - 1 && a.facts.words <= 2 ? "kicker" : null;
    }
    let boilerplate = kind !== "content" && kind !== "heading";
    if (!boilerplate && zone !== null && (k < zone.start || k >= zoneEnd)) {
      boilerplate = true;
      reason = OUTSIDE_ARTICLE;
    }
    if (options.keepLists && (kind === "list-heading" || kind === "list-item")) boilerplate = false;
    if (options.keepKinds.has(kind)) boilerplate = false;
    let earlier: number | undefined;
    const key = dedupeKey(block.text);
    keys[k] = key;
    const length = key.length;
    const sameLength = byLength.get(length);
    if (sameLength === undefined) byLength.set(length, k);
    else if (typeof sameLength === "number") {
      if (keys[sameLength] === key) earlier = sameLength;
      else
        byLength.set(
          length,
          new Map([
            [keys[sameLength]!, sameLength],
            [key, k],
          ]),
        );
    } else {
      earlier = sameLength.get(key);
      if (earlier === undefined) sameLength.set(key, k);
    }
    // the headline above the body printed again after it (share bars, breadcrumbs, "next article" boxes); a
    // name printed above the title and again over a bio line after the body ("كاتب وصحفي ليبي") is the columnist's
    if (
      kind === "content" &&
      !a.prose &&
      firstProse >= 0 &&
      k > lastProse &&
      earlier !== undefined &&
      earlier < firstProse &&
      !(k + 1 < n && a.nounPhrase && opensWithRole(blocks[k + 1]!.text))
    ) {
      kind = "navigation";
      // the site's name printed again in the footer is its masthead, not the title
      reason = assigned[earlier]?.reason === "nav:masthead" ? "nav:masthead" : "repeat:title";
      boilerplate = !options.keepKinds.has(kind);
    }
    out[k] = {
      text: block.text,
      start: block.start,
      end: block.end,
      index: k,
      kind,
      boilerplate,
      reason,
      duplicateOf: earlier ?? null,
      zone:
        zone === null
          ? "body"
          : k < zone.start || k >= zoneEnd
            ? "outside"
            : k < zone.coreStart
              ? "header"
              : k < zone.coreEnd
                ? "body"
                : "trailer",
    };
  }
  return { blocks: out, lists };
}

/**
 * Invisible format characters a scraper leaves inside text: zero-width space, non-joiner and joiner,
 * LRM/RLM (U+200B..U+200F), ALM (U+061C), bidi embeddings and isolates (U+202A..U+202E,
 * U+2066..U+2069), the word joiner (U+2060) and BOM (U+FEFF), Unicode 15 General Category Cf; and
 * the tatweel (U+0640), which only stretches a word.
 */
function isInvisible(c: number): boolean {
  return (
    c === 0x0640 ||
    (c >= 0x200b && c <= 0x200f) ||
    c === 0x061c ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2069 && c !== 0x2065) ||
    c === 0xfeff
  );
}

/** Longest block, in UTF-16 units, whose copies are matched through {@link dedupeKey}'s folding. */
const DEDUPE_FOLD_MAX_CHARS = 300;

/**
 * The text two blocks must share to be copies of one line: the text itself, without invisible format
 * characters and tatweel, and with Arabic presentation forms (U+FB50..U+FEFC) mapped to letters by
 * NFKC (two copies of a title differ by a ZWNJ, an RLM or a stretched letter only in how they were
 * scraped or printed). Most lines hold none of these: they are returned as they are, without building
 * a new string; so are blocks longer than {@link DEDUPE_FOLD_MAX_CHARS} (paragraphs: exact copies only).
 */
function dedupeKey(text: string): string {
  // long blocks (paragraphs) are compared as they are: lines printed twice with a scraping difference are
  // titles, decks, captions and menu items, and scanning every paragraph cost a tenth of the classifier
  if (text.length > DEDUPE_FOLD_MAX_CHARS) return text;
  let i = 0;
  let forms = false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // below U+200B only the ALM (U+061C) and the tatweel (U+0640) fold: Arabic letters pass with two tests
    if (c < 0x200b && c !== 0x0640 && c !== 0x061c) continue;
    if (isInvisible(c)) break;
    if (c >= 0xfb50 && c <= 0xfefc) forms = true;
  }
  if (i === text.length) return forms ? text.normalize("NFKC") : text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) if (!isInvisible(text.charCodeAt(i))) out += text[i];
  return out.normalize("NFKC");
}
