/**
 * The built-in cue lexicon: every table in this folder, in priority order (later entries win when two
 * spell the same key).
 */
import { COMMENT_FORM_CUES } from "./comment-form.ts";
import { CREDIT_CUES } from "./credit.ts";
import type { LexiconEntry } from "./lexicon-entry.ts";
import { LIST_HEADING_CUES } from "./list-headings.ts";
import { NAVIGATION_CUES } from "./navigation.ts";
import { POLICY_CUES } from "./policy.ts";
import { SOCIAL_CUES } from "./social.ts";
import { TICKER_CUES } from "./ticker.ts";
import { WIDGET_CUES } from "./widget.ts";

export { LEXICON_VERSION, type LexiconEntry } from "./lexicon-entry.ts";
export { HOME_WORDS, SECTION_WORDS } from "./navigation.ts";

/** All built-in cues, frozen. */
// biome-ignore format: one entry per line keeps the data table readable
export const DEFAULT_CUES: readonly LexiconEntry[] = Object.freeze(
  [
    ...WIDGET_CUES,
    ...SOCIAL_CUES,
    ...CREDIT_CUES,
    ...NAVIGATION_CUES,
    ...POLICY_CUES,
    ...COMMENT_FORM_CUES,
    ...TICKER_CUES,
    ...LIST_HEADING_CUES,
  ].map((entry) => Object.freeze({ ...entry })),
);
