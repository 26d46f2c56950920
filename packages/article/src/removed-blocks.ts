/**
 * Nothing is lost: every block is a field's, a paragraph's or a list's, or it is in `removed` with a reason.
 */
import type { ArticleState } from "./article-state.ts";
import { sameText } from "./line-roles.ts";
import { lookupKey } from "./lookup-key.ts";
import type { Block, NameSpan, Paragraph, RemovedBlock } from "./types.ts";

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

/** Any span's offsets: a field, a paragraph or a whole list. */
interface Range {
  start: number;
  end: number;
}

/**
 * The removed blocks of a page, with their reasons: chrome (but what the parser took back as a headline field),
 * every block of a page without Arabic, trailing labels, author bios, and kept blocks no field uses
 * (duplicates and unused lines).
 *
 * @param state - the page state, after every pass
 * @param paragraphs - the article's paragraphs
 * @param lists - the article's lists
 * @param authors - the article's authors, in page order
 * @returns the removed blocks, in page order
 * @example
 * ```ts
 * removedBlocks(state, paragraphs, lists, authors); // [{ text: "الرئيسية", ..., reason: "nav:menu-strip" }, ...]
 * ```
 */
export function removedBlocks(
  state: ArticleState,
  paragraphs: readonly Paragraph[],
  lists: readonly Range[],
  authors: readonly NameSpan[],
): RemovedBlock[] {
  const { blocks, title, kicker, subtitles, captions, credits, published, pageDate, categories, arabicPage } = state;
  const { dropped, bios } = state;
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
  return removed;
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
