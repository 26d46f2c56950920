/**
 * Facts about one block (its counts, whether it is prose, its date, whether it is a date line), computed on
 * first use: most removed blocks never need a date.
 */
import { PUBLISHED_IN_CUES } from "./data/publish-cues.ts";
import { countLine, countWords, isProse, type LineCounts } from "./line-shape.ts";
import { findDateInTokens } from "./parse-arabic-date.ts";
import { tokenize } from "./tokenize.ts";
import type { Block, DateSpan } from "./types.ts";

/** A meta line holds a date and little else: "نشر في: الأحد 6 أكتوبر 2024 - 10:30". */
const MAX_META_WORDS = 14;
/** Words a date line may hold besides its date ("نشر في", "آخر تحديث", "Publié le"). */
const MAX_WORDS_BESIDE_DATE = 4;
/** Words before the date of an aggregator's "نشر في OUTLET يوم DATE" stamp: the label (two), a five-word outlet, a connector. */
const MAX_PUBLISHED_IN_WORDS = 8;

function findBlockDate(text: string, block: Block, counts: LineCounts, reference: Date | null): DateSpan | null {
  if (counts.words > MAX_META_WORDS) return null;
  // without a reference date, every date expression holds a digit
  if (reference === null && !counts.digits) return null;
  const found = findDateInTokens(text, tokenize(text, block.start, block.end), reference);
  if (!found) return null;
  const date: DateSpan = { text: found.text, start: found.start, end: found.end, iso: found.iso };
  if (found.hijri) date.hijri = found.hijri;
  return date;
}

/**
 * Facts about one block, computed on first use (most removed blocks never need a date).
 *
 * @example
 * ```ts
 * const info = new BlockInfo(text, block, null);
 * info.dateLine; // true for "نشر في: الأحد 6 أكتوبر 2024 - 10:30"
 * ```
 */
export class BlockInfo {
  readonly block: Block;
  private readonly text: string;
  private readonly reference: Date | null;
  private countsCache: LineCounts | null = null;
  private dateCache: DateSpan | null | undefined;
  private dateLineCache: boolean | undefined;
  private proseCache: boolean | undefined;

  constructor(text: string, block: Block, reference: Date | null) {
    this.text = text;
    this.block = block;
    this.reference = reference;
  }

  /** one-pass counts of the block */
  get counts(): LineCounts {
    if (this.countsCache === null) this.countsCache = countLine(this.text, this.block.start, this.block.end);
    return this.countsCache;
  }

  /** words of the block */
  get words(): number {
    return this.counts.words;
  }

  /** the block is prose (see `isProse`) */
  get prose(): boolean {
    if (this.proseCache === undefined) this.proseCache = isProse(this.block.text, this.words);
    return this.proseCache;
  }

  /** the first date of a short block, else null */
  get date(): DateSpan | null {
    if (this.dateCache === undefined)
      this.dateCache = findBlockDate(this.text, this.block, this.counts, this.reference);
    return this.dateCache;
  }

  /** the block is mostly its date: "نشر في: الأحد 6 أكتوبر 2024 - 10:30" */
  get dateLine(): boolean {
    if (this.dateLineCache === undefined) {
      const date = this.date;
      let beside = date === null ? 0 : this.words - countWords(date.text);
      if (date !== null && beside > MAX_WORDS_BESIDE_DATE) {
        // the same day in a second calendar ("6 يونيو 2024 م ـ 29 ذو القعدة 1445 هـ") is not extra words
        const twin = findDateInTokens(this.text, tokenize(this.text, date.end, this.block.end), null);
        if (twin) beside -= countWords(twin.text);
      }
      if (date !== null && beside > MAX_WORDS_BESIDE_DATE && publishedInCueLength(this.block.text) > 0) {
        // "نشر في OUTLET بتاريخ DATE": the label, the outlet's name and a connector are the stamp, not extra words
        const before = countWords(this.text.slice(this.block.start, date.start));
        if (before <= MAX_PUBLISHED_IN_WORDS && beside - before <= MAX_WORDS_BESIDE_DATE) beside = 0;
      }
      this.dateLineCache = date !== null && beside <= MAX_WORDS_BESIDE_DATE && !this.prose;
    }
    return this.dateLineCache;
  }
}

/** The length of the {@link PUBLISHED_IN_CUES} label opening `line` ("نشر في ..."), or -1. */
export function publishedInCueLength(line: string): number {
  const first = line.charCodeAt(0);
  // cheap gate: the labels start with ن / م / p
  if (first !== 0x0646 && first !== 0x0645 && (first | 0x20) !== 0x70) return -1;
  for (const cue of PUBLISHED_IN_CUES) {
    if (line.length > cue.length && line.slice(0, cue.length).toLowerCase() === cue && line[cue.length] === " ") {
      return cue.length;
    }
  }
  return -1;
}
