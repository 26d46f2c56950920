import { cutLongSentences } from "./cut-long-sentences.ts";
import { resolveOptions } from "./options.ts";
import { initialScanState, scanSentences } from "./scanner.ts";
import type { Sentence, SplitSentencesOptions } from "./types.ts";

/**
 * Split `text` into sentences lazily, yielding each sentence as soon as it is known; the same
 * sentences, in the same order, as {@link splitSentences}. Use it for long texts when you stop early
 * or stream the output.
 *
 * @param text - the input; any string
 * @param options - see {@link SplitSentencesOptions}
 * @returns a generator of {@link Sentence} spans into `text`
 * @throws TypeError when `text` is not a string
 * @throws RangeError when an option has an unknown value
 * @example
 * ```ts
 * const it = segmentSentences("وصل د. أحمد إلى الجزائر. وبدأ الاجتماع!");
 * it.next().value; // { text: "وصل د. أحمد إلى الجزائر.", start: 0, end: 24 }
 * it.next().value; // { text: "وبدأ الاجتماع!", start: 25, end: 39 }
 * ```
 */
export function segmentSentences(text: string, options?: SplitSentencesOptions): Generator<Sentence, void, undefined> {
  if (typeof text !== "string") {
    throw new TypeError(`text must be a string, got ${text === null ? "null" : typeof text}`);
  }
  const resolved = resolveOptions(options);
  const sentences = lazily(text, resolved);
  return resolved.maxLength === Number.POSITIVE_INFINITY
    ? sentences
    : cutLongSentences(text, sentences, resolved.maxLength);
}

function* lazily(text: string, options: ReturnType<typeof resolveOptions>): Generator<Sentence, void, undefined> {
  const state = initialScanState();
  const out: Sentence[] = [];
  while (!state.done) {
    scanSentences(text, options, state, out, true);
    for (let j = 0; j < out.length; j++) yield out[j]!;
    out.length = 0;
  }
}
