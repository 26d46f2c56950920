/**
 * Reason codes the engine writes on blocks and that other packages read, in one typed table. Cue reasons
 * (`cue:<what>`) live with their lexicon entries in `cues/*.ts`.
 */

/**
 * Reason codes of the core-first engine's own decisions.
 *
 * @example
 * ```ts
 * import { REASONS } from "@nass/boilerplate";
 * stripBoilerplate(page).blocks.filter((b) => b.reason === REASONS.outsideArticle);
 * ```
 */
export const REASONS = {
  /** a block outside the article's zone that no cue or shape names */
  outsideArticle: "outside-article",
  /** a line between a skip link and its end marker ("تخطى ... وواصل القراءة" ... "... نهاية") */
  skippedBox: "insert:skipped-box",
  /** the caption printed under a caption label ("التعليق على الصورة،") */
  labelledCaption: "caption:labelled",
  /** a caption label ("التعليق على الصورة") */
  captionLabel: "cue:caption-label",
  /** a headline under a list heading or in a bare headline run */
  listItem: "list-item",
} as const;

/** One of the {@link REASONS} codes. */
export type Reason = (typeof REASONS)[keyof typeof REASONS];
