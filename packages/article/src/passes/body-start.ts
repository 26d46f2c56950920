/**
 * Pass "body-start": where the body starts, in the kept blocks: the first prose block, or an unpunctuated
 * paragraph run; never inside the header zone the chrome classifier found; after a deck ending with a full stop.
 */
import type { Pass } from "../article-state.ts";
import type { BlockInfo } from "../block-info.ts";
import { parseBylineLine, parseLeadCredit } from "../bylines.ts";
import { isPhotoCaption } from "../caption-shape.ts";
import { MIN_TITLE_WORDS, opensParagraph } from "../line-roles.ts";
import { endsWithColon, lastMeaningfulChar } from "../line-shape.ts";
import type { Block } from "../types.ts";

const ID = "body-start";

/** Words of a line that is body even without punctuation: longer than any deck. */
const MIN_RUN_WORDS = 10;

/**
 * Index (in `kept`) of the first body block: the first prose block; or, on sites that drop
 * punctuation, a long line opening like a continuation paragraph ("ويهدف القانون ...") together
 * with the long lines right before it (the lead paragraph), never the first headline line.
 */
function findBodyStart(text: string, kept: readonly BlockInfo[]): number {
  const prose = kept.findIndex((info) => info.prose);
  const limit = prose < 0 ? kept.length : prose;
  const firstHeadline = kept.findIndex((info) => info.words >= 2);
  for (let i = firstHeadline + 1; i > 0 && i < limit; i++) {
    const info = kept[i]!;
    if (info.words < MIN_RUN_WORDS - 2 || !opensParagraph(text, info.block)) continue;
    let start = i;
    while (start - 1 > firstHeadline && kept[start - 1]!.words >= MIN_RUN_WORDS && !kept[start - 1]!.dateLine) start--;
    return start;
  }
  return prose;
}

/** Words from which a line with two commas or more reads as a sentence, not a headline. */
const MIN_CLAUSE_WORDS = 15;

/**
 * A first line shaped like a paragraph rather than a title: it ends with a single full stop (three
 * words or more), a comma, or (with six words or more) a colon leading into a quote, or it runs to fifteen words or
 * more with a comma. Titles carry none of these.
 */
function isLeadParagraph(info: BlockInfo): boolean {
  const line = info.block.text;
  if (info.words < 3) return false;
  const last = lastMeaningfulChar(line);
  if ((last === "." || last === "۔") && !line.endsWith("..")) return true;
  if (info.words < 4) return false;
  if (last === "،" || last === ",") return true;
  if (endsWithColon(line) && info.words >= 6) return true;
  if (info.words >= 6 && hasInnerSentenceEnd(line)) return true;
  return info.words >= MIN_CLAUSE_WORDS && /[،,]/u.test(line);
}

/** Sentence terminators that, followed by a space and a letter, start a second sentence in a line. */
const INNER_TERMINATORS = new Set([".", "!", "?", "؟"]);

/**
 * True when a line holds two sentences: a single terminator (not `..`, not inside a number) then a
 * space and a letter ("... الجزائر. وقالت ..."). Headlines are one sentence; their `..` separators
 * do not count.
 */
function hasInnerSentenceEnd(line: string): boolean {
  for (let i = 1; i < line.length - 2; i++) {
    if (!INNER_TERMINATORS.has(line[i]!)) continue;
    const before = line[i - 1]!;
    if (INNER_TERMINATORS.has(before) || INNER_TERMINATORS.has(line[i + 1]!) || /\d/u.test(before)) continue;
    if (line[i + 1] === " " && /\p{L}/u.test(line[i + 2]!)) return true;
  }
  return false;
}

/** Most words of a deck printed under the title with a final full stop; a lead is longer or credited. */
const MAX_DECK_WORDS = 30;

/** Chrome that may stand between a deck and the byline or body under it. */
const BETWEEN_DECK_AND_BODY: ReadonlySet<string> = new Set(["date-header", "social", "widget", "credit"]);

/**
 * Where the body starts when its first prose line is a deck: a line of at most thirty words ending with a
 * single full stop, printed right under a headline-shaped title (nothing between) and followed by what
 * opens a story, a byline or bare name ("سمير بن زيان"), a date line (kept or removed) or a lead that opens
 * with its credit ("طرابلس (وكالات) - ..."). Then the body starts at the next prose line after the deck;
 * otherwise `bodyStart` is returned unchanged (a short first paragraph under the title stays a paragraph).
 */
function skipDeck(text: string, blocks: readonly Block[], kept: readonly BlockInfo[], bodyStart: number): number {
  const deck = kept[bodyStart]!;
  const title = kept[bodyStart - 1]!;
  // cheap shape first: a short line ending with one full stop, right under a title-shaped line
  if (deck.words < 6 || deck.words > MAX_DECK_WORDS) return bodyStart;
  const line = deck.block.text;
  if (lastMeaningfulChar(line) !== "." || line.endsWith("..")) return bodyStart;
  if (title.block.index !== deck.block.index - 1 || title.words < MIN_TITLE_WORDS || title.prose) return bodyStart;
  if (endsWithColon(title.block.text)) return bodyStart;
  if (opensParagraph(text, deck.block) || parseLeadCredit(text, deck.block.start, deck.block.end)) return bodyStart;
  // a photo's caption under the deck ("صورة من: ..." under DW's teaser) stands between it and the story
  let nextPos = bodyStart + 1;
  while (nextPos < kept.length && isCaptionLine(kept[nextPos]!)) nextPos++;
  const next = kept[nextPos];
  if (!next) return bodyStart;
  let dated = false;
  for (let i = deck.block.index + 1; i < next.block.index; i++) {
    const between = blocks[i]!;
    if (!between.boilerplate) continue; // a kept line here is one of the captions skipped above
    if (!BETWEEN_DECK_AND_BODY.has(between.kind)) return bodyStart;
    if (between.kind === "date-header") dated = true;
  }
  const { block } = next;
  let opensStory = dated || next.dateLine;
  if (!opensStory && !next.prose && block.text.length <= 60) {
    const credit = parseBylineLine(text, block.start, block.end, { bareName: true });
    opensStory = credit !== null && (credit.authors.length > 0 || credit.source !== null);
  }
  if (!opensStory && next.prose) {
    const lead = parseLeadCredit(text, block.start, block.end);
    opensStory = lead !== null && (lead.dateline !== null || lead.source !== null);
  }
  if (!opensStory) return bodyStart;
  for (let k = bodyStart + 1; k < kept.length; k++) if (kept[k]!.prose) return k;
  return bodyStart;
}

/** A kept line under a deck that captions a photo ("صورة من: ...", "الصورة: ..."), not prose. */
function isCaptionLine(info: BlockInfo | undefined): boolean {
  return info !== undefined && !info.prose && isPhotoCaption(info.block.text);
}

/**
 * Where the body starts: the first kept prose block (or an unpunctuated paragraph run), no earlier than the core, past a deck.
 *
 * @example
 * ```ts
 * bodyStartPass.run(state); // state.bodyStart: 3, the lead under the title, its kicker and a deck
 * ```
 */
export const bodyStartPass: Pass = {
  id: ID,
  doc: "Where the body starts: the first kept prose block (or an unpunctuated paragraph run), no earlier than the core, past a deck.",
  run(state) {
    const { text, blocks, kept } = state;
    // where the body starts: the first kept prose block, or an unpunctuated paragraph run
    let bodyStart = findBodyStart(text, kept);
    // the chrome classifier located the article: a prose-shaped line in its header zone (a long headline with
    // ".." joints) is no body line, so the body starts no earlier than the core
    const coreStart = kept.findIndex((info) => info.block.zone === "body");
    if (coreStart > bodyStart && kept.some((info, i) => i < coreStart && info.block.zone === "header")) {
      bodyStart = coreStart;
    }
    // plain text without any chrome: a first line shaped like a paragraph is not the title
    if (bodyStart !== 0 && kept.length > 0 && !blocks.some((b) => b.boilerplate) && isLeadParagraph(kept[0]!)) {
      bodyStart = 0;
    }
    // a deck ending with a full stop right under the title (Echorouk, Al Khaleej), followed by the byline, a
    // date line or a lead opening with its credit, is a subtitle: the body starts after it
    if (bodyStart > 0) bodyStart = skipDeck(text, blocks, kept, bodyStart);
    state.bodyStart = bodyStart;
  },
};
