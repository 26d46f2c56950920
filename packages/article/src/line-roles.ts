/**
 * Small tests of what a line is, shared by several passes: the same text as another, a site's name, a paragraph
 * opener, a caption under a photo credit, a kicker label.
 */
import { isMediaWord, isSiteNameWord } from "./agency-lookup.ts";
import { HOME_LABELS } from "./data/categories.ts";
import { KICKER_LABELS, MEDIA_KICKER_LABELS } from "./data/kicker-labels.ts";
import { PARAGRAPH_OPENERS } from "./data/paragraph-openers.ts";
import { countWords, endsLikeSentence, wordsOf } from "./line-shape.ts";
import { lookupKey } from "./lookup-key.ts";
import type { Block, Span } from "./types.ts";

/** Words of a title in the usual case; shorter lines above it are labels, menus or site names. */
export const MIN_TITLE_WORDS = 4;

/** How many lines open a page's masthead (the site's name is among them). */
export const MASTHEAD_LINES = 3;

/** Lookup keys of the home item of a menu ("الرئيسية"). */
export const HOME_KEYS = new Set(HOME_LABELS.map(lookupKey));

/** The span of a whole block. */
export function spanOfBlock(block: Block): Span {
  return { text: block.text, start: block.start, end: block.end };
}

/** True when two lines are the same text, up to diacritics, tatweel and letter variants. */
export function sameText(a: string, b: string, bKey: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > b.length / 4) return false;
  return lookupKey(a) === bKey;
}

/** Lookup keys of the words (and two-word phrases) that open a continuation paragraph. */
export const OPENER_KEYS = new Set(PARAGRAPH_OPENERS.map(lookupKey));

/** True when a line opens like a continuation paragraph ("وقال ...", "من جهته ..."). */
export function opensParagraph(text: string, block: Block): boolean {
  const words = wordsOf(text, block.start, Math.min(block.end, block.start + 40));
  const first = words[0];
  if (!first) return false;
  if (OPENER_KEYS.has(first.key)) return true;
  const second = words[1];
  return second !== undefined && OPENER_KEYS.has(`${first.key} ${second.key}`);
}

/**
 * A masthead line naming the site: up to five words with a site-only word ("بي بي سي نيوز عربي"),
 * or up to three with any media word ("بوابة الأهرام").
 */
export function isSiteName(text: string, block: Block, words: number): boolean {
  if (words > 5) return false;
  const list = wordsOf(text, block.start, block.end);
  return list.some((w) => isSiteNameWord(w.key)) || (words <= 3 && list.some((w) => isMediaWord(w.key)));
}

/** Longest line read as a caption for being right under a photographer's credit. */
const MAX_CREDITED_CAPTION_WORDS = 12;

/**
 * The line right under a photographer's credit ("تصوير: كريم عبد العزيز" / "وزير الإسكان خلال
 * المؤتمر الصحفي"), short and not a sentence, describes the photo: a caption, not a deck.
 */
export function underPhotoCredit(blocks: readonly Block[], block: Block): boolean {
  return (
    blocks[block.index - 1]?.reason === "cue:photo-credit" &&
    !endsLikeSentence(block.text) &&
    countWords(block.text) <= MAX_CREDITED_CAPTION_WORDS
  );
}

const KICKER_KEYS: ReadonlySet<string> = new Set(KICKER_LABELS.map(lookupKey));
const MEDIA_KICKER_KEYS: ReadonlySet<string> = new Set(MEDIA_KICKER_LABELS.map(lookupKey));

/**
 * `blocks[i]` is only a kicker label ("حصري", "تقرير", "Exclusif"; bars and colons around it allowed),
 * or a media label ("فيديو", "بالصور") with no menu line right above it (or printed again under a menu
 * that already listed it).
 */
export function isKickerLabel(blocks: readonly Block[], i: number): boolean {
  const line = blocks[i]!.text;
  if (line.length > 30) return false;
  const key = lookupKey(line.replace(/^[\s|:：•·-]+|[\s|:：•·-]+$/gu, ""));
  if (KICKER_KEYS.has(key)) return true;
  if (!MEDIA_KICKER_KEYS.has(key)) return false;
  // under a menu, a media label is the menu's last item, unless the menu already printed it ("... فيديو /
  // رياضة" then "فيديو" over the title: a menu lists a section once)
  return i === 0 || blocks[i - 1]!.kind !== "navigation" || blocks[i]!.duplicateOf !== null;
}
