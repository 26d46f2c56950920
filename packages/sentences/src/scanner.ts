import type { AbbreviationKind } from "./abbreviations.ts";
import {
  CharClass,
  charClassTable,
  ELLIPSIS,
  FULL_STOP,
  isArabicLetter,
  isArabicMark,
  isCloser,
  isContinuationPunctuation,
  isDigit,
  isLatinLetter,
  isLatinLower,
  isLatinUpper,
  isLetter,
  isLineBreak,
  isOpenerLike,
  isProclitic,
  isTerminator,
  isWhitespace,
  TATWEEL,
} from "./char-classes.ts";
import { CONTINUATION_WORDS, LONGEST_CONTINUATION_WORD } from "./continuation-words.ts";
import { HEADLINE_MAX_LENGTH } from "./headline.ts";
import { listMarkerEnd } from "./list-marker.ts";
import type { ResolvedOptions } from "./options.ts";
import { LONGEST_SPEECH_VERB, SPEECH_VERBS } from "./speech-verbs.ts";
import type { Sentence } from "./types.ts";

const CR = 0x0d;
const LF = 0x0a;
const PARAGRAPH_SEPARATOR = 0x2029;
const SLASH = 0x2f;
const SPACE = 0x20;

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

function nextNonWhitespace(text: string, from: number): number {
  const n = text.length;
  let m = from;
  while (m < n && isWhitespace(text.charCodeAt(m))) m++;
  return m;
}

/** Does the text after a terminator (from `k`) go on in a way that forbids a boundary (lower-case word, comma)? */
function continues(text: string, k: number): boolean {
  const m = nextNonWhitespace(text, k);
  if (m >= text.length) return false;
  const d = text.charCodeAt(m);
  return isLatinLower(d) || isContinuationPunctuation(d);
}

/** Does the next word (from `k`) start with a digit, or with a one-letter proclitic and a digit (`و965`)? */
function numberFollows(text: string, k: number): boolean {
  const m = nextNonWhitespace(text, k);
  const d = text.charCodeAt(m);
  if (isDigit(d)) return true;
  return isProclitic(d) && isDigit(text.charCodeAt(m + 1));
}

/** Is the next word (from `k`) an Arabic word of `words` (at most `longest` code units)? */
function nextWordIn(text: string, k: number, words: ReadonlySet<string>, longest: number): boolean {
  const n = text.length;
  const m = nextNonWhitespace(text, k);
  let e = m;
  while (e < n && e - m <= longest && isArabicLetter(text.charCodeAt(e))) e++;
  if (e === m || e - m > longest) return false;
  if (e < n && (isLetter(text.charCodeAt(e)) || isArabicMark(text.charCodeAt(e)))) return false;
  return words.has(text.slice(m, e));
}

/** Is the next word (from `k`) one that continues the clause (`ثم`, `وأن`)? */
function continuationWordFollows(text: string, k: number): boolean {
  return nextWordIn(text, k, CONTINUATION_WORDS, LONGEST_CONTINUATION_WORD);
}

/** Is the next word (from `k`) a speech verb attributing the quotation just closed (`تساءل`, `قال`)? */
function speechVerbFollows(text: string, k: number): boolean {
  return nextWordIn(text, k, SPEECH_VERBS, LONGEST_SPEECH_VERB);
}

/** Where a scan stopped, so that a lazy caller can resume it. */
export interface ScanState {
  i: number;
  sentStart: number;
  lastEnd: number;
  tokenStart: number;
  tokenNumeric: boolean;
  tokenUrlish: boolean;
  tokenDots: number;
  prevTokenNumeric: boolean;
  lineStart: number;
  lineEnd: number;
  lineLastStop: number;
  atLineStart: boolean;
  breaks: number;
  done: boolean;
}

/** A fresh scan state for the start of a text. */
export function initialScanState(): ScanState {
  return {
    i: 0,
    sentStart: -1,
    lastEnd: 0,
    tokenStart: -1,
    tokenNumeric: false,
    tokenUrlish: false,
    tokenDots: 0,
    prevTokenNumeric: false,
    lineStart: 0,
    lineEnd: -1,
    lineLastStop: -1,
    atLineStart: true,
    breaks: 0,
    done: false,
  };
}

/**
 * The single-pass sentence scanner. Appends sentences to `out`; with `once`, stops as soon as one
 * sentence is appended (saving its position in `state`), otherwise runs to the end of `text`.
 * State lives in locals while scanning (closures over mutable state are slow in V8).
 *
 * @param text - the input
 * @param options - resolved options
 * @param state - where to start; updated on return (`done` once the text is exhausted)
 * @param out - receives the sentences
 * @param once - stop after the first sentence
 */
export function scanSentences(
  text: string,
  options: ResolvedOptions,
  state: ScanState,
  out: Sentence[],
  once: boolean,
): void {
  const n = text.length;
  const policy = options.lineBreaks;
  const table = options.abbreviations;
  const longest = options.longestAbbreviation;
  const emitted = out.length;
  const classes = charClassTable();

  let i = state.i;
  let sentStart = state.sentStart; // first character of the current sentence, -1 between sentences
  let lastEnd = state.lastEnd; // end of the last non-whitespace character of the current sentence
  let tokenStart = state.tokenStart; // first character of the current token (openers skipped), -1 between tokens
  let tokenNumeric = state.tokenNumeric;
  let tokenUrlish = state.tokenUrlish;
  let tokenDots = state.tokenDots;
  let prevTokenNumeric = state.prevTokenNumeric;
  let lineStart = state.lineStart;
  let lineEnd = state.lineEnd; // computed lazily, only for lines holding an ellipsis
  let lineLastStop = state.lineLastStop; // last prose full stop of the line, with lineEnd
  let atLineStart = state.atLineStart;
  let breaks = state.breaks; // line breaks in the current whitespace run ("paragraph" policy)

  while (i < n) {
    if (once && out.length > emitted) break;
    const c = text.charCodeAt(i);
    const cls = classes[c]!;
    if (cls === CharClass.Space || cls === CharClass.LineBreak) {
      if (tokenStart >= 0) {
        prevTokenNumeric = tokenNumeric;
        tokenStart = -1;
      }
      if (cls === CharClass.LineBreak) {
        if (c === CR && text.charCodeAt(i + 1) === LF) i++;
        lineStart = i + 1;
        lineEnd = -1;
        lineLastStop = -1;
        atLineStart = true;
        if (policy === "always") {
          if (sentStart >= 0) out.push({ text: text.slice(sentStart, lastEnd), start: sentStart, end: lastEnd });
          sentStart = -1;
          tokenStart = -1;
          prevTokenNumeric = false;
        } else if (policy === "paragraph") {
          breaks += c === PARAGRAPH_SEPARATOR ? 2 : 1;
          if (breaks >= 2) {
            if (sentStart >= 0) out.push({ text: text.slice(sentStart, lastEnd), start: sentStart, end: lastEnd });
            sentStart = -1;
            tokenStart = -1;
            prevTokenNumeric = false;
          }
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
          if (sentStart >= 0) out.push({ text: text.slice(sentStart, lastEnd), start: sentStart, end: lastEnd });
          sentStart = -1;
          tokenStart = -1;
          prevTokenNumeric = false;
          sentStart = i;
        }
        lastEnd = marker;
        i = marker;
        continue;
      }
    }
    if (tokenStart < 0) {
      if (cls === CharClass.Quote) {
        lastEnd = i + 1;
        i++;
        continue;
      }
      tokenStart = i;
      tokenNumeric = cls === CharClass.Digit;
      tokenUrlish = false;
      tokenDots = 0;
    }
    if (cls !== CharClass.Terminator) {
      if (cls <= CharClass.Quote) {
        // Plain characters: skip the rest of the word, and the words after it that are separated by
        // one space and start with a plain character, in a tight loop (most of any prose).
        tokenNumeric = false;
        i++;
        for (;;) {
          while (i < n && classes[text.charCodeAt(i)]! <= CharClass.Quote) i++;
          if (
            i + 1 < n &&
            classes[text.charCodeAt(i)] === CharClass.Space &&
            classes[text.charCodeAt(i + 1)] === CharClass.Plain
          ) {
            tokenStart = i + 1;
            tokenUrlish = false;
            tokenDots = 0;
            prevTokenNumeric = false;
            i += 2;
          } else {
            break;
          }
        }
        lastEnd = i;
        continue;
      }
      if (cls === CharClass.Digit) {
        // `و965`, `ب200`: a number behind a one-letter proclitic
        if (i === tokenStart + 1 && isProclitic(text.charCodeAt(tokenStart))) tokenNumeric = true;
      } else if (cls === CharClass.Address) {
        tokenUrlish = true;
        if (c !== SLASH) tokenNumeric = false;
      }
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
      else if (d === SPACE && isTerminator(text.charCodeAt(k + 1)) && isTerminator(text.charCodeAt(k - 1))) {
        // spaced dots `. . .` and `! !` are one run
      } else break;
      k++;
    }
    if (kind === Run.Dot && dots > 1) kind = Run.Ellipsis;
    const spaced = text.charCodeAt(k);
    if (
      (spaced === SPACE || spaced === 0xa0 || spaced === 0x202f) &&
      isCloser(text.charCodeAt(k + 1)) &&
      (k + 2 >= n || isLineBreak(text.charCodeAt(k + 2)))
    ) {
      // French spacing before a closing guillemet at the end of a line: `année. »`
      closers++;
      k += 2;
    }
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
        if (tokenStart >= 0 && i + 1 - tokenStart <= longest) {
          const token = text.slice(tokenStart, i + 1);
          abbreviation = table.get(token);
          if (abbreviation === undefined && hasLatinUpper(token)) abbreviation = table.get(token.toLowerCase());
        }
        if (abbreviation === undefined && tokenStart >= 0) {
          abbreviation = singleLetterKind(text, tokenStart, i);
          if (abbreviation === undefined && isInitialism(text, tokenStart, i)) abbreviation = "title";
        }
        switch (abbreviation) {
          case "title":
            // a Latin initial or capital initialism before an Arabic word ends a sentence
            // (`فيتامين D. وقال`, `حلف N.A.T.O. وقال`): Latin names are not followed by Arabic
            split =
              isLatinCapitalInitials(text, tokenStart, i) &&
              isArabicLetter(text.charCodeAt(nextNonWhitespace(text, k)));
            break;
          case "number":
            split = !isDigit(text.charCodeAt(nextNonWhitespace(text, k))) && !continues(text, k);
            break;
          case "unit":
            split = prevTokenNumeric && !continues(text, k) && !numberFollows(text, k);
            break;
          default:
            split = !continues(text, k);
        }
      }
    } else if (kind === Run.Ellipsis) {
      if (glued && (isDigit(next) || tokenUrlish)) split = false;
      else {
        if (lineEnd < 0) {
          // one scan of the rest of the line: its end, and its last full stop not followed by a digit
          // (a sign of prose; a full stop before a digit never ends a sentence)
          let e = i;
          while (e < n) {
            const d = text.charCodeAt(e);
            if (isLineBreak(d)) break;
            if ((d === FULL_STOP || d === ELLIPSIS) && !isDigit(text.charCodeAt(e + 1))) lineLastStop = e;
            e++;
          }
          lineEnd = e;
        }
        // headline-shaped: a short line with no full stop after the ellipsis
        if (lineEnd - lineStart <= HEADLINE_MAX_LENGTH && lineLastStop < k) split = false;
        else split = !continues(text, k) && !continuationWordFollows(text, k);
      }
    } else if (glued && (tokenUrlish || isDigit(next) || (isLatinLetter(prev) && isLatinLetter(next)))) {
      split = false; // `?id=5` in a URL, `Yahoo!Inc`, `؟5`
    } else {
      split = !continues(text, k);
    }

    if (split && k < n) {
      const last = text.charCodeAt(k - 1);
      if (
        kind === Run.Ellipsis &&
        closers > 0 &&
        (prev === 0x28 || prev === 0x5b) &&
        (last === 0x29 || last === 0x5d)
      ) {
        split = false; // `(...)`, `[…]`: an omission inside a quotation
      } else if (closers > 0 && last !== 0x29 && last !== 0x5d && isCloser(last) && speechVerbFollows(text, k)) {
        split = false; // `«هل سيعود؟» تساءل أحدهم`: the verb attributes the quotation
      }
    }
    lastEnd = k;
    i = k;
    if (split) {
      if (sentStart >= 0) out.push({ text: text.slice(sentStart, lastEnd), start: sentStart, end: lastEnd });
      sentStart = -1;
      tokenStart = -1;
      prevTokenNumeric = false;
    } else {
      tokenDots += dots;
      if (!(kind === Run.Dot && glued && isDigit(next))) tokenNumeric = false;
    }
  }
  if (i >= n && !(once && out.length > emitted)) {
    if (sentStart >= 0) out.push({ text: text.slice(sentStart, lastEnd), start: sentStart, end: lastEnd });
    sentStart = -1;
    state.done = true;
  }
  state.i = i;
  state.sentStart = sentStart;
  state.lastEnd = lastEnd;
  state.tokenStart = tokenStart;
  state.tokenNumeric = tokenNumeric;
  state.tokenUrlish = tokenUrlish;
  state.tokenDots = tokenDots;
  state.prevTokenNumeric = prevTokenNumeric;
  state.lineStart = lineStart;
  state.lineEnd = lineEnd;
  state.lineLastStop = lineLastStop;
  state.atLineStart = atLineStart;
  state.breaks = breaks;
}

/** Is the token `text[start, dot)` made of Latin capitals and dots only (`D`, `U.S`, `N.A.T.O`)? */
function isLatinCapitalInitials(text: string, start: number, dot: number): boolean {
  if (dot - start > MAX_INITIALISM) return false;
  for (let p = start; p < dot; p++) {
    const c = text.charCodeAt(p);
    if (!isLatinUpper(c) && c !== FULL_STOP) return false;
  }
  return true;
}

/** Does `token` hold an upper-case Latin letter (so that a case-insensitive lookup must lower it)? */
function hasLatinUpper(token: string): boolean {
  for (let p = 0; p < token.length; p++) if (isLatinUpper(token.charCodeAt(p))) return true;
  return false;
}

/** Does the token starting at `start` begin with `www` (a web address)? */
function isWww(text: string, start: number, dot: number): boolean {
  return (
    dot - start === 3 && (text.charCodeAt(start) | 0x20) === 0x77 && text.slice(start, dot).toLowerCase() === "www"
  );
}
