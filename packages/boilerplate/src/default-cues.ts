/**
 * The public, read-only view of the built-in cue lexicon.
 */
import { DEFAULT_CUES, LEXICON_VERSION, type LexiconEntry } from "./cues/index.ts";

/**
 * The built-in cue lexicon (frozen): every phrase with its kind, reason code and where it is seen.
 * Pass `{ defaultCues: false, cues: [...defaultCues.filter(...), ...yours] }` to edit it.
 *
 * @example
 * ```ts
 * defaultCues.find((c) => c.pattern === "الأكثر قراءة");
 * // { pattern: "الأكثر قراءة", kind: "list-heading", listKind: "most-read",
 * //   reason: "cue:most-read-heading", seen: "Algerian dailies (seeds 001, 002), most Arabic portals" }
 * ```
 */
export const defaultCues: readonly LexiconEntry[] = DEFAULT_CUES;

/**
 * Version of the built-in lexicon, bumped whenever an entry changes.
 *
 * @example
 * ```ts
 * lexiconVersion; // "1.0.0"
 * ```
 */
export const lexiconVersion: string = LEXICON_VERSION;
