import { cutLongSentences } from "./cut-long-sentences.ts";
import { resolveOptions } from "./options.ts";
import { initialScanState, scanSentences } from "./scanner.ts";
import type { Sentence, SplitSentencesOptions } from "./types.ts";

/**
 * Split `text` into sentences with UTF-16 offsets into the exact input.
 *
 * Sentences are trimmed and ordered, never overlap, and only whitespace lies between them, so the
 * input is rebuilt by joining the sentences and the gaps. Terminators are `. ! ? ؟ … ۔` and their runs;
 * closing quotes and brackets stay with the sentence they close; abbreviations (`د.`, `أ.د.`, `Dr.`),
 * initials, numbers, dates, times, URLs, e-mail addresses, file names and versions never split; `،`,
 * `؛` and `:` never split; by default every line break ends a sentence.
 *
 * @param text - the input; any string
 * @param options - see {@link SplitSentencesOptions}
 * @returns the sentences, in order; `[]` for empty or whitespace-only input
 * @throws TypeError when `text` is not a string
 * @throws RangeError when an option has an unknown value
 * @example
 * ```ts
 * splitSentences("وصل د. أحمد إلى الجزائر. وبدأ الاجتماع!");
 * // [
 * //   { text: "وصل د. أحمد إلى الجزائر.", start: 0, end: 24 },
 * //   { text: "وبدأ الاجتماع!", start: 25, end: 39 },
 * // ]
 * ```
 */
export function splitSentences(text: string, options?: SplitSentencesOptions): Sentence[] {
  if (typeof text !== "string") {
    throw new TypeError(`text must be a string, got ${text === null ? "null" : typeof text}`);
  }
  const resolved = resolveOptions(options);
  const sentences: Sentence[] = [];
  scanSentences(text, resolved, initialScanState(), sentences, false);
  return resolved.maxLength === Number.POSITIVE_INFINITY
    ? sentences
    : Array.from(cutLongSentences(text, sentences, resolved.maxLength));
}
