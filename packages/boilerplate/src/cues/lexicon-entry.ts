import type { Cue } from "../types.ts";

/** A built-in cue: a {@link Cue} with its reason code and where the phrase is seen. */
export interface LexiconEntry extends Cue {
  /** machine-readable reason written on the block */
  reason: string;
  /** where this chrome is seen (site family, theme, widget) */
  seen: string;
}

/** Version of the built-in lexicon; bumped whenever an entry is added, changed or removed. */
export const LEXICON_VERSION = "1.14.0";
