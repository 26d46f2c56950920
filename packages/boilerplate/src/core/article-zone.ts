/**
 * The article's zone on the page: its core (the densest run of prose), the header above it and the
 * credit lines right under it. Every block outside the zone is page chrome.
 */
import { type BlockAnalysis, isAgencyCredit, isHeadingTag } from "../analyze-block.ts";
import { opensWithRole } from "../bio-role.ts";
import { leadStems } from "../lead-overlap.ts";
import { REASONS } from "../reasons.ts";
import type { InputBlock } from "../types.ts";
import { headerStart } from "./header-zone.ts";
import { locateCore } from "./locate-core.ts";
import { isNameLine } from "./name-line.ts";
import { hasHeadlineDots, scoreBlock } from "./score-block.ts";

/** Prose blocks of the core whose words make the lead a title must echo. */
const LEAD_BLOCKS = 2;
/** Most UTF-16 units of the lead read for its stems (its first sentences; stemming whole paragraphs cost a
 *  tenth of the classifier). */
const LEAD_CHARS = 300;
/** How far under the core a trailing credit line is looked for, over chrome the classifier named. */
const MAX_TRAILER_SCAN = 8;

/** Where the article lies: the header zone and the core, blocks `[start, coreEnd)`. */
export interface ArticleZone {
  /** first block of the header zone */
  start: number;
  /** first block of the core */
  coreStart: number;
  /** one past the last block of the core */
  coreEnd: number;
  /** the content stems of the lead's first sentences (see `leadStems`), read once for every rule that asks */
  lead: ReadonlySet<string>;
}

/** A wire credit, byline, writer's name or bio line under the body, not one of a run of tags. */
function isTrailer(analyses: readonly BlockAnalysis[], blocks: readonly InputBlock[], k: number): boolean {
  const a = analyses[k]!;
  if (a.agencyCredit || a.byline) return true;
  if (a.local) return false;
  const text = blocks[k]!.text;
  // a wire desk's codes before the agencies: "ع.ش/ ح.ز (د ب أ، أ ف ب)"
  const open = text.lastIndexOf("(");
  if (open > 0 && text.length <= MAX_CODED_CREDIT && text.endsWith(")") && isAgencyCredit(text.slice(open)))
    return true;
  // the caption under a "شاهد الفيديو" label
  if (analyses[k - 1]?.local?.reason === REASONS.mediaLabel && !a.prose && a.facts.words <= MAX_CAPTION_WORDS)
    return true;
  if (a.facts.words <= MAX_BIO_WORDS && opensWithRole(text)) return true;
  if (!isNameLine(a, text)) return false;
  const next = analyses[k + 1];
  return next === undefined || !isNameLine(next, blocks[k + 1]!.text) || opensWithRole(blocks[k + 1]!.text);
}

/** Longest wire credit with desk codes, in UTF-16 units. */
const MAX_CODED_CREDIT = 60;
/** Most words of a video caption under its label. */
const MAX_CAPTION_WORDS = 12;
/** Most items of an enumeration that ends the article. */
const MAX_ENUMERATION_ITEMS = 12;

/** An item of an enumeration: a plain line that no cue names and that is no longer than a headline. */
function isEnumerationItem(a: BlockAnalysis): boolean {
  return !a.local && !a.prose && a.facts.words >= 2 && a.facts.words <= LONG_ITEM_WORDS;
}

/** Most words of an enumeration item. */
const LONG_ITEM_WORDS = 30;

/** Most words of a writer's bio line under the body. */
const MAX_BIO_WORDS = 12;

/**
 * One past the article's last block: the core, then the credit lines under it (a wire credit, the writer's
 * name and bio), passing over chrome the classifier already named (share rows, a read-also list).
 *
 * @param analyses - the page's block analyses
 * @param blocks - the page's blocks
 * @param coreEnd - one past the core's last block
 * @param named - true for a block the classifier made chrome
 * @returns one past the zone's last block
 * @example
 * ```ts
 * // ... last paragraph / "اقرأ أيضا" / headline / "(د ب أ)" / "الأكثر قراءة": the zone ends after "(د ب أ)"
 * ```
 */
export function trailerEnd(
  analyses: readonly BlockAnalysis[],
  blocks: readonly InputBlock[],
  coreEnd: number,
  named: (k: number) => boolean,
): number {
  let end = coreEnd;
  for (let k = coreEnd; k < analyses.length && k - coreEnd < MAX_TRAILER_SCAN; k++) {
    if (isTrailer(analyses, blocks, k)) end = k + 1;
    else if (!named(k)) break;
  }
  return end;
}

/**
 * The prose weight of every block (see `scoreBlock`), computed once per page.
 *
 * @param analyses - the page's block analyses
 * @param blocks - the page's blocks
 * @param headlineMaxWords - the `headlineMaxWords` option
 * @param arabicPage - most of the page's letters are Arabic: Latin lines then weigh as headlines
 * @returns one weight per block
 * @example
 * ```ts
 * blockWeights(analyses, blocks, 20); // [-1.5, -5.5, 27, 25, -4]
 * ```
 */
export function blockWeights(
  analyses: readonly BlockAnalysis[],
  blocks: readonly InputBlock[],
  headlineMaxWords: number,
  arabicPage = false,
): number[] {
  const weights = new Array<number>(analyses.length);
  for (let k = 0; k < analyses.length; k++) {
    const block = blocks[k]!;
    const a = analyses[k]!;
    // on an Arabic page the article is Arabic: a Latin paragraph (a cookie notice, a disclaimer) is no prose
    const foreign = arabicPage && a.facts.latin > a.facts.arabic;
    weights[k] = scoreBlock(a, block.text, headlineMaxWords, foreign || isHeadingTag(block.features?.tagName));
  }
  return weights;
}

/** Fewest words of an unpunctuated line that the relaxed weights count as running text. */
const RELAXED_MIN_WORDS = 13;

/**
 * Weights for a page where the strict ones find no core (a site that drops final periods): a line of 13
 * words or more that no cue names, no byline and no headline with ".." joints, counts half its words.
 */
function relaxedWeights(
  analyses: readonly BlockAnalysis[],
  blocks: readonly InputBlock[],
  weights: readonly number[],
): number[] {
  const relaxed = weights.slice();
  for (let k = 0; k < relaxed.length; k++) {
    const a = analyses[k]!;
    const words = a.facts.words;
    if (relaxed[k]! > 0 || words < RELAXED_MIN_WORDS || a.local || a.byline) continue;
    if (isHeadingTag(blocks[k]!.features?.tagName)) continue;
    if (hasHeadlineDots(blocks[k]!.text)) continue;
    relaxed[k] = words / 2;
  }
  return relaxed;
}

/**
 * Locate the article on a page.
 *
 * @param analyses - the page's block analyses (frozen)
 * @param blocks - the page's blocks
 * @param weights - the blocks' prose weights ({@link blockWeights})
 * @returns the zone, or null when the page has no run of prose long enough to be an article
 * @example
 * ```ts
 * // menu / title / byline / three paragraphs / "الأكثر قراءة" / headlines:
 * // { start: 1, coreStart: 3, coreEnd: 6 }
 * ```
 */
export function articleZone(
  analyses: readonly BlockAnalysis[],
  blocks: readonly InputBlock[],
  weights: readonly number[],
): ArticleZone | null {
  // a site that drops final periods prints no sentence the strict weights count: read its running text
  const core = locateCore(weights) ?? locateCore(relaxedWeights(analyses, blocks, weights));
  if (core === null) return null;
  // an enumeration the last paragraph introduces with a colon ("... ما يلي:" / item / item) ends the body
  let coreEnd = core.end;
  if (analyses[coreEnd - 1]!.facts.end === "colon") {
    while (
      coreEnd < analyses.length &&
      coreEnd - core.end < MAX_ENUMERATION_ITEMS &&
      isEnumerationItem(analyses[coreEnd]!)
    ) {
      coreEnd++;
    }
  }
  // the lead's first sentences are what a title echoes: read at most LEAD_CHARS of its first two paragraphs
  let leadText = "";
  let seen = 0;
  for (let k = core.start; k < core.end && seen < LEAD_BLOCKS && leadText.length < LEAD_CHARS; k++) {
    if (weights[k]! > 0) {
      const text = blocks[k]!.text;
      leadText += `${text.length > LEAD_CHARS ? text.slice(0, LEAD_CHARS) : text} `;
      seen++;
    }
  }
  const lead = leadStems(leadText);
  const start = headerStart(analyses, blocks, core.start, lead);
  return { start, coreStart: core.start, coreEnd, lead };
}
