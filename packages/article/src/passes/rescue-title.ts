/**
 * Pass "rescue-title": no headline kept: the chrome classifier may have taken the title for a list item, a ticker
 * or a breadcrumb's last item; look right above the body. Then drop a site name printed after the title.
 */
import { leadOf, type Pass } from "../article-state.ts";
import type { BlockInfo } from "../block-info.ts";
import { parseBylineLine } from "../bylines.ts";
import type { Lead } from "../lead-overlap.ts";
import { isSiteName, MIN_TITLE_WORDS, spanOfBlock } from "../line-roles.ts";
import { countWords, endsWithColon, isHeadlineShaped } from "../line-shape.ts";
import { wsSpanOf } from "../name-span.ts";
import type { Block, Span } from "../types.ts";

const ID = "rescue-title";

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

/**
 * Without a kept title, the headline the chrome classifier removed right above the body; a trailing site name is trimmed.
 *
 * @example
 * ```ts
 * rescueTitlePass.run(state); // state.title: a ticker item repeating the lead's words, "| الشروق أونلاين" trimmed
 * ```
 */
export const rescueTitlePass: Pass = {
  id: ID,
  doc: "Without a kept title, the headline the chrome classifier removed right above the body; a trailing site name is trimmed.",
  run(state) {
    const { text, blocks, infos, kept, bodyStart } = state;
    let { title, titleBlock, titleFirstBlock } = state;
    // no headline kept: the chrome classifier may have taken the title for a list item or a
    // breadcrumb; look right above the body
    if (!title && bodyStart >= 0) {
      const rescued = rescueTitle(text, infos, kept[bodyStart]!.block.index, leadOf(state));
      if (rescued) {
        title = rescued;
        titleFirstBlock = blocks.find((b) => b.start <= rescued.start && rescued.end <= b.end) ?? null;
        titleBlock = titleFirstBlock;
      }
    }
    if (title) title = trimSiteSuffix(text, title);
    state.title = title;
    state.titleBlock = titleBlock;
    state.titleFirstBlock = titleFirstBlock;
    state.titleStartIndex = titleFirstBlock ? Math.min(titleFirstBlock.index, titleBlock!.index) : -1;
  },
};
