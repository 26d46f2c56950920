/**
 * `@nass/boilerplate`: strip site chrome from scraped Arabic pages, keep every article line, and say why.
 *
 * @packageDocumentation
 */
export { classifyBlocks } from "./classify-blocks.ts";
export type { LexiconEntry } from "./cues/index.ts";
export { defaultCues, lexiconVersion } from "./default-cues.ts";
export { leadStems, sharesLead } from "./lead-overlap.ts";
export { REASONS, type Reason } from "./reasons.ts";
export { stripBoilerplate } from "./strip-boilerplate.ts";
export type {
  Block,
  BlockFeatures,
  BlockKind,
  BlockTrace,
  BlockZone,
  ClassifyBlocksOptions,
  ClassifyBlocksResult,
  Cue,
  CueMap,
  CueMatch,
  HeadlineList,
  HeadlineListKind,
  InputBlock,
  Span,
  StripBoilerplateOptions,
  StripBoilerplateResult,
} from "./types.ts";
