/**
 * Captions printed under a caption label ("التعليق على الصورة،" then what the photo shows): the line is the
 * photo's caption, which `@nass/article` reads into `captions`, not a paragraph of the body.
 */
import type { BlockAnalysis } from "../analyze-block.ts";
import { REASONS } from "../reasons.ts";
import type { BlockKind } from "../types.ts";

/** Reason of a caption printed under a caption label. */
export const LABELLED_CAPTION = REASONS.labelledCaption;

/** Most words of a caption. */
const MAX_CAPTION_WORDS = 60;

/**
 * Mark the line right under each caption label (`cue:caption-label`) as `credit` with reason
 * {@link LABELLED_CAPTION}, unless a cue or an earlier rule named it.
 *
 * @param analyses - the page's block analyses
 * @param assigned - the classes given so far, updated in place
 * @example
 * ```ts
 * // "التعليق على الصورة،" / "متظاهرة تحمل لافتة في غلاسكو" → the second line: credit caption:labelled
 * ```
 */
export function markLabelledCaptions(
  analyses: readonly BlockAnalysis[],
  assigned: ({ kind: BlockKind; reason: string | null } | null)[],
): void {
  for (let k = 1; k < analyses.length; k++) {
    if (analyses[k - 1]!.local?.reason !== REASONS.captionLabel) continue;
    const a = analyses[k]!;
    if (assigned[k] || a.local || a.facts.words === 0 || a.facts.words > MAX_CAPTION_WORDS) continue;
    assigned[k] = { kind: "credit", reason: LABELLED_CAPTION };
  }
}
