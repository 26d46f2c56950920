/**
 * The header zone: the lines right above the article core that belong to the article (title, kicker,
 * breadcrumb, decks, captions, byline, dates, share rows), read upward from the core until page chrome.
 */
import type { BlockAnalysis } from "../analyze-block.ts";
import { opensWithRole } from "../bio-role.ts";
import { echoes, leadOverlap, LEAD_SHARED_MIN as TITLE_SHARED_MIN } from "../lead-overlap.ts";
import { matchKey } from "../match-key.ts";
import { REASONS } from "../reasons.ts";
import { MASTHEAD_ROLES } from "../tables/masthead-roles.ts";
import type { InputBlock } from "../types.ts";
import { isNameLine } from "./name-line.ts";

/** How far above the core the header is looked for, in blocks that no cue names. */
export const MAX_HEADER_BLOCKS = 14;
/** How far above the core the header is looked for at most, in blocks of any kind. */
const MAX_WALKED_BLOCKS = 40;
/** Consecutive headlines that do not echo the lead which end the header: a strip of other stories. */
const STRIP_LENGTH = 3;
/** Most words of a kicker or section label right above the title. */
const MAX_KICKER_WORDS = 4;
/** Fewest words of a title-shaped line. */
const MIN_TITLE_WORDS = 3;

/** Fewest words of a headline in a strip of other stories (a writer's name is shorter). */
const MIN_STRIP_WORDS = 5;

/** A headline-shaped line: several words, no cue (but a breaking-news prefix), not prose, not a byline. */
function headlineShaped(a: BlockAnalysis): boolean {
  const c = a.local;
  if (c !== null && !(c.kind === "ticker" && c.reason.endsWith(":prefix"))) return false;
  return !a.byline && a.facts.words >= MIN_TITLE_WORDS && a.facts.end !== "period";
}

/** Navigation reasons of a whole menu printed on one line. */
const MENU_STRIPS: ReadonlySet<string> = new Set([REASONS.menuStrip, REASONS.gluedMenu, REASONS.menuRun]);

/** Fewest shared stems of a short headline that echoes the lead at least weakly ("لماذا فشلت الوساطات؟"),
 *  which then shares half its own stems with it; the title itself shares three and a third (`sharesLead`). */
const ECHO_MIN = 2;

/** A menu line: a navigation cue other than a breadcrumb, or a section name. */
function menuLine(a: BlockAnalysis | undefined): boolean {
  if (a === undefined) return false;
  return a.local === null ? a.menuWords : a.local.kind === "navigation" && a.local.reason !== REASONS.breadcrumb;
}

/**
 * Chrome the header never reaches past: a list heading, a ticker label, a menu strip, or a menu column
 * (two menu lines in a row). A single menu link between the title and the body ("الأرشيف") is passed.
 */
function endsHeader(analyses: readonly BlockAnalysis[], k: number): boolean {
  const a = analyses[k]!;
  const c = a.local;
  if (c !== null && (c.kind === "list-heading" || c.kind === "list-item")) return true;
  // "عاجل | <headline>" right above the body may be the title itself: it is weighed as a headline
  if (c !== null && c.kind === "ticker") return !c.reason.endsWith(":prefix");
  if (!menuLine(a)) return false;
  return (c !== null && MENU_STRIPS.has(c.reason)) || menuLine(analyses[k - 1]);
}

/**
 * The first block of the header zone above a core starting at `coreStart`.
 *
 * Walking up from the core: dates, bylines, credits, share rows and captions are passed; every
 * headline-shaped line that echoes the lead (as `sharesLead` counts) is a title candidate, and the zone
 * reaches the topmost one (with a breadcrumb or kicker right above it). The walk stops at a menu, a
 * list heading or a ticker label, at three headlines in a row that do not echo the lead (a strip of
 * other stories: the zone keeps the lowest), or {@link MAX_HEADER_BLOCKS} blocks up.
 *
 * @param analyses - the page's block analyses
 * @param blocks - the page's blocks
 * @param coreStart - first block of the core
 * @param lead - the content stems of the core's first paragraphs
 * @returns index of the first block of the header zone (`coreStart` when there is none)
 * @example
 * ```ts
 * // "الرئيسية | محلي" / title / "كتب أحمد علي" / lead: the zone starts at the breadcrumb
 * ```
 */
export function headerStart(
  analyses: readonly BlockAnalysis[],
  blocks: readonly InputBlock[],
  coreStart: number,
  lead: ReadonlySet<string>,
): number {
  // the walk counts the lines no cue names: a share row printed one network per line, date and credit
  // lines between the title and the body do not use up the header's reach (bounded all the same)
  const limit = Math.max(0, coreStart - MAX_WALKED_BLOCKS);
  let plain = 0;
  let top = coreStart;
  let title = -1;
  let run = 0;
  let runBottom = -1;
  for (let k = coreStart - 1; k >= limit; k--) {
    const a = analyses[k]!;
    if (a.local === null && ++plain > MAX_HEADER_BLOCKS) break;
    if (endsHeader(analyses, k)) {
      // a section label right above the title is its kicker ("رأي" / "لبنان" over the headline)
      if (k + 1 === title && !a.local) top = k;
      break;
    }
    if (a.local?.reason === REASONS.breadcrumb) {
      top = k;
      break;
    }
    if (headlineShaped(a)) {
      const overlap = leadOverlap(blocks[k]!.text, lead);
      if (echoes(overlap, TITLE_SHARED_MIN, 3)) {
        title = k;
        run = 0;
      } else if (
        a.facts.words < MIN_STRIP_WORDS ||
        blocks[k]!.text === blocks[k + 1]?.text ||
        echoes(overlap, ECHO_MIN, 2)
      ) {
        // a name, the title printed twice, or a short title that shares a few words with the lead: no strip
        run = 0;
      } else {
        if (run === 0) runBottom = k;
        if (++run >= STRIP_LENGTH) {
          top = runBottom;
          break;
        }
      }
    } else run = 0;
    top = k;
  }
  if (title < 0 || top >= title) return top;
  // above the topmost title candidate only a columnist's name and role line ("سمير عطا الله" / "كاتب صحفي"),
  // a breadcrumb or a short kicker belong to the article
  if (
    title >= 2 &&
    opensWithRole(blocks[title - 1]!.text) &&
    analyses[title - 1]!.facts.words <= MAX_KICKER_WORDS &&
    isNameLine(analyses[title - 2]!, blocks[title - 2]!.text)
  ) {
    return title - 2;
  }
  const above = analyses[title - 1];
  const kicker =
    above !== undefined &&
    (above.local?.reason === REASONS.breadcrumb || (!above.local && above.facts.words <= MAX_KICKER_WORDS)) &&
    // a name under a masthead role ("رئيس التحرير" / name, printed twice): the site's staff, not a kicker
    !(title >= 2 && isMastheadRole(blocks[title - 2]!.text));
  return kicker ? title - 1 : title;
}

/** Folded masthead roles ("رئيس التحرير", "رئيس مجلس الإدارة"). */
const MASTHEAD_KEYS: readonly string[] = MASTHEAD_ROLES.map(matchKey);

/** The line opens with a masthead role ("رئيس مجلسى الإدارة والتحرير", "رئيس التحرير: ..."). */
function isMastheadRole(text: string): boolean {
  if (text.length > MAX_ROLE_CHARS) return false;
  const key = matchKey(text);
  return MASTHEAD_KEYS.some((role) => key === role || key.startsWith(`${role} `));
}

/** Longest masthead role line, in UTF-16 units. */
const MAX_ROLE_CHARS = 60;
