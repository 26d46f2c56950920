/**
 * A sentence: a trimmed span of the caller's input (docs/contract.md `Sentence = Span`).
 *
 * `text === input.slice(start, end)`; offsets are UTF-16 code-unit indices, `[start, end)`.
 */
export interface Sentence {
  /** `input.slice(start, end)`, never starting or ending with whitespace */
  text: string;
  /** inclusive UTF-16 index into the caller's input */
  start: number;
  /** exclusive UTF-16 index into the caller's input */
  end: number;
}

/** How line breaks bound sentences. */
export type LineBreakPolicy = "always" | "paragraph" | "never";

/** Options of {@link splitSentences} and {@link segmentSentences}. */
export interface SplitSentencesOptions {
  /**
   * Extra abbreviations whose final dot never ends a sentence before a word (`"Gén."`, `"م.ع."`),
   * added to the built-in table. The final dot is optional (`"Gén"` works too); Latin letters match
   * case-insensitively.
   *
   * @defaultValue `[]`
   */
  abbreviations?: readonly string[];
  /**
   * Line-break policy:
   * - `"always"`: every line break ends a sentence (scraped pages, headlines, bylines, list items);
   * - `"paragraph"`: only a blank line (or U+2029, or a line starting with a list marker) ends a
   *   sentence; single line breaks are soft wrapping;
   * - `"never"`: line breaks are plain whitespace.
   *
   * @defaultValue `"always"`
   */
  lineBreaks?: LineBreakPolicy;
  /**
   * Longest sentence, in UTF-16 code units. A longer sentence is cut at its last whitespace before
   * the limit (or at the limit when it has none, never inside a surrogate pair). Useful to bound the
   * input of a model.
   *
   * @defaultValue `Infinity`
   */
  maxLength?: number;
}
