/**
 * Headlines above the title that are other stories': a bare "top stories" strip, or a first headline the lead
 * does not echo. Both compare headline candidates with the lead (`Lead`).
 */
import type { BlockInfo } from "./block-info.ts";
import type { Lead } from "./lead-overlap.ts";
import { MIN_TITLE_WORDS } from "./line-roles.ts";
import { endsWithColon } from "./line-shape.ts";

/** Fewest unrelated headlines above the title that make a "top stories" strip. */
const MIN_STRIP_HEADLINES = 2;
/** Fewest headlines of a strip some of whose lines share two or more stems with the lead (but do not repeat it). */
const MIN_LOOSE_STRIP_HEADLINES = 3;
/** Most lead stems a headline of another story shares in a strip of two. */
const MAX_STRIP_SHARED = 1;

/**
 * A bare "top stories" strip over the title (no label: "headline" / "headline" / "headline" / title /
 * body): when the first headline candidates share at most one content word with the lead while the
 * next one repeats the lead's words, the strip's headlines are other stories and the title is the
 * one that repeats the lead. Returns the title's candidate index (`first` unchanged otherwise).
 */
export function pastHeadlineStrip(
  candidates: readonly BlockInfo[],
  first: number,
  bodyStart: number,
  leadOf: () => Lead,
): number {
  // cheap gate: at least MIN_STRIP_HEADLINES + 1 headline candidates, and a body to compare with
  if (bodyStart < 0 || candidates.length - first < MIN_STRIP_HEADLINES + 1) return first;
  // then the shape, still without reading the lead: MIN_STRIP_HEADLINES + 1 consecutive lines of headline
  // length (or a colon-ended kicker) from `first`, as the loop below requires before it can move the title
  for (let k = first; k <= first + MIN_STRIP_HEADLINES; k++) {
    const c = candidates[k]!;
    if (c.words < MIN_TITLE_WORDS && !endsWithColon(c.block.text)) return first;
    if (k > first && c.block.index !== candidates[k - 1]!.block.index + 1) return first;
  }
  const lead = leadOf();
  let i = first;
  let loose = 0;
  while (i < candidates.length) {
    const c = candidates[i]!;
    if (endsWithColon(c.block.text)) {
      if (loose > 0) return first;
      // the title's colon-ended kicker right under the strip ("تثبيت استراتيجية أمنية موحدة :" / title)
      const next = candidates[i + 1];
      if (i - first < MIN_STRIP_HEADLINES || !next || next.block.index !== c.block.index + 1) return first;
      if (!lead.shares(next.block.start, next.block.end)) return first;
      return c.block.index === candidates[i - 1]!.block.index + 1 ? i + 1 : first;
    }
    if (c.words < MIN_TITLE_WORDS) return first;
    if (lead.shares(c.block.start, c.block.end)) break;
    // a headline sharing two or more stems with the lead by chance ("الدولي", "الكتاب") still belongs to a strip of
    // three or more that does not repeat the lead (`shares`); a strip of two must share at most one
    if (lead.sharedWith(c.block.start, c.block.end) > MAX_STRIP_SHARED) loose++;
    // the strip's lines follow one another
    if (i > first && c.block.index !== candidates[i - 1]!.block.index + 1) return first;
    i++;
  }
  if (i >= candidates.length || i - first < MIN_STRIP_HEADLINES) return first;
  if (loose > 0 && i - first < MIN_LOOSE_STRIP_HEADLINES) return first;
  if (candidates[i]!.block.index !== candidates[i - 1]!.block.index + 1) return first;
  return i;
}

/**
 * The first headline candidate from `first` on that the lead echoes (shares a title's worth of stems with it,
 * `Lead.shares`), when the candidate at `first` shares no stem at all with the lead; else `first`.
 */
export function echoedHeadline(
  candidates: readonly BlockInfo[],
  first: number,
  lead: Lead,
  headline: (c: BlockInfo, i: number) => boolean,
): number {
  const at = candidates[first]!.block;
  if (lead.sharesAny(at.start, at.end)) return first;
  for (let i = first + 1; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (headline(c, i) && lead.shares(c.block.start, c.block.end)) return i;
  }
  return first;
}
