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
import { LONGEST_NUMBER_SCALE_WORD, NUMBER_SCALE_WORDS } from "./number-words.ts";
import type { ResolvedOptions } from "./options.ts";
import { LONGEST_SPEECH_VERB, SPEECH_VERBS } from "./speech-verbs.ts";
import type { Sentence } from "./types.ts";

const CR = 0x0d;
const LF = 0x0a;
const PARAGRAPH_SEPARATOR = 0x2029;
const SLASH = 0x2f;
const SPACE = 0x20;
const COLON = 0x3a;
const QUOTATION_MARK = 0x22;
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_GUILLEMET = 0xbb; // »
const LEFT_DOUBLE_QUOTE = 0x201c; // “
const RIGHT_DOUBLE_QUOTE = 0x201d; // ”
const WAW = 0x0648;
const FA = 0x0641;

/**
 * How far back (code units) the scanner looks inside the current sentence for the quotation mark
 * that opened a quotation: quotations in news prose are a few hundred characters at most, and the
 * bound keeps the scan linear on adversarial input.
 */
const MAX_QUOTE_LOOKBACK = 400;

/** Longest number read as an inline list marker (`: 1. ... 2. ...`): two digits. */
const MAX_INLINE_MARKER_DIGITS = 2;

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

/**
 * Is the word just before `end` (spaces skipped, never before `floor`) an Arabic number-scale word
 * (`مليارات` in `3 مليارات د.ج.`)?
 */
function scaleWordBefore(text: string, end: number, floor: number): boolean {
  let e = end;
  while (e > floor && isWhitespace(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > floor && e - s <= LONGEST_NUMBER_SCALE_WORD && isArabicLetter(text.charCodeAt(s - 1))) s--;
  if (s === e || e - s > LONGEST_NUMBER_SCALE_WORD) return false;
  if (s > floor && isLetter(text.charCodeAt(s - 1))) return false;
  return NUMBER_SCALE_WORDS.has(text.slice(s, e));
}

/** Value of the token `text[start, dot)` when it is a number of at most two digits, else -1. */
function smallNumber(text: string, start: number, dot: number): number {
  if (start < 0 || dot - start < 1 || dot - start > MAX_INLINE_MARKER_DIGITS) return -1;
  let value = 0;
  for (let p = start; p < dot; p++) {
    const c = text.charCodeAt(p);
    if (c >= 0x30 && c <= 0x39) value = value * 10 + c - 0x30;
    else if (c >= 0x0660 && c <= 0x0669) value = value * 10 + c - 0x0660;
    else if (c >= 0x06f0 && c <= 0x06f9) value = value * 10 + c - 0x06f0;
    else return -1;
  }
  return value;
}

/** The last non-whitespace character before `end`, not before `floor`; -1 when there is none. */
function previousNonWhitespace(text: string, end: number, floor: number): number {
  let p = end - 1;
  while (p >= floor && isWhitespace(text.charCodeAt(p))) p--;
  return p >= floor ? text.charCodeAt(p) : -1;
}

/** Is `c` a double quotation mark (`" « » “ ”`)? */
function isDoubleQuote(c: number): boolean {
  return (
    c === QUOTATION_MARK ||
    c === LEFT_GUILLEMET ||
    c === RIGHT_GUILLEMET ||
    c === LEFT_DOUBLE_QUOTE ||
    c === RIGHT_DOUBLE_QUOTE
  );
}

/**
 * Index of the last double quotation mark in `text[floor, end)` within {@link MAX_QUOTE_LOOKBACK},
 * or -1.
 */
function lastQuoteBefore(text: string, end: number, floor: number): number {
  const stop = Math.max(floor, end - MAX_QUOTE_LOOKBACK);
  for (let p = end - 1; p >= stop; p--) if (isDoubleQuote(text.charCodeAt(p))) return p;
  return -1;
}

/**
 * Does the quotation mark `q` glued after a terminator (`انتهى.“وأضاف`) close a quotation opened
 * earlier in the sentence (`”…“`, `»…«` reversed pairs, or an odd straight quote `"`)? Then it stays
 * with the sentence instead of opening the next one.
 */
function closesOpenQuote(text: string, q: number, terminator: number, floor: number): boolean {
  if (q === QUOTATION_MARK) {
    const stop = Math.max(floor, terminator - MAX_QUOTE_LOOKBACK);
    let count = 0;
    for (let p = terminator - 1; p >= stop; p--) if (text.charCodeAt(p) === QUOTATION_MARK) count++;
    return count % 2 === 1;
  }
  const last = lastQuoteBefore(text, terminator, floor);
  if (last < 0) return false;
  const opener = text.charCodeAt(last);
  return (
    (q === LEFT_DOUBLE_QUOTE && opener === RIGHT_DOUBLE_QUOTE) || (q === LEFT_GUILLEMET && opener === RIGHT_GUILLEMET)
  );
}

/**
 * Is the quotation closed just before `terminator` (by `!` or `؟`) embedded in the sentence, like a
 * title (`بعنوان «ماذا بعد الانتخابات؟» تناول فيه`), rather than direct speech? It is when its opening
 * mark follows a word (not a colon, not the start of the sentence) and the next word (from `k`) is an
 * Arabic word that does not start with the conjunctions `و` or `ف` (which open a new sentence).
 */
function embeddedQuotation(text: string, terminator: number, k: number, floor: number): boolean {
  const opener = lastQuoteBefore(text, terminator, floor);
  if (opener < 0) return false;
  const before = previousNonWhitespace(text, opener, floor);
  if (before < 0 || before === COLON || !isLetter(before)) return false;
  const m = nextNonWhitespace(text, k);
  const d = text.charCodeAt(m);
  return isArabicLetter(d) && d !== WAW && d !== FA;
}

/** Is the next word (from `k`) a speech verb behind the conjunction `و` (`وقال`, `وأضافت`)? */
function conjoinedSpeechVerbFollows(text: string, k: number): boolean {
  const m = nextNonWhitespace(text, k);
  return text.charCodeAt(m) === WAW && nextWordIn(text, m + 1, SPEECH_VERBS, LONGEST_SPEECH_VERB);
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
  listNext: number;
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
    listNext: 0,
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
  let listNext = state.listNext; // next number of an inline list (`: 1. ... 2. ...`) in this sentence, 0 if none
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
          listNext = 0;
        } else if (policy === "paragraph") {
          breaks += c === PARAGRAPH_SEPARATOR ? 2 : 1;
          if (breaks >= 2) {
            if (sentStart >= 0) out.push({ text: text.slice(sentStart, lastEnd), start: sentStart, end: lastEnd });
            sentStart = -1;
            tokenStart = -1;
            prevTokenNumeric = false;
            listNext = 0;
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
          listNext = 0;
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
        // a reversed or straight quote that closes the quotation of this sentence stays (`انتهى.“وأضاف`)
        if (k - 1 === i + 1 && closesOpenQuote(text, text.charCodeAt(k - 1), i, sentStart)) break;
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
            // after a number; after a number-scale word (`3 مليارات د.ج. وقال`) only before a
            // speech verb with `و`, since an amount is often followed by more of its clause (`وفق`)
            split = prevTokenNumeric
              ? !continues(text, k) && !numberFollows(text, k)
              : scaleWordBefore(text, tokenStart, sentStart) && conjoinedSpeechVerbFollows(text, k);
            break;
          default: {
            // an inline numbered list after a colon: `: 1. الصحة 2. التعليم 3. السكن.`
            const value = smallNumber(text, tokenStart, i);
            if (value === 1 && tokenStart > sentStart && previousNonWhitespace(text, tokenStart, sentStart) === COLON) {
              split = false;
              listNext = 2;
            } else if (value > 1 && value === listNext) {
              split = false;
              listNext++;
            } else split = !continues(text, k);
          }
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
      } else if (
        kind === Run.Strong &&
        closers > 0 &&
        isDoubleQuote(last) &&
        embeddedQuotation(text, i, k, sentStart)
      ) {
        split = false; // `بعنوان «ماذا بعد الانتخابات؟» تناول فيه`: a quoted title inside the sentence
      }
    }
    lastEnd = k;
    i = k;
    if (split) {
      if (sentStart >= 0) out.push({ text: text.slice(sentStart, lastEnd), start: sentStart, end: lastEnd });
      sentStart = -1;
      tokenStart = -1;
      prevTokenNumeric = false;
      listNext = 0;
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
  state.listNext = listNext;
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
