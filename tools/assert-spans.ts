/**
 * The one span checker every nass package's tests run on their output (docs/contract.md).
 *
 * It throws an `Error` describing the first broken rule, so it works under any test runner.
 *
 * @example
 * ```ts
 * import { assertSpans } from "../../../tools/assert-spans.ts";
 * assertSpans(input, splitSentences(input), { nonOverlapping: true, trimmed: true, gapsMatch: /^\s*$/u });
 * ```
 */

/** The minimal span shape of docs/contract.md. */
export interface SpanLike {
  text: string;
  start: number;
  end: number;
}

/** Which contract rules to check beyond the always-on ones (bounds, integer offsets, `text === slice`). */
export interface AssertSpansOptions {
  /** spans are sorted by `start` (default true) */
  ordered?: boolean;
  /** `spans[i].end <= spans[i + 1].start` (default false) */
  nonOverlapping?: boolean;
  /** no span starts or ends with whitespace, and none is empty (default false) */
  trimmed?: boolean;
  /** every gap between spans (and before the first / after the last) matches this (default: unchecked) */
  gapsMatch?: RegExp;
  /** a label for error messages */
  label?: string;
}

const WHITESPACE_EDGE = /^\s|\s$/u;

/**
 * What may lie between two blocks of `@nass/boilerplate` (docs/contract.md: a block is its line
 * trimmed of white space and of the invisible format marks a scraper leaves at line edges: LRM/RLM,
 * ALM, zero-width space and joiners, bidi embeddings and isolates, the word joiner).
 */
export const BLOCK_GAP = /^[\s\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069]*$/u;

/**
 * Check spans against the contract; throws on the first violation.
 *
 * @param input - the exact string the caller passed to the library
 * @param spans - the spans the library returned
 * @param options - which extra rules to enforce
 * @returns nothing; throws an `Error` naming the span and the rule it breaks
 */
export function assertSpans(input: string, spans: readonly SpanLike[], options: AssertSpansOptions = {}): void {
  const { ordered = true, nonOverlapping = false, trimmed = false, gapsMatch, label = "span" } = options;
  let previous: SpanLike | undefined;
  let cursor = 0;
  spans.forEach((span, i) => {
    const where = `${label}[${i}] ${JSON.stringify(span.text.slice(0, 40))} [${span.start}, ${span.end})`;
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) {
      throw new Error(`${where}: offsets must be integers`);
    }
    if (span.start < 0 || span.end > input.length || span.start > span.end) {
      throw new Error(`${where}: out of bounds for input of length ${input.length}`);
    }
    if (input.slice(span.start, span.end) !== span.text) {
      throw new Error(
        `${where}: text !== input.slice(start, end) (${JSON.stringify(input.slice(span.start, span.end).slice(0, 40))})`,
      );
    }
    if (trimmed && (span.text.length === 0 || WHITESPACE_EDGE.test(span.text))) {
      throw new Error(`${where}: empty or not trimmed`);
    }
    if (previous) {
      if (ordered && span.start < previous.start) {
        throw new Error(`${where}: starts before the previous span (${previous.start})`);
      }
      if (nonOverlapping && span.start < previous.end) {
        throw new Error(`${where}: overlaps the previous span, which ends at ${previous.end}`);
      }
    }
    if (gapsMatch && nonOverlapping) {
      const gap = input.slice(cursor, span.start);
      if (!gapsMatch.test(gap))
        throw new Error(`${where}: gap before it ${JSON.stringify(gap.slice(0, 40))} does not match ${gapsMatch}`);
      cursor = span.end;
    }
    previous = span;
  });
  if (gapsMatch && nonOverlapping) {
    const tail = input.slice(cursor);
    if (!gapsMatch.test(tail))
      throw new Error(
        `${label}: text after the last span ${JSON.stringify(tail.slice(0, 40))} does not match ${gapsMatch}`,
      );
  }
}
