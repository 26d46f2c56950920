/**
 * Pass "title": the title is the first headline-shaped candidate (an Arabic one first) that is not a site
 * name, a masthead, a kicker or a strip of other stories' headlines, else the first the lead echoes; printed
 * twice, its later copy; printed over two lines, both. A colon-ended (or ".."-ended) line above it is the
 * kicker; the candidates under it are subtitles or captions, but a bare name right before the body, the byline.
 */

import { isMediaWord } from "../agency-lookup.ts";
import { leadOf, type Pass } from "../article-state.ts";
import type { BlockInfo } from "../block-info.ts";
import { type Credit, isLongWriterName, parseBylineLine } from "../bylines.ts";
import { isPhotoCaption, isSceneCaption } from "../caption-shape.ts";
import { WAW_ROOT_WORDS } from "../data/waw-root-words.ts";
import { echoedHeadline, pastHeadlineStrip } from "../headline-strip.ts";
import {
  isSiteName,
  MASTHEAD_LINES,
  MIN_TITLE_WORDS,
  OPENER_KEYS,
  sameText,
  spanOfBlock,
  underPhotoCredit,
} from "../line-roles.ts";
import { endsWithColon, endsWithTwoDots, lastMeaningfulChar, wordsOf } from "../line-shape.ts";
import { lookupKey } from "../lookup-key.ts";
import type { Block, Span } from "../types.ts";

const ID = "title";

/** Most words of a title (Youm7's run-on headlines reach 40); a longer line is a ticker or a paragraph. */
const MAX_TITLE_WORDS = 50;

/**
 * Most words of a kicker ending with ".." on its own line above the headline ("بعد تأخر
 * الأمطار.."): Algerian and Tunisian WordPress news themes print the headline's first clause so.
 */
const MAX_DOT_KICKER_WORDS = 8;

/** Most words of a site's full name printed over its menu ("وكالة الأنباء والمعلومات الفلسطينية - وفا"). */
const MAX_MASTHEAD_NAME_WORDS = 8;

/**
 * A site's full name at the top of the page: among the first lines, holding a media word ("وكالة",
 * "صحيفة", "بوابة"), with a menu or other navigation line right below it.
 */
function isMastheadName(text: string, blocks: readonly Block[], info: BlockInfo, top: number): boolean {
  const { block } = info;
  if (block.index >= top + MASTHEAD_LINES || info.words > MAX_MASTHEAD_NAME_WORDS) return false;
  if (blocks[block.index + 1]?.kind !== "navigation") return false;
  return wordsOf(text, block.start, block.end).some((w) => isMediaWord(w.key));
}

/** Most words of each line of a headline printed over two lines (a deck or lead runs longer). */
const MAX_TITLE_LINE_WORDS = 12;

/**
 * A headline broken over two lines ("السودان: معارك عنيفة في الفاشر" / "وتحذيرات أممية من مجاعة وشيكة"): the
 * second line stands right under the first (no block between), opens with the conjunction "و" glued to a
 * word, and both are short headline lines without final punctuation. A deck under a title does not open
 * with "و" (it starts a new statement), so titles with decks keep them as subtitles.
 */
function continuesTitle(title: BlockInfo, next: BlockInfo): boolean {
  const a = title.block;
  const b = next.block;
  if (b.index !== a.index + 1 || b.kind !== "heading" || a.kind !== "heading" || b.duplicateOf !== null) return false;
  if (next.words < 2 || next.words > MAX_TITLE_LINE_WORDS || title.words > MAX_TITLE_LINE_WORDS) return false;
  if (b.text.length < 3 || b.text.charCodeAt(0) !== 0x0648 || !isArabicLetter(b.text.charCodeAt(1))) return false;
  const space = b.text.search(/\s/u);
  const first = lookupKey(space < 0 ? b.text : b.text.slice(0, space));
  if (WAW_ROOT_KEYS.has(first) || OPENER_KEYS.has(first)) return false;
  for (const line of [a.text, b.text]) {
    const last = lastMeaningfulChar(line);
    if (last === "" || ".!?؟:：…،,;؛".includes(last)) return false;
  }
  return !isPhotoCaption(b.text) && !next.dateLine;
}

const WAW_ROOT_KEYS: ReadonlySet<string> = new Set(WAW_ROOT_WORDS.map(lookupKey));

/** An Arabic letter (U+0621–U+064A). */
function isArabicLetter(c: number): boolean {
  return c >= 0x0621 && c <= 0x064a;
}

/**
 * The title among the headline candidates, with its kicker, its second line, and the subtitles and captions under it.
 *
 * @example
 * ```ts
 * titlePass.run(state); // state.title: the headline; state.kicker: "عاجل:" above it
 * ```
 */
export const titlePass: Pass = {
  id: ID,
  doc: "The title among the headline candidates, with its kicker, its second line, and the subtitles and captions under it.",
  run(state) {
    const { text, blocks, kept, bodyStart, candidates, header, lastHeader, creditLines, top, credits } = state;
    // title, kicker, subtitles, captions
    let title: Span | null = null;
    let kicker: Span | null = null;
    const subtitles: Span[] = [];
    const captions: Span[] = [];
    // the title: the first headline line of four words or more (section labels, site names and
    // menu leftovers are shorter), else the first of two words or more
    // a columnist's four-word name above the headline ("د. عبد الحي زلوم") is the author, not the title
    const titleShaped = (c: BlockInfo, min: number) =>
      c.words >= min &&
      c.words <= MAX_TITLE_WORDS &&
      !endsWithColon(c.block.text) &&
      !isSiteName(text, c.block, c.words) &&
      !(c.words === 4 && isLongWriterName(text, c.block.start, c.block.end));
    // "وكالة الأنباء اليمنية سبأ" over the menu: the site's full name heads the page, not the story
    const headsMenu = (c: BlockInfo) => isMastheadName(text, blocks, c, top);
    // "بعد تأخر الأمطار.." alone on the line right above the headline: the kicker, not the title
    const dotKicker = (i: number) => {
      const c = candidates[i]!;
      if (c.words > MAX_DOT_KICKER_WORDS || !endsWithTwoDots(c.block.text)) return false;
      const next = candidates[i + 1];
      return (
        next !== undefined &&
        next.block.index === c.block.index + 1 &&
        next.words >= MIN_TITLE_WORDS &&
        !endsWithTwoDots(next.block.text) &&
        !endsWithColon(next.block.text)
      );
    };
    const headline = (c: BlockInfo, i: number) => titleShaped(c, MIN_TITLE_WORDS) && !headsMenu(c) && !dotKicker(i);
    // an Arabic headline first: a Latin line above it (a spam link "Watch Dragon ball super", an English
    // newsletter or app prompt the chrome classifier kept) is not the title of an Arabic article; a Latin
    // headline is the title only when no Arabic one is there (a bilingual site's French title)
    let titleIndex = candidates.findIndex((c, i) => c.counts.arabic > 0 && headline(c, i));
    if (titleIndex < 0) titleIndex = candidates.findIndex(headline);
    const lead = () => leadOf(state);
    if (titleIndex >= 0) titleIndex = pastHeadlineStrip(candidates, titleIndex, bodyStart, lead);
    // the title is the headline the lead echoes: a first headline that shares no word with the lead, above one
    // that does, is chrome the classifier left in the header (another story's headline, a long overline)
    if (titleIndex >= 0 && bodyStart >= 0) titleIndex = echoedHeadline(candidates, titleIndex, leadOf(state), headline);
    if (titleIndex < 0) titleIndex = candidates.findIndex((c) => titleShaped(c, MIN_TITLE_WORDS));
    // a short line over a menu or a ticker is the site's name ("اليوم السابع" / menu), not a short title
    const overMasthead = (c: BlockInfo) => {
      const next = blocks[c.block.index + 1];
      return next?.boilerplate === true && (next.kind === "navigation" || next.kind === "ticker");
    };
    // a person's name alone right above the lead of a page without a headline is its reporter
    // ("الرباط" / "يونس الحسني" / lead), not a short title
    const bodyIndex = bodyStart >= 0 ? kept[bodyStart]!.block.index : -1;
    let reporterAboveLead: Credit | null = null;
    const reporterLine = (c: BlockInfo) => {
      if (c.words > 4 || c.block.index !== bodyIndex - 1) return false;
      const credit = parseBylineLine(text, c.block.start, c.block.end, { bareName: true });
      if (!credit || credit.authors.length === 0 || credit.source || credit.dateline) return false;
      reporterAboveLead = credit;
      return true;
    };
    if (titleIndex < 0)
      titleIndex = candidates.findIndex((c) => titleShaped(c, 2) && !overMasthead(c) && !reporterLine(c));
    if (titleIndex < 0 && reporterAboveLead) credits.add(reporterAboveLead);
    let titleBlock: Block | null = null;
    let titleFirstBlock: Block | null = null;
    let titlePos = -1;
    if (titleIndex >= 0) {
      const first = candidates[titleIndex]!.block;
      const key = lookupKey(first.text);
      titlePos = titleIndex;
      for (let i = titleIndex + 1; i < candidates.length; i++) {
        if (sameText(candidates[i]!.block.text, first.text, key)) titlePos = i;
      }
      titleFirstBlock = first;
      titleBlock = candidates[titlePos]!.block;
      title = spanOfBlock(titleBlock);
      // a headline printed over two lines: the second opens with "و" right under the first
      const continuation = candidates[titlePos + 1];
      let continued = false;
      if (continuation && continuesTitle(candidates[titlePos]!, continuation)) {
        continued = true;
        titleBlock = continuation.block;
        title = { text: text.slice(title.start, titleBlock.end), start: title.start, end: titleBlock.end };
      }
      const before = candidates[titlePos - 1];
      if (before && ((endsWithColon(before.block.text) && before.words <= 12) || dotKicker(titlePos - 1))) {
        kicker = spanOfBlock(before.block);
      } else {
        const beforeFirst = candidates[titleIndex - 1];
        if (
          beforeFirst &&
          ((endsWithColon(beforeFirst.block.text) && beforeFirst.words <= 12) || dotKicker(titleIndex - 1))
        ) {
          kicker = spanOfBlock(beforeFirst.block);
        }
      }
      const titleKey = key;
      const captionOriginals = new Set<number>();
      for (let i = titlePos + (continued ? 2 : 1); i < candidates.length; i++) {
        const info = candidates[i]!;
        const { block } = info;
        if (sameText(block.text, first.text, titleKey)) continue;
        if (block.duplicateOf !== null) {
          if (!captionOriginals.has(block.duplicateOf)) {
            captionOriginals.add(block.duplicateOf);
            const original = blocks[block.duplicateOf]!;
            captions.push(spanOfBlock(original.start >= titleBlock.end ? original : block));
          }
          continue;
        }
        const next = candidates[i + 1];
        if (next && next.block.duplicateOf === block.index) continue; // the caption's first copy
        if (isPhotoCaption(block.text) || underPhotoCredit(blocks, block) || isSceneCaption(block.text)) {
          captions.push(spanOfBlock(block));
        } else subtitles.push(spanOfBlock(block));
      }
      captions.sort((a, b) => a.start - b.start);
      // a "subtitle" that is only a person's name, right before the body, is the byline
      // ("محمد مسلم" under the deck)
      // (credit lines such as "سبق- الرياض" may stand between it and the body)
      const last = subtitles[subtitles.length - 1];
      let nameAt = lastHeader;
      while (nameAt > 0 && creditLines.has(nameAt)) nameAt--;
      const lastInfo = header[nameAt];
      if (last && lastInfo && last.start === lastInfo.block.start) {
        const credit = parseBylineLine(text, last.start, last.end, { bareName: true });
        if (credit && credit.authors.length > 0) {
          subtitles.pop();
          credits.add(credit);
        }
      }
    }
    state.title = title;
    state.kicker = kicker;
    state.subtitles = subtitles;
    state.captions = captions;
    state.titleBlock = titleBlock;
    state.titleFirstBlock = titleFirstBlock;
  },
};
