import { HOME_LABELS, SECTION_NAMES, TICKER_LABELS } from "./data/categories.ts";
import { countWords } from "./line-shape.ts";
import { lookupKey } from "./lookup-key.ts";
import { spanOf } from "./name-span.ts";
import { isSpace } from "./tokenize.ts";
import type { Span } from "./types.ts";

const HOME_SET = new Set(HOME_LABELS.map(lookupKey));
const TICKER_SET = new Set(TICKER_LABELS.map(lookupKey));
const SECTION_SET = new Set(SECTION_NAMES.map(lookupKey));
/** Section and ticker keys, longest first, for segmenting glued strips. */
const STRIP_KEYS: readonly string[] = [...new Set([...SECTION_SET, ...TICKER_SET])].sort((a, b) => b.length - a.length);

/** Breadcrumb separators; "|" and "•" separate menu items, not breadcrumb levels. */
const BREADCRUMB_SEPARATORS = new Set(["/", ">", "»", "›", "«", "‹", "\\", "<"]);
/** A breadcrumb names at most this many levels after its home item; more is a menu. */
const MAX_BREADCRUMB_LEVELS = 5;
const STRIP_SEPARATORS = new Set(["/", "|", "•", "·", ",", "،"]);
/** Separators of a menu's cells: a strip of {@link MIN_MENU_CELLS} names split by them is the site's menu. */
const MENU_SEPARATORS = new Set(["|", "•", "·"]);
/** A spaced strip of this many section names split by "|" is the site's menu, not the story's sections. */
const MIN_MENU_CELLS = 3;
const MAX_BREADCRUMB_LENGTH = 600;

function hasSeparator(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // / > < \ » « › ‹
    if (
      c === 0x2f ||
      c === 0x3e ||
      c === 0x3c ||
      c === 0x5c ||
      c === 0xbb ||
      c === 0xab ||
      c === 0x203a ||
      c === 0x2039
    ) {
      return true;
    }
  }
  return false;
}

/** Split `text[start, end)` at breadcrumb separators into trimmed item spans. */
function splitItems(text: string, start: number, end: number, separators: ReadonlySet<string>): Span[] {
  const items: Span[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || separators.has(text[i]!)) {
      const span = spanOf(text, from, i);
      if (span) items.push(span);
      from = i + 1;
    }
  }
  return items;
}

/**
 * Categories of a breadcrumb line ("الرئيسية / الحدث / تثبيت استراتيجية..."): the items between
 * the home item and the last one; the last item is kept only when it is short and is neither the
 * title nor the kicker (`exclude`).
 *
 * @param text - the page
 * @param start - start of the line
 * @param end - end of the line
 * @param exclude - folded texts that are not categories (title, kicker)
 * @returns the category spans, or null when the line is not a breadcrumb
 */
export function breadcrumbCategories(
  text: string,
  start: number,
  end: number,
  exclude: ReadonlySet<string>,
): Span[] | null {
  if (end - start > MAX_BREADCRUMB_LENGTH || !hasSeparator(text, start, end)) return null;
  const items = splitItems(text, start, end, BREADCRUMB_SEPARATORS);
  if (items.length < 2 || items.length > MAX_BREADCRUMB_LEVELS + 1) return null;
  if (!HOME_SET.has(lookupKey(items[0]!.text))) return null;
  const categories: Span[] = [];
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    const key = lookupKey(item.text);
    const last = i === items.length - 1;
    if (exclude.has(key) || TICKER_SET.has(key)) continue;
    // the last crumb is the story's own headline when it ends with a colon or ".." (a kicker: "بعد تأخر الأمطار..")
    if (last && (countWords(item.text) > 3 || /[:：]\s*$/u.test(item.text) || endsWithDots(text, item.end, end)))
      continue;
    if (countWords(item.text) > 4) continue;
    categories.push(item);
  }
  return categories;
}

/** True when two dots follow `at` (spaces allowed) before `end`: a crumb cut as "بعد تأخر الأمطار..". */
function endsWithDots(text: string, at: number, end: number): boolean {
  let i = at;
  while (i < end && (text[i] === " " || text[i] === "\u00a0")) i++;
  if (text[i - 1] === "." && text[i - 2] === ".") return true;
  return text[i] === "." && text[i + 1] === ".";
}

/** Fold `text[start, end)` with a map from each folded unit back to its page index. */
function foldWithMap(text: string, start: number, end: number): { folded: string; map: number[] } {
  let folded = "";
  const map: number[] = [];
  for (let i = start; i < end; i++) {
    const piece = lookupKey(text[i]!);
    for (let k = 0; k < piece.length; k++) {
      folded += piece[k];
      map.push(i);
    }
  }
  map.push(end);
  return { folded, map };
}

/**
 * Segment a category strip whose links lost their spaces ("أخبارأخبار عاجلةعربي" = أخبار +
 * أخبار عاجلة + عربي) with the section lexicon, longest match first. Ticker labels are matched but
 * not returned.
 *
 * @param text - the page
 * @param start - start of the strip
 * @param end - end of the strip
 * @returns the category spans, or null when the strip is not made only of known section names
 */
export function segmentCategoryStrip(text: string, start: number, end: number): Span[] | null {
  if (end - start > 200) return null;
  const { folded, map } = foldWithMap(text, start, end);
  const out: Span[] = [];
  let p = 0;
  let pieces = 0;
  let glued = false;
  let menuSeparated = false;
  while (p < folded.length) {
    const c = folded.charCodeAt(p);
    if (isSpace(c) || STRIP_SEPARATORS.has(folded[p]!)) {
      if (MENU_SEPARATORS.has(folded[p]!)) menuSeparated = true;
      p++;
      continue;
    }
    let matched = "";
    for (const key of STRIP_KEYS) {
      if (folded.startsWith(key, p)) {
        // a match must end at a boundary or where the next glued name starts
        matched = key;
        break;
      }
    }
    if (!matched) return null;
    // a piece starting right after the previous one, with no space or separator between: glued links
    if (pieces > 0 && p > 0 && !isSpace(folded.charCodeAt(p - 1)) && !STRIP_SEPARATORS.has(folded[p - 1]!))
      glued = true;
    pieces++;
    if (!TICKER_SET.has(matched)) {
      const s = map[p]!;
      const e = map[p + matched.length - 1]! + 1;
      out.push({ text: text.slice(s, e), start: s, end: e });
    }
    p += matched.length;
  }
  if (pieces === 0 || pieces > 5) return null;
  // "محليات | اقتصاد | دولي | رياضة": the site's menu printed over the title, not the story's sections
  if (menuSeparated && !glued && pieces >= MIN_MENU_CELLS) return null;
  // "أخبار العالم": known words split only at spaces form one two-word label, not two sections
  if (pieces === 2 && !glued && out.length === 2 && countWords(text, start, end) === 2) {
    const span = spanOf(text, start, end);
    return span ? [span] : null;
  }
  return out;
}
