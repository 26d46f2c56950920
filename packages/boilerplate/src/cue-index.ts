/**
 * Compile cue phrases into a word-indexed lookup and match them, whole words, against a block's key.
 */
import { matchKey } from "./match-key.ts";
import type { BlockKind, Cue, CueMatch, HeadlineListKind } from "./types.ts";

/** A cue ready for matching: its folded words. */
export interface CompiledCue {
  words: readonly string[];
  kind: BlockKind;
  reason: string;
  listKind: HeadlineListKind;
  match: CueMatch;
}

/** Cues indexed by their first word, and by their whole key for prefix lookups. */
export interface CueIndex {
  byFirst: Map<string, CompiledCue[]>;
  byKey: Map<string, CompiledCue>;
  /**
   * Prefilter of first words: `firstFilter[wordHash(w)]` is 1 when some cue's first word has that hash (its
   * length and first, second and last characters). A word whose slot is 0 starts no cue: no map lookup.
   */
  firstFilter: Uint8Array;
  /** set by the cache: whether the index includes the built-in lexicon */
  usesDefaults?: boolean;
}

/**
 * Build a cue index. Later cues with the same key replace earlier ones (caller cues override the lexicon).
 *
 * @param cues - cue entries, in priority order (last wins on equal keys)
 * @param base - an index to extend (its maps are copied, not changed)
 * @returns the index
 */
export function buildCueIndex(cues: readonly Cue[], base?: CueIndex): CueIndex {
  const byKey = new Map<string, CompiledCue>(base?.byKey);
  const added: CompiledCue[] = [];
  for (const cue of cues) {
    const key = matchKey(cue.pattern);
    if (key === "") continue;
    const compiled: CompiledCue = {
      words: key.split(" "),
      kind: cue.kind,
      reason: cue.reason ?? `cue:${cue.kind}`,
      listKind: cue.listKind ?? "headlines",
      match: cue.match ?? "line",
    };
    byKey.set(key, compiled);
    added.push(compiled);
  }
  // Rebuild only the first-word buckets the new cues touch; the others are shared with `base`.
  const byFirst = new Map<string, CompiledCue[]>(base?.byFirst);
  const touched = new Set(added.map((c) => c.words[0]!));
  for (const first of touched) byFirst.set(first, []);
  for (const compiled of byKey.values()) {
    const first = compiled.words[0]!;
    if (touched.has(first)) byFirst.get(first)!.push(compiled);
  }
  for (const first of touched) byFirst.get(first)!.sort(longerFirst);
  const firstFilter = base ? base.firstFilter.slice() : new Uint8Array(FILTER_SIZE);
  for (const first of touched) firstFilter[wordHash(first, 0)] = 1;
  return { byFirst, byKey, firstFilter };
}

const WAW = "و";
const WAW_CODE = 0x0648;

/** Slots of {@link CueIndex.firstFilter}. */
const FILTER_SIZE = 1 << 16;

/**
 * A cheap hash of `word.slice(from)` (no slicing): its length and its first, second and last code units.
 * Words with equal text have equal hashes, so a clear filter slot proves no cue starts with the word.
 */
function wordHash(word: string, from: number): number {
  const last = word.length - 1;
  const h =
    Math.imul(word.charCodeAt(from), 0x9e3779b1) ^
    Math.imul(word.charCodeAt(from + 1) | 0, 0x85ebca77) ^
    Math.imul(word.charCodeAt(last), 0xc2b2ae3d) ^
    Math.imul(last - from, 0x27d4eb2f);
  return (h ^ (h >>> 16)) & (FILTER_SIZE - 1);
}

function longerFirst(a: CompiledCue, b: CompiledCue): number {
  return b.words.length - a.words.length;
}

/**
 * Whether `word` may start a cue (itself, or without a glued و): a table test, no string hashing.
 *
 * @param index - the compiled cues
 * @param word - a key word
 * @returns false when no cue can start with `word`
 */
export function mayStartCue(index: CueIndex, word: string): boolean {
  const filter = index.firstFilter;
  if (filter[wordHash(word, 0)] === 1) return true;
  return word.length > 2 && word.charCodeAt(0) === WAW_CODE && filter[wordHash(word, 1)] === 1;
}

/** `word` equals the cue word, or is it with the conjunction و glued in front ("وتويتر"). */
function sameWord(word: string, cueWord: string): boolean {
  return word === cueWord || (word.length === cueWord.length + 1 && word.startsWith(WAW) && word.endsWith(cueWord));
}

function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * A count with a magnitude suffix, as view counters print it: digits then one "k", "m" or "b" ("2k" of
 * "1.2K", "3m" of "3M views"; the key is lower-cased).
 */
function isSuffixedCount(word: string): boolean {
  const n = word.length - 1;
  if (n < 1) return false;
  const last = word.charCodeAt(n);
  if (last !== 0x6b && last !== 0x6d && last !== 0x62) return false; // k m b
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Arabic magnitude words after a number ("12 ألف مشاهدة", "3 ملايين مشاهدة"), as folded keys. */
const MAGNITUDES: ReadonlySet<string> = new Set(["الف", "الاف", "مليون", "ملايين", "مليار"]);

/**
 * The key word at `i` is a number: digits, a count with a magnitude suffix ("2k"), or an Arabic magnitude
 * word right after digits ("12 ألف"). Numbers are not counted as words when cues are matched, so a
 * counter "1.2K مشاهدة" is as much a cue line as "850 مشاهدة".
 */
function isNumberAt(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  const first = w.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return isDigits(w) || isSuffixedCount(w);
  return i > 0 && MAGNITUDES.has(w) && isDigits(words[i - 1]!);
}

/** The cues found in a block's words. */
export interface CueHits {
  /** words that are not pure numbers */
  wordCount: number;
  /** words covered by cues (greedy longest match, left to right), numbers excluded */
  covered: number;
  /** the kind covering most words, and its longest cue */
  dominant: CompiledCue | null;
  dominantCovered: number;
  /** the longest multi-word cue found */
  longestPhrase: CompiledCue | null;
  /** the word index where it starts */
  longestPhraseAt: number;
  /** the longest `anywhere` cue found */
  anywhere: CompiledCue | null;
}

function longestAt(index: CueIndex, words: readonly string[], i: number): CompiledCue | null {
  const w = words[i]!;
  if (!mayStartCue(index, w)) return null;
  let bucket = index.byFirst.get(w);
  if (!bucket && w.length > 2 && w.startsWith(WAW)) bucket = index.byFirst.get(w.slice(1));
  if (!bucket) return null;
  for (const cue of bucket) {
    if (i + cue.words.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < cue.words.length; k++) {
      if (!sameWord(words[i + k]!, cue.words[k]!)) {
        ok = false;
        break;
      }
    }
    if (ok) return cue;
  }
  return null;
}

/**
 * Find the cues in a block's key words.
 *
 * @param index - the compiled cues
 * @param words - the block's key, split on spaces
 * @returns coverage and the strongest cues found
 */
export function findCues(index: CueIndex, words: readonly string[]): CueHits {
  let wordCount = 0;
  let covered = 0;
  let longestPhrase: CompiledCue | null = null;
  let longestPhraseAt = -1;
  let anywhere: CompiledCue | null = null;
  // words covered per kind, kept in two small parallel arrays (few kinds fire on one line)
  let kinds: BlockKind[] | null = null;
  let counts: number[] = [];
  let best: CompiledCue[] = [];
  let i = 0;
  while (i < words.length) {
    if (isNumberAt(words, i)) {
      i++;
      continue;
    }
    wordCount++;
    const cue = longestAt(index, words, i);
    if (!cue) {
      i++;
      continue;
    }
    const n = cue.words.length;
    for (let k = 1; k < n; k++) if (!isDigits(words[i + k]!)) wordCount++;
    covered += n;
    if (kinds === null) {
      kinds = [cue.kind];
      counts = [n];
      best = [cue];
    } else {
      const at = kinds.indexOf(cue.kind);
      if (at < 0) {
        kinds.push(cue.kind);
        counts.push(n);
        best.push(cue);
      } else {
        counts[at]! += n;
        if (n > best[at]!.words.length) best[at] = cue;
      }
    }
    if (n >= 2 && (!longestPhrase || n > longestPhrase.words.length)) {
      longestPhrase = cue;
      longestPhraseAt = i;
    }
    if (cue.match === "anywhere" && (!anywhere || n > anywhere.words.length)) anywhere = cue;
    i += n;
  }
  let dominant: CompiledCue | null = null;
  let dominantCovered = 0;
  if (kinds !== null) {
    for (let k = 0; k < kinds.length; k++) {
      if (counts[k]! > dominantCovered) {
        dominant = best[k]!;
        dominantCovered = counts[k]!;
      }
    }
  }
  return { wordCount, covered, dominant, dominantCovered, longestPhrase, longestPhraseAt, anywhere };
}
