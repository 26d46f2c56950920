/**
 * A sentence: a trimmed span of the caller's input (docs/contract.md `Sentence = Span`).
 *
 * `text === input.slice(start, end)`; offsets are UTF-16 code-unit indices, `[start, end)`.
 *
 * @example
 * ```ts
 * const [first]: Sentence[] = splitSentences("انتهى الاجتماع. وبدأ التصويت");
 * first; // { text: "انتهى الاجتماع.", start: 0, end: 15 }
 * ```
 */
export interface Sentence {
  /** `input.slice(start, end)`, never starting or ending with whitespace */
  text: string;
  /** inclusive UTF-16 index into the caller's input */
  start: number;
  /** exclusive UTF-16 index into the caller's input */
  end: number;
}

/**
 * How line breaks bound sentences (see {@link SplitSentencesOptions.lineBreaks}).
 *
 * @example
 * ```ts
 * const policy: LineBreakPolicy = "paragraph";
 * splitSentences("سطر أول\nيكمل هنا.\n\nفقرة ثانية", { lineBreaks: policy }).map((s) => s.text);
 * // ["سطر أول\nيكمل هنا.", "فقرة ثانية"]
 * ```
 */
export type LineBreakPolicy = "always" | "paragraph" | "never";

/**
 * Options of {@link splitSentences} and {@link segmentSentences}; every field is optional.
 *
 * @example
 * ```ts
 * const options: SplitSentencesOptions = { abbreviations: ["الشيخ"], lineBreaks: "always" };
 * splitSentences("وقال الشيخ. إن الأمر انتهى", options).map((s) => s.text);
 * // ["وقال الشيخ. إن الأمر انتهى"]
 * ```
 */
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
