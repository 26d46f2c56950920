/**
 * Pass "list-sections": sections opened by a list-heading cue or a ticker label take the headlines under them
 * (with the writers' names, sources, section names and "..." teasers printed with each), and inline
 * "اقرأ أيضا: ..." lines are a list of one item.
 */
import type { BlockAnalysis } from "../analyze-block.ts";
import { sharesLead } from "../lead-overlap.ts";
import { type Decision, decide, leadStemsOf, type Pass } from "../page-state.ts";
import { REASONS } from "../reasons.ts";
import type { InputBlock } from "../types.ts";
import { headlineAfter, isDateStamp, isListMeta, isWriterLine, itemSpan, READ_ALSO } from "./shared.ts";

const ID = "list-sections";

/**
 * Under a list heading after the body, the outlet an aggregator prints with each related headline ("الخبر",
 * "النهار الجديد", "اليوم 24"): one to three words without final punctuation, a colon or a list marker, either
 * right under the headline and above its date stamp, or above the headline whose date stamp follows it.
 */
function isSourceStamp(
  analyses: readonly BlockAnalysis[],
  blocks: readonly InputBlock[],
  assigned: readonly (Decision | null)[],
  j: number,
  afterItem: boolean,
): boolean {
  const f = analyses[j]!.facts;
  if (f.words > 3 || f.end !== "none" || f.marker > 0 || f.numbered || /[:：|]/u.test(blocks[j]!.text)) return false;
  if (afterItem) return !assigned[j + 1] && isDateStamp(analyses, j + 1);
  return f.words <= 3 && headlineAfter(analyses, assigned, j) && isDateStamp(analyses, j + 2);
}

/**
 * Decides list headings, list items and their metadata lines, ticker labels and items, and "read more"
 * links; adds each list to the lists.
 *
 * @example
 * ```ts
 * // ... last paragraph / "الأكثر قراءة" / three headlines: list-heading, then three list-items
 * listSections.run(state);
 * ```
 */
export const listSections: Pass = {
  id: ID,
  doc: "A list heading or ticker label takes the headlines under it (with their writers, sources, sections, teasers); inline 'اقرأ أيضا: ...' items.",
  run(state) {
    const { analyses, blocks, assigned, lists, n, options, weights, titleGuard, bodyStart, lastProse, arabicPage } =
      state;
    for (let i = 0; i < n; i++) {
      const a = analyses[i]!;
      const local = a.local;
      if (!local) continue;
      const block = blocks[i]!;
      if (local.kind === "list-item" && local.itemStart !== undefined && local.headEnd !== undefined) {
        decide(state, i, "list-item", local.reason, ID);
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
        (local.kind === "ticker" && !local.reason.endsWith(":prefix") && local.reason !== REASONS.gluedTicker) ||
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
        if (top && !f.numbered && f.words >= 3 && sharesLead(blocks[j]!.text, leadStemsOf(state))) break;
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
        decide(state, i, "ticker", local.kind === "ticker" ? local.reason : REASONS.tickerLabel, ID);
        for (const k of items) decide(state, k, "ticker", REASONS.tickerItem, ID);
        continue;
      }
      // "اقرأ المزيد" / "Read more" with no headline under it, right after a summary cut with "...": the link
      // to the rest of the story, not a list heading
      if (items.length === 0 && READ_ALSO.has(listKind) && i > 0 && analyses[i - 1]!.facts.end === "ellipsis") {
        decide(state, i, "widget", REASONS.readMore, ID);
        continue;
      }
      decide(state, i, "list-heading", local.reason, ID);
      for (const k of items) decide(state, k, "list-item", REASONS.listItem, ID);
      if (items.length > 0) for (const k of sources) decide(state, k, "credit", REASONS.listSource, ID);
      if (items.length > 0) for (const k of writers) decide(state, k, "credit", REASONS.listWriter, ID);
      if (items.length > 0) for (const k of sections) decide(state, k, "navigation", REASONS.listSection, ID);
      const lastItem = items.length > 0 ? items[items.length - 1]! : -1;
      for (const k of teasers) if (lastItem >= 0) decide(state, k, "list-item", REASONS.listTeaser, ID);
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
  },
};
