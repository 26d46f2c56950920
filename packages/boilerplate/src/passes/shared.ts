/**
 * Line shapes and list helpers that more than one pass reads.
 */
import type { BlockAnalysis } from "../analyze-block.ts";
import { type Decision, decide, type PageState } from "../page-state.ts";
import { REASONS } from "../reasons.ts";
import type { BlockKind, HeadlineList, HeadlineListKind, InputBlock, Span } from "../types.ts";

/**
 * List kinds whose heading opens an insert inside the article ("اقرأ أيضا", "انظر أيضا").
 *
 * @example
 * ```ts
 * READ_ALSO.has("read-also"); // true
 * ```
 */
export const READ_ALSO: ReadonlySet<HeadlineListKind> = new Set(["read-also", "see-also"]);

/**
 * A plain line of three or more words: a headline, title or deck candidate.
 *
 * @param a - the line's analysis
 * @returns true for a headline-shaped line
 * @example
 * ```ts
 * headlineLike(analyzeBlock("النفط يقفز بعد هجوم على ناقلة", ...)); // true
 * ```
 */
export function headlineLike(a: BlockAnalysis): boolean {
  return !a.local && !a.prose && !a.byline && a.facts.words - (a.facts.marker > 0 ? 1 : 0) >= 3;
}

/**
 * A section name or navigation line (a neighbour of a one-item-per-line menu).
 *
 * @param analyses - the page's block analyses
 * @param k - a block index (may be out of range)
 * @returns true for a menu-like line
 * @example
 * ```ts
 * menuLike(analyses, 0); // true for "اقتصاد"
 * ```
 */
export function menuLike(analyses: readonly BlockAnalysis[], k: number): boolean {
  const a = analyses[k];
  return a !== undefined && (a.menuWords || a.local?.kind === "navigation");
}

/**
 * A label line with nothing after it but an optional colon ("الوسوم", "Tags:").
 *
 * @param text - the line
 * @returns true for a bare label
 * @example
 * ```ts
 * isBareLabel("Tags:"); // true
 * isBareLabel("الوسوم: اقتصاد"); // false
 * ```
 */
export function isBareLabel(text: string): boolean {
  return !/[:：|]\s*\S/u.test(text);
}

/**
 * A removed kind of page chrome (not a kept heading or content line).
 *
 * @param kind - a block kind
 * @returns true for chrome kinds
 * @example
 * ```ts
 * isChromeKind("navigation"); // true
 * isChromeKind("heading"); // false
 * ```
 */
export function isChromeKind(kind: BlockKind): boolean {
  return kind !== "heading" && kind !== "content";
}

/**
 * A date line, media label or a line of numbers: what sits between the items of a list.
 *
 * @param a - the line's analysis
 * @returns true for list metadata
 * @example
 * ```ts
 * isListMeta(analyzeBlock("منذ ساعتين", ...)); // true
 * ```
 */
export function isListMeta(a: BlockAnalysis): boolean {
  const local = a.local;
  return (
    local !== null &&
    (local.kind === "date-header" || local.reason === REASONS.mediaLabel || local.reason === REASONS.numbersOnly)
  );
}

/**
 * The block at `j` is a date or time stamp ("11 - 06 - 2024", "منذ ساعتين").
 *
 * @param analyses - the page's block analyses
 * @param j - a block index (may be out of range)
 * @returns true for a date stamp
 * @example
 * ```ts
 * isDateStamp(analyses, 5); // true when block 5 is "منذ 3 ساعات"
 * ```
 */
export function isDateStamp(analyses: readonly BlockAnalysis[], j: number): boolean {
  return analyses[j]?.local?.kind === "date-header";
}

/**
 * The line after `j` is a plain headline of four words or more, not yet assigned.
 *
 * @param analyses - the page's block analyses
 * @param assigned - decisions so far
 * @param j - a block index
 * @returns true when a headline follows
 * @example
 * ```ts
 * headlineAfter(analyses, assigned, 7); // "مقالات" / "خبراء: الموازنة الجديدة تحت الضغط": true
 * ```
 */
export function headlineAfter(
  analyses: readonly BlockAnalysis[],
  assigned: readonly (Decision | null)[],
  j: number,
): boolean {
  const next = analyses[j + 1];
  return next !== undefined && !next.local && !next.prose && !assigned[j + 1] && next.facts.words >= 4;
}

/**
 * Under a list heading, a writer's name printed with each headline ("حسين علي" above "خبراء: الموازنة ..."):
 * two or three words without digits or punctuation, followed by a longer headline-shaped line. A three-word
 * line is a name only once the pattern has been seen or when the line after the next is short again; a name
 * printed below the last headline (nothing headline-shaped follows) counts once names have been seen.
 *
 * @param analyses - the page's block analyses
 * @param blocks - the page's blocks
 * @param assigned - decisions so far
 * @param j - the candidate line
 * @param seen - a writer's name was already seen in this list
 * @param afterItem - the line right above is an item of the list
 * @returns true for a writer's name
 * @example
 * ```ts
 * isWriterLine(analyses, blocks, assigned, 9, false, true); // "حسين علي" above a headline: true
 * ```
 */
export function isWriterLine(
  analyses: readonly BlockAnalysis[],
  blocks: readonly InputBlock[],
  assigned: readonly (Decision | null)[],
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

/**
 * A list item's span: the block without its list number or bullet.
 *
 * @param block - the block
 * @param marker - length of its marker (0 when none)
 * @returns the item's span
 * @example
 * ```ts
 * itemSpan({ text: "1. عنوان", start: 10, end: 18 }, 3); // { text: "عنوان", start: 13, end: 18 }
 * ```
 */
export function itemSpan(block: InputBlock, marker: number): Span {
  return { text: block.text.slice(marker), start: block.start + marker, end: block.end };
}

/**
 * Mark blocks `[from, to)` (at least one) as items of a headline list without a heading, and return the list.
 *
 * @param state - the page state
 * @param from - the first item
 * @param to - one past the last item
 * @param reason - the items' reason code
 * @param pass - the deciding pass's id
 * @returns the list
 * @example
 * ```ts
 * state.lists.push(markBareList(state, 2, 5, REASONS.topStrip, "top-strip"));
 * ```
 */
export function markBareList(state: PageState, from: number, to: number, reason: string, pass: string): HeadlineList {
  const { blocks, analyses } = state;
  const items: Span[] = [];
  for (let k = from; k < to; k++) {
    decide(state, k, "list-item", reason, pass);
    items.push(itemSpan(blocks[k]!, analyses[k]!.facts.marker));
  }
  return { kind: "headlines", heading: null, items, start: items[0]!.start, end: items[items.length - 1]!.end };
}
