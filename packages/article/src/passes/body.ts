/**
 * Pass "body": the kept blocks from the body's start on. Lines printed twice and photo or video captions
 * are captions, date lines give the publication date, bylines credits (after the last paragraph, read after the
 * lead's credit), an author's bio box and short trailing labels are set apart; the rest are paragraphs, the
 * headline-shaped ones between them subheadings.
 */
import { REASONS } from "@nass/boilerplate";
import type { Pass } from "../article-state.ts";
import { isAuthorBioLine, nameAboveRoleLine, parseBylineLine } from "../bylines.ts";
import { isPhotoCaption } from "../caption-shape.ts";
import { sameText, spanOfBlock, underPhotoCredit } from "../line-roles.ts";
import {
  countWords,
  endsLikeSentence,
  endsWithColon,
  isHeadlineShaped,
  isSubheadingShaped,
  opensWithListMarker,
} from "../line-shape.ts";
import { lookupKey } from "../lookup-key.ts";

const ID = "body";

/** Most words of the name line above an author's bio. */
const MAX_BIO_NAME_WORDS = 4;
/** Longest trailing label line, in words. */
const MAX_TRAILING_LABEL_WORDS = 3;
/** Longest video title under a "شاهد الفيديو" label taken as a caption, in words. */
const MAX_VIDEO_CAPTION_WORDS = 12;

/** True when a line ends with an initial: a one-letter word and a dot ("Karim B.", "سارة ب."). */
function endsWithInitial(line: string): boolean {
  const n = line.length;
  return n >= 3 && line[n - 1] === "." && line[n - 3] === " " && line[n - 2] !== ".";
}

/**
 * The body's blocks: paragraphs and subheadings, with captions, date lines, bylines, bios and trailing labels taken out.
 *
 * @example
 * ```ts
 * bodyPass.run(state); // state.paragraphBlocks: the lead, the paragraphs and subheadings; a "(الصورة: رويترز)" line a caption
 * ```
 */
export const bodyPass: Pass = {
  id: ID,
  doc: "The body's blocks: paragraphs and subheadings, with captions, date lines, bylines, bios and trailing labels taken out.",
  run(state) {
    const { text, blocks, kept, bodyStart, title, captions, credits, paragraphBlocks, dropped, bios, afterBody } =
      state;
    let published = state.published;
    const body = bodyStart < 0 ? [] : kept.slice(bodyStart);
    let lastProse = -1;
    for (let i = body.length - 1; i >= 0; i--) {
      if (body[i]!.prose) {
        lastProse = i;
        break;
      }
    }
    const paragraphIndexes = new Set<number>();
    for (let i = 0; i < body.length; i++) {
      const info = body[i]!;
      const { block } = info;
      const trailing = i > lastProse;
      const next = body[i + 1];
      if (block.duplicateOf !== null && paragraphIndexes.has(block.duplicateOf)) continue;
      // the title (or kicker) printed again further down is neither a caption nor a paragraph
      if (title && block.duplicateOf !== null && sameText(block.text, title.text, lookupKey(title.text))) continue;
      if (block.duplicateOf !== null || (next && next.block.duplicateOf === block.index)) {
        // a line printed twice inside the body: an image caption
        if (isHeadlineShaped(block.text, info.words)) {
          if (block.duplicateOf === null) captions.push(spanOfBlock(block));
          continue;
        }
      }
      if (info.dateLine) {
        if (!published) published = info.date;
        continue;
      }
      // a photo caption inside the body ("صورة أرشيفية لـ... (الصورة: رويترز)"), or the title of a video
      // under its "شاهد الفيديو" label
      const underMedia = blocks[block.index - 1]?.reason === "cue:media-label" && !endsLikeSentence(block.text);
      if (
        !info.prose &&
        isHeadlineShaped(block.text, info.words) &&
        (isPhotoCaption(block.text) ||
          underPhotoCredit(blocks, block) ||
          (underMedia && info.words <= MAX_VIDEO_CAPTION_WORDS))
      ) {
        captions.push(spanOfBlock(block));
        continue;
      }
      // an author's bio box after the body: the name, then "كاتب وصحفي مصري" under it
      const above = blocks[block.index - 1];
      if (
        trailing &&
        above !== undefined &&
        countWords(above.text) <= MAX_BIO_NAME_WORDS &&
        !above.text.includes(":") &&
        isAuthorBioLine(text, block.start, block.end)
      ) {
        const credit = nameAboveRoleLine(text, above, block, true);
        if (credit) afterBody.push(credit);
        bios.push(block);
        continue;
      }
      if (!info.prose || (info.words <= 8 && endsWithInitial(block.text))) {
        // "Par Karim B. et Samir M." ends with a full stop, like a sentence
        const credit = parseBylineLine(text, block.start, block.end, { bareName: trailing, placeDash: trailing });
        if (credit) {
          // a credit line after the body yields to the lead credit ("عمان-بترا- ..." over "(بترا)")
          if (trailing) afterBody.push(credit);
          else credits.add(credit);
          if (info.date && !published) published = info.date;
          continue;
        }
      }
      if (trailing && info.words <= MAX_TRAILING_LABEL_WORDS && !endsLikeSentence(block.text)) {
        // short lines after the last paragraph: tags and labels the chrome classifier kept
        dropped.push(block);
        continue;
      }
      // "وتشمل الخطة كذلك:" over a list: a sentence leading into the list, not a subheading
      const leadsList = next !== undefined && endsWithColon(block.text) && opensWithListMarker(next.block.text);
      const kind: "text" | "subheading" =
        !trailing && i > 0 && !leadsList && isSubheadingShaped(block.text, info.words) ? "subheading" : "text";
      paragraphBlocks.push({ block, kind, counts: info.counts });
      paragraphIndexes.add(block.index);
    }
    // captions the chrome classifier set apart under a caption label ("التعليق على الصورة،" / caption)
    for (const block of blocks) if (block.reason === REASONS.labelledCaption) captions.push(spanOfBlock(block));
    captions.sort((a, b) => a.start - b.start);
    state.published = published;
  },
};
