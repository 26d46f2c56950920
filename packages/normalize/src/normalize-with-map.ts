import { checkString } from "./check-text.ts";
import { getCompiled } from "./compile.ts";
import { decodeUtf16 } from "./decode-utf16.ts";
import { type NormalizeOptions, resolveOptions } from "./options.ts";
import { firstChange, runPass } from "./run-normalizer.ts";

/**
 * A span of the caller's input: `text === input.slice(start, end)`.
 *
 * @example
 * ```ts
 * normalizeWithMap("ﻻ شيء", { preset: "search" }).toOriginalSpan(0, 2); // { text: "ﻻ", start: 0, end: 1 }
 * ```
 */
export interface OriginalSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * The result of {@link normalizeWithMap}.
 *
 * @example
 * ```ts
 * const r = normalizeWithMap("كَتَبَ", { preset: "search" });
 * r.text; // "كتب"
 * r.toOriginal(1); // 2
 * ```
 */
export interface NormalizeResult {
  /** the normalized text, identical to `normalize(input, options)` */
  readonly text: string;
  /**
   * The input index that output index `i` came from, for `0 <= i <= text.length`.
   * `toOriginal(text.length)` is `input.length`. Every unit of an expansion (ﻻ -> لا) maps to the
   * expanded character; a deleted character has no output index of its own: the output index where
   * it was removed belongs to the next kept character. The map never decreases.
   * @throws RangeError when `i` is not an integer in `[0, text.length]`
   */
  toOriginal(i: number): number;
  /**
   * The span of the input that produced output `[start, end)`: starts at `toOriginal(start)` and
   * ends where the next kept input character begins (so a ligature, or the marks and invisible
   * characters after the last matched letter, are covered whole).
   * @throws RangeError when the bounds are not integers with `0 <= start <= end <= text.length`
   */
  toOriginalSpan(start: number, end: number): OriginalSpan;
}

/**
 * Normalize like {@link normalize} and keep a map from every output index back to the input, for
 * highlighting a match found in normalized text inside the original.
 *
 * @param text - the text to normalize
 * @param options - a preset and any rule switches to override
 * @returns the normalized text with `toOriginal` and `toOriginalSpan`
 * @throws TypeError when `text` is not a string; RangeError on an unknown preset or option value
 *
 * @example
 * ```ts
 * const input = "قالَ المُدِيرُ";
 * const r = normalizeWithMap(input, { preset: "search" });
 * r.text; // "قال المدير"
 * const at = r.text.indexOf("المدير"); // 4
 * r.toOriginalSpan(at, at + 6); // { text: "المُدِيرُ", start: 5, end: 14 }
 * ```
 */
export function normalizeWithMap(text: string, options?: NormalizeOptions): NormalizeResult {
  checkString(text, "text");
  const { rules, key } = resolveOptions(options);
  const compiled = getCompiled(rules, key);
  const start = firstChange(text, compiled.act);
  if (start === text.length) return mappedResult(text, text, null, text.length);
  const pass = runPass(text, compiled, start, true);
  return mappedResult(text, decodeUtf16(pass.units, pass.length), pass.sources, pass.length);
}

function mappedResult(input: string, output: string, sources: Int32Array | null, length: number): NormalizeResult {
  const toOriginal = (i: number): number => {
    if (!Number.isInteger(i) || i < 0 || i > length) {
      throw new RangeError(`i must be an integer from 0 to ${length}, got ${String(i)}`);
    }
    if (i === length) return input.length;
    return sources === null ? i : (sources[i] as number);
  };
  return {
    text: output,
    toOriginal,
    toOriginalSpan(start: number, end: number): OriginalSpan {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
        throw new RangeError(`start and end must be integers with 0 <= start <= end <= ${length}`);
      }
      const from = toOriginal(start);
      let to: number;
      if (end === start) to = from;
      else {
        // the next output unit from a later input character marks the end
        const last = toOriginal(end - 1);
        let k = end;
        while (k < length && toOriginal(k) === last) k++;
        to = toOriginal(k);
      }
      return { text: input.slice(from, to), start: from, end: to };
    },
  };
}
