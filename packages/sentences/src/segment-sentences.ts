import type { AbbreviationKind } from "./abbreviations.ts";
import {
  ELLIPSIS,
  FULL_STOP,
  isArabicLetter,
  isCloser,
  isContinuationPunctuation,
  isDigit,
  isLatinLetter,
  isLatinLower,
  isLatinUpper,
  isLetter,
  isLineBreak,
  isOpenerLike,
  isTerminator,
  isTokenOpener,
  isWhitespace,
  TATWEEL,
} from "./char-classes.ts";
import { cutLongSentences } from "./cut-long-sentences.ts";
import { HEADLINE_MAX_LENGTH } from "./headline.ts";
import { listMarkerEnd } from "./list-marker.ts";
import { resolveOptions } from "./options.ts";
import type { Sentence, SplitSentencesOptions } from "./types.ts";

const CR = 0x0d;
const LF = 0x0a;
const PARAGRAPH_SEPARATOR = 0x2029;
const AT = 0x40;
const SLASH = 0x2f;
const BACKSLASH = 0x5c;

/** Longest dotted initialism recognised by rule (`ج.م.ع.`, `U.A.E.`), in code units. */
const MAX_INITIALISM = 12;

/** Kind of a terminator run. */
enum Run {
  Dot = 0,
  Ellipsis = 1,
  Strong = 2,
}

/** Is the token `text[start, dot]` (dot included) a dotted initialism like `ج.م.ع.` or `U.A.E.`? */
function isInitialism(text: string, start: number, dot: number): boolean {
  const length = dot + 1 - start;
  if (length < 4 || length > MAX_INITIALISM || length % 2 !== 0) return false;
  for (let p = start; p < dot; p += 2) {
    if (!isLetter(text.charCodeAt(p)) || text.charCodeAt(p + 1) !== FULL_STOP) return false;
  }
  return true;
}

/** Kind given by rule to a single-letter token (`م.`, `هـ.`, `J.`), or undefined. */
function singleLetterKind(text: string, start: number, dot: number): AbbreviationKind | undefined {
  const length = dot - start;
  const first = text.charCodeAt(start);
  if (length === 2 && !(text.charCodeAt(start + 1) === TATWEEL && isArabicLetter(first))) return undefined;
  if (length > 2) return undefined;
  if (isArabicLetter(first)) return "unit";
  if (isLatinUpper(first)) return "title";
  return undefined;
}

/** Is the letter just before `dot` a one-letter segment (`ق` in `ق.م`, `U` in `U.S`)? */
function oneLetterBefore(text: string, dot: number, tokenStart: number): boolean {
  let p = dot - 1;
  if (p < tokenStart) return false;
  if (text.charCodeAt(p) === TATWEEL) p--;
  if (p < tokenStart || !isLetter(text.charCodeAt(p))) return false;
  return p - 1 < tokenStart || !isLetter(text.charCodeAt(p - 1));
}

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
  const sentences = scan(text, resolved);
  return resolved.maxLength === Number.POSITIVE_INFINITY
    ? sentences
    : cutLongSentences(text, sentences, resolved.maxLength);
}

function* scan(text: string, options: ReturnType<typeof resolveOptions>): Generator<Sentence, void, undefined> {
  const n = text.length;
  const policy = options.lineBreaks;
  const table = options.abbreviations;
  const longest = options.longestAbbreviation;
  const out: Sentence[] = [];

  let i = 0;
  let sentStart = -1; // first character of the current sentence, -1 between sentences
  let lastEnd = 0; // end of the last non-whitespace character of the current sentence
  let tokenStart = -1; // first character of the current whitespace-delimited token (openers skipped)
  let tokenNumeric = false;
  let tokenUrlish = false;
  let tokenDots = 0;
  let prevTokenNumeric = false;
  let lineStart = 0;
  let lineEnd = -1; // computed lazily, only for lines holding an ellipsis
  let atLineStart = true;
  let breaks = 0; // line breaks in the current whitespace run ("paragraph" policy)

  const emit = (end: number): void => {
    out.push({ text: text.slice(sentStart, end), start: sentStart, end });
  };
  const endSentence = (): void => {
    if (sentStart >= 0) emit(lastEnd);
    sentStart = -1;
    tokenStart = -1;
    prevTokenNumeric = false;
  };
  const nextNonWhitespace = (from: number): number => {
    let m = from;
    while (m < n && isWhitespace(text.charCodeAt(m))) m++;
    return m;
  };
  /** Does the text after a terminator (from `k`) go on in a way that forbids a boundary? */
  const continues = (k: number): boolean => {
    const m = nextNonWhitespace(k);
    if (m >= n) return false;
    const d = text.charCodeAt(m);
    return isLatinLower(d) || isContinuationPunctuation(d);
  };
  const headlineLine = (at: number): boolean => {
    if (lineEnd < 0) {
      let e = at;
      while (e < n && !isLineBreak(text.charCodeAt(e))) e++;
      lineEnd = e;
    }
    return lineEnd - lineStart <= HEADLINE_MAX_LENGTH;
  };

  while (i < n) {
    if (out.length > 0) {
      yield* out;
      out.length = 0;
    }
    const c = text.charCodeAt(i);
    if (isWhitespace(c)) {
      if (tokenStart >= 0) {
        prevTokenNumeric = tokenNumeric;
        tokenStart = -1;
      }
      if (isLineBreak(c)) {
        if (c === CR && text.charCodeAt(i + 1) === LF) i++;
        lineStart = i + 1;
        lineEnd = -1;
        atLineStart = true;
        if (policy === "always") {
          endSentence();
        } else if (policy === "paragraph") {
          breaks += c === PARAGRAPH_SEPARATOR ? 2 : 1;
          if (breaks >= 2) endSentence();
        }
      }
      i++;
      continue;
    }
    breaks = 0;
    if (sentStart < 0) {
      sentStart = i;
      atLineStart = false;
      const marker = listMarkerEnd(text, i);
      if (marker > 0) {
        lastEnd = marker;
        i = marker;
        continue;
      }
    } else if (atLineStart) {
      atLineStart = false;
      const marker = listMarkerEnd(text, i);
      if (marker > 0) {
        if (policy === "paragraph") {
          endSentence();
          sentStart = i;
        }
        lastEnd = marker;
        i = marker;
        continue;
      }
    }
    if (tokenStart < 0) {
      if (isTokenOpener(c) && !isTerminator(c)) {
        lastEnd = i + 1;
        i++;
        continue;
      }
      tokenStart = i;
      tokenNumeric = isDigit(c);
      tokenUrlish = false;
      tokenDots = 0;
    }
    if (!isTerminator(c)) {
      if (tokenNumeric && !isDigit(c) && c !== 0x2c && c !== 0x066b && c !== 0x066c && c !== SLASH && c !== 0x3a) {
        tokenNumeric = false;
      }
      if (c === AT || c === SLASH || c === BACKSLASH) tokenUrlish = true;
      lastEnd = i + 1;
      i++;
      continue;
    }

    // A run of terminators and closers: `.`, `...`, `؟!`, `.»`, `!")` ...
    let k = i;
    let dots = 0;
    let closers = 0;
    let kind = Run.Dot;
    while (k < n) {
      const d = text.charCodeAt(k);
      if (d === FULL_STOP) dots++;
      else if (d === ELLIPSIS) {
        if (kind === Run.Dot) kind = Run.Ellipsis;
      } else if (isTerminator(d)) kind = Run.Strong;
      else if (isCloser(d)) closers++;
      else break;
      k++;
    }
    if (kind === Run.Dot && dots > 1) kind = Run.Ellipsis;
    let next = k < n ? text.charCodeAt(k) : -1;
    let glued = next >= 0 && !isWhitespace(next);
    if (glued) {
      // quotes and brackets glued to the next word open the next sentence: `قال.«نعم`
      while (k - 1 > i && isOpenerLike(text.charCodeAt(k - 1)) && !isTerminator(text.charCodeAt(k - 1))) {
        k--;
        closers--;
      }
      next = text.charCodeAt(k);
      glued = !isWhitespace(next);
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : -1;

    let split: boolean;
    if (k >= n) {
      split = true;
    } else if (kind === Run.Dot) {
      if (glued) {
        if (isDigit(next) || tokenUrlish || (tokenStart >= 0 && isWww(text, tokenStart, i))) split = false;
        else if (isLetter(next)) {
          if (closers === 0 && oneLetterBefore(text, i, tokenStart)) split = false;
          else if (closers === 0 && (isLatinLetter(prev) || isDigit(prev)) && isLatinLetter(next)) {
            // `report.pdf`, `example.com`: only `word.Next` (lower-case word, capitalised word) splits
            split =
              tokenDots === 0 &&
              isLatinLower(prev) &&
              i - 2 >= tokenStart &&
              isLatinLower(text.charCodeAt(i - 2)) &&
              isLatinUpper(next) &&
              isLatinLower(text.charCodeAt(k + 1));
          } else split = true;
        } else split = isOpenerLike(next);
      } else {
        let abbreviation: AbbreviationKind | undefined;
        if (closers === 0 && tokenStart >= 0 && i + 1 - tokenStart <= longest) {
          abbreviation = table.get(text.slice(tokenStart, i + 1).toLowerCase());
        }
        if (abbreviation === undefined && closers === 0 && tokenStart >= 0) {
          abbreviation = singleLetterKind(text, tokenStart, i);
          if (abbreviation === undefined && isInitialism(text, tokenStart, i)) abbreviation = "title";
        }
        switch (abbreviation) {
          case "title":
            split = false;
            break;
          case "number":
            split = !isDigit(text.charCodeAt(nextNonWhitespace(k))) && !continues(k);
            break;
          case "unit":
            split = prevTokenNumeric && !continues(k);
            break;
          default:
            split = !continues(k);
        }
      }
    } else if (kind === Run.Ellipsis) {
      if (glued && (isDigit(next) || tokenUrlish)) split = false;
      else if (headlineLine(i)) split = false;
      else split = !continues(k);
    } else if (glued && (tokenUrlish || (isLatinLetter(prev) && (isLatinLetter(next) || isDigit(next))))) {
      split = false; // `?id=5` in a URL, `Yahoo!Inc`
    } else {
      split = !continues(k);
    }

    lastEnd = k;
    i = k;
    if (split) {
      endSentence();
    } else {
      tokenDots += dots;
      if (!(kind === Run.Dot && glued && isDigit(next))) tokenNumeric = false;
    }
  }
  endSentence();
  if (out.length > 0) yield* out;
}

/** Does the token starting at `start` begin with `www` (a web address)? */
function isWww(text: string, start: number, dot: number): boolean {
  return (
    dot - start === 3 && (text.charCodeAt(start) | 0x20) === 0x77 && text.slice(start, dot).toLowerCase() === "www"
  );
}
