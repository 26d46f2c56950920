import { BYLINE_CUES, COLON_BYLINE_CUES, FUNCTION_WORDS } from "./data/byline-cues.ts";
import { bareKey, lookupKey } from "./lookup-key.ts";
import { isSpace, isWordChar } from "./tokenize.ts";

/** A word of a line with its offsets in the page; its lookup forms are computed on first use. */
export class WordSpan {
  readonly start: number;
  readonly end: number;
  /** the word's letters and digits, punctuation around or inside it dropped */
  readonly core: string;
  /** true when the word has at least one letter */
  readonly letters: boolean;
  /** true when the word has at least one digit */
  readonly digits: boolean;
  private keyCache: string | null = null;
  private bareCache: string | null = null;

  constructor(start: number, end: number, core: string, letters: boolean, digits: boolean) {
    this.start = start;
    this.end = end;
    this.core = core;
    this.letters = letters;
    this.digits = digits;
  }

  /** lookup key of the word's letters (see `lookupKey`) */
  get key(): string {
    if (this.keyCache === null) this.keyCache = lookupKey(this.core);
    return this.keyCache;
  }

  /** the word's letters without diacritics, letter identity kept (see `bareKey`) */
  get bare(): string {
    if (this.bareCache === null) this.bareCache = bareKey(this.core);
    return this.bareCache;
  }

  /** the same word without its first `n` units (a conjunction glued to a name) */
  dropStart(n: number): WordSpan {
    return new WordSpan(this.start + n, this.end, this.core.slice(n), this.letters, this.digits);
  }
}

/**
 * Split `text[from, to)` at whitespace into words, with their offsets.
 *
 * @param text - the page
 * @param from - first index
 * @param to - index after the last
 * @returns the words, in order
 */
export function wordsOf(text: string, from: number, to: number): readonly WordSpan[] {
  // the rules ask for the same line's words many times: answer from the page's cache
  if (to >= MEMO_STRIDE) return splitWords(text, from, to);
  if (text !== memoText) {
    memoText = text;
    memo.clear();
  }
  const slot = from * MEMO_STRIDE + to;
  const known = memo.get(slot);
  if (known !== undefined) return known;
  const words = splitWords(text, from, to);
  memo.set(slot, words);
  return words;
}

/**
 * The page whose words are cached, and its words by span (a rule may ask for one line's words several
 * times). Reset by {@link forgetWords} once a page is parsed, so no page outlives its parse.
 */
let memoText: string | null = null;
const memo = new Map<number, readonly WordSpan[]>();
/** `from * MEMO_STRIDE + to` is unique for pages shorter than 2^26 units and stays a safe integer. */
const MEMO_STRIDE = 2 ** 26;

/** Drop the cached words of the last page (call when a parse ends). */
export function forgetWords(): void {
  memoText = null;
  memo.clear();
}

function splitWords(text: string, from: number, to: number): readonly WordSpan[] {
  const words: WordSpan[] = [];
  let i = from;
  while (i < to) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    let letters = false;
    let digits = false;
    let clean = true;
    while (i < to && !isSpace(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (isWordChar(c)) letters = true;
      else if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) digits = true;
      else clean = false;
      i++;
    }
    // the word's letters and digits, punctuation around or inside it dropped
    const core = clean ? text.slice(start, i) : coreOf(text, start, i);
    words.push(new WordSpan(start, i, core, letters, digits));
  }
  return words;
}

function coreOf(text: string, start: number, end: number): string {
  let core = "";
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isWordChar(c) || (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) {
      core += text[i];
    }
  }
  return core;
}

/** Count the words (whitespace-separated runs holding a letter or a digit) of `text[from, to)`. */
export function countWords(text: string, from = 0, to: number = text.length): number {
  return countLine(text, from, to).words;
}

const CLOSERS = new Set(['"', "'", "”", "“", "»", "«", ")", "]", "’", "‘", "*", " "]);
const TERMINALS = new Set([".", "!", "؟", "?", "…", "۔"]);

/** The last character of a line that is not a closing quote or bracket. */
export function lastMeaningfulChar(line: string): string {
  for (let i = line.length - 1; i >= 0; i--) {
    const ch = line[i]!;
    if (!CLOSERS.has(ch)) return ch;
  }
  return "";
}

/** True when the line's last two non-space characters are dots ("..", "...": a headline's trail). */
export function endsWithTwoDots(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && isSpace(line.charCodeAt(i))) i--;
  return i >= 1 && line[i] === "." && line[i - 1] === ".";
}

/** True when the line ends like a sentence (. ! ؟ ? …), closing quotes ignored. */
export function endsLikeSentence(line: string): boolean {
  return TERMINALS.has(lastMeaningfulChar(line));
}

/** True when the line ends with a colon (a kicker, a label). */
export function endsWithColon(line: string): boolean {
  const ch = lastMeaningfulChar(line.trimEnd());
  return ch === ":" || ch === "：";
}

/** Words from which a line ending with "?", "!" or "…" is a sentence rather than a question headline. */
const MIN_QUESTION_PROSE_WORDS = 14;

/** Words from which a line ending with a colon is a sentence (kickers and labels are shorter). */
const MIN_COLON_PROSE_WORDS = 12;

/**
 * Prose: a long line, or a medium line ending like a sentence. Headlines, decks, captions and
 * bylines are not prose.
 */
export function isProse(line: string, words: number = countWords(line)): boolean {
  if (words >= 25) return true;
  const last = lastMeaningfulChar(line);
  // a full stop ends prose; headlines end with "?", "!" or "..." as often as sentences do
  if (words >= 6 && (last === "." || last === "۔") && !endsWithTwoDots(line)) return true;
  if (words >= 12 && (last === "." || last === "۔")) return true;
  // a question or exclamation: headlines of twelve or thirteen words end so too ("... أم تحول دائم في
  // السوق؟"), so (as in @nass/boilerplate) a line needs fourteen words to be prose by it alone
  if (words >= MIN_QUESTION_PROSE_WORDS && TERMINALS.has(last)) return true;
  // a sentence leading into a quote or a list ("... تشمل ما يلي:"): longer than any kicker or label
  if (words >= MIN_COLON_PROSE_WORDS && (last === ":" || last === "：")) return true;
  // several clauses: a comma-rich medium line is prose even without final punctuation
  if (words >= 14 && /[،,؛;].*[،,؛;]/u.test(line)) return true;
  return false;
}

/** A headline-shaped line: 2 to 30 words and not prose. */
export function isHeadlineShaped(line: string, words: number = countWords(line)): boolean {
  return words >= 2 && words <= 30 && !isProse(line, words);
}

const FUNCTION_SET = new Set(FUNCTION_WORDS.map(bareKey));
const CUE_SET = new Set(BYLINE_CUES.map(lookupKey));

/** True when the bare word (see `bareKey`) is an Arabic/French/English function word. */
export function isFunctionWord(bare: string): boolean {
  return FUNCTION_SET.has(bare);
}

/** True when the folded word introduces a byline ("كتب", "بقلم", "by"). */
export function isBylineCue(key: string): boolean {
  return CUE_SET.has(key);
}

const COLON_CUE_SET = new Set(COLON_BYLINE_CUES.map(lookupKey));

/** A word that introduces a name only when a colon follows it ("نص: ..."). */
export function isColonBylineCue(key: string): boolean {
  return COLON_CUE_SET.has(key);
}

/**
 * Name-shaped words: `min`–`max` words of letters only (no digits, no function word), as a
 * person's or a place's name is written.
 */
export function isNameShaped(words: readonly WordSpan[], min: number, max: number): boolean {
  if (words.length < min || words.length > max) return false;
  for (const w of words) {
    if (!w.letters || w.digits || w.key.length === 0 || isFunctionWord(w.bare)) return false;
  }
  return true;
}

/** Counts of one pass over a line. */
export interface LineCounts {
  /** words: whitespace-separated runs holding a letter or a digit */
  words: number;
  /** Arabic-script letters (marks and tatweel excluded) */
  arabic: number;
  /** all letters (marks and tatweel excluded) */
  letters: number;
  /** true when the line holds a decimal digit of any script */
  digits: boolean;
}

/**
 * Count words, Arabic letters, letters and digits of `text[from, to)` in one pass.
 *
 * @param text - the page
 * @param from - first index
 * @param to - index after the last
 * @returns the counts
 */
export function countLine(text: string, from: number, to: number): LineCounts {
  const classes = charClasses();
  let words = 0;
  let arabic = 0;
  let letters = 0;
  let digits = false;
  let counted = false;
  for (let i = from; i < to; i++) {
    const k = classes[text.charCodeAt(i)]!;
    if (k === SPACE) {
      counted = false;
      continue;
    }
    if (k === OTHER || k === MARK) continue;
    if (k === DIGIT) digits = true;
    else {
      letters++;
      if (k === ARABIC) arabic++;
    }
    if (!counted) {
      words++;
      counted = true;
    }
  }
  return { words, arabic, letters, digits };
}

const OTHER = 0;
const SPACE = 1;
const DIGIT = 2;
const LETTER = 3;
const ARABIC = 4;
/** an Arabic mark or tatweel: part of a word, not a letter */
const MARK = 5;
let table: Uint8Array | null = null;

/** One class per UTF-16 unit, built once on first use (64 KB). */
function charClasses(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (isSpace(c)) t[c] = SPACE;
    else if ((c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) t[c] = DIGIT;
    else if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || c === 0x200c || c === 0x200d) t[c] = MARK;
    else if (isWordChar(c)) t[c] = c >= 0x0600 ? ARABIC : LETTER;
  }
  table = t;
  return t;
}

/**
 * An interview's question or answer line ("س: كيف تقيمون ...؟", "ج: ...", "Q: ...") or a
 * flattened table row holding a bar and a number ("الذهب عيار 21 | 3120 جنيه"): body text, never a
 * subheading. Source: Q/A interviews of Gulf and Levantine papers (Atheer, Al Khaleej, Annahar) and
 * price tables of Egyptian economy pages (Masrawy, Youm7).
 */
function isQuestionOrTableRow(line: string): boolean {
  if (/^(?:س|ج|سؤال|جواب|Q|R|A)\s?[:：]/u.test(line)) return true;
  return line.includes("|") && /[0-9\u0660-\u0669\u06f0-\u06f9]/u.test(line);
}

/**
 * A list item inside the body: "1. ...", "2) ...", "3- ...", "١. ...", "– ...", "• ...". Checked on
 * the first characters only. Source: numbered results and measures in Algerian, Mauritanian and
 * Tunisian news pages ("  1. حزب الإنصاف: 112 بلدية", "– حفر 200 بئر ...").
 */
export function opensWithListMarker(line: string): boolean {
  const c = line.charCodeAt(0);
  if (
    c === 0x2d ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0x2022 ||
    c === 0x2a ||
    c === 0xb7 ||
    c === 0x25aa ||
    c === 0x25cf
  ) {
    return isSpace(line.charCodeAt(1));
  }
  let i = 0;
  while (i < 3 && i < line.length && isDigitUnit(line.charCodeAt(i))) i++;
  if (i === 0 || i === 3) return false;
  const mark = line[i];
  return mark === "." || mark === ")" || mark === "-" || mark === "–" || mark === "/"
    ? isSpace(line.charCodeAt(i + 1)) || line.charCodeAt(i + 1) > 0x600
    : false;
}

function isDigitUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}

/**
 * An inline subheading: a short headline-shaped line (2–12 words) without commas, and not a
 * sentence leading into a quote ("وقالت ...:" with six words or more), an interview question or
 * a table row.
 */
export function isSubheadingShaped(line: string, words: number = countWords(line)): boolean {
  if (words < 2 || words > 12 || isProse(line, words)) return false;
  if (opensWithListMarker(line)) return false;
  if (/[،,؛;]/u.test(line) || isQuestionOrTableRow(line)) return false;
  return !(endsWithColon(line) && words >= 6);
}
