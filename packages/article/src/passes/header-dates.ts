/**
 * Pass "header-dates": the dates before the body. A "today" line or a date-header over the masthead chrome is the
 * page's date; the other date lines give the publication date, an update stamp yielding to a publication stamp,
 * a bare day line above the title to a labelled or timed stamp under it.
 */
import type { Pass } from "../article-state.ts";
import { PUBLISH_CUES, TODAY_CUES, UPDATE_CUES } from "../data/publish-cues.ts";
import { isKickerLabel } from "../line-roles.ts";
import { wordsOf } from "../line-shape.ts";
import { lookupKey } from "../lookup-key.ts";
import type { Block } from "../types.ts";

const ID = "header-dates";

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

/**
 * Dates in the header: the publication stamp (a labelled or timed one over a bare day line), and the site's "today" line.
 *
 * @example
 * ```ts
 * headerDatesPass.run(state); // state.published: "نشر في: الأحد 6 أكتوبر 2024 - 10:30"; state.pageDate: the masthead's day
 * ```
 */
export const headerDatesPass: Pass = {
  id: ID,
  doc: 'Dates in the header: the publication stamp (a labelled or timed one over a bare day line), and the site\'s "today" line.',
  run(state) {
    const { text, blocks, infos, firstBodyIndex, titleStartIndex, siteKeys, top, headerDates } = state;
    let { published, pageDate } = state;
    // dates in the header: a date-header before the title is the page's "today" line
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
    state.published = published;
    state.pageDate = pageDate;
  },
};
