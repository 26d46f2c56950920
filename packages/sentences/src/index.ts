export type { Abbreviation, AbbreviationKind } from "./abbreviations.ts";
export { abbreviations } from "./abbreviations.ts";
export { HEADLINE_MAX_LENGTH } from "./headline.ts";
export { segmentSentences } from "./segment-sentences.ts";
export { splitSentences } from "./split-sentences.ts";
export type { LineBreakPolicy, Sentence, SplitSentencesOptions } from "./types.ts";
