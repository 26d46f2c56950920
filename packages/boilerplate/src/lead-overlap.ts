/**
 * Title–lead word overlap. A page's title repeats the content words of the article's first
 * paragraphs (its lead); a ticker item or a "most read" headline above it is another story and
 * shares at most a word or two with that lead. The overlap is counted on crude stems: the folded
 * word (see `matchKey`) without one clitic prefix (و ف ب ل ك + ال) and one common suffix
 * (ية ات ون ين ي ه), of three letters or more, function words left out. Measured on the seed goldens:
 * every title shares four stems or more with the first two paragraphs, every ticker or list item
 * above a title at most two.
 */
import { foldKeyWords } from "./fold-key.ts";
import { matchKey } from "./match-key.ts";
import { FUNCTION_WORDS } from "./tables/function-words.ts";

const FUNCTION_KEYS = new Set(FUNCTION_WORDS.map(matchKey));

/** Clitic prefixes stripped before comparing, longest first. */
const PREFIXES = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف"];
/** Common suffixes stripped before comparing (folded: ة is ه), longest first. */
const SUFFIXES = ["يه", "ات", "ون", "ين", "ي", "ه"];
/** Shortest stem compared. */
const MIN_STEM = 3;

/** Shared stems that make a headline line the article's own title. */
export const LEAD_SHARED_MIN = 3;

/** First letters of the prefixes (و ب ف ك ل ا) and last letters of the suffixes (ه ت ن ي): a word that
 *  starts or ends with none of them is not looked up (most words on the hot path). */
const PREFIX_FIRST = new Set(PREFIXES.map((p) => p.charCodeAt(0)));
const SUFFIX_LAST = new Set(SUFFIXES.map((s) => s.charCodeAt(s.length - 1)));

function stem(word: string): string {
  let from = 0;
  let to = word.length;
  if (PREFIX_FIRST.has(word.charCodeAt(0))) {
    for (const p of PREFIXES) {
      if (to - p.length >= MIN_STEM && word.startsWith(p)) {
        from = p.length;
        break;
      }
    }
  }
  if (SUFFIX_LAST.has(word.charCodeAt(to - 1))) {
    for (const s of SUFFIXES) {
      if (to - from - s.length >= MIN_STEM && word.endsWith(s)) {
        to -= s.length;
        break;
      }
    }
  }
  return from === 0 && to === word.length ? word : word.slice(from, to);
}

/**
 * The content stems of a line or paragraph: its words folded for matching, function words left out,
 * each cut to a crude stem (one clitic prefix such as "وال" and one common suffix such as "ات" off;
 * three letters or more). Used to tell whether a headline belongs to an article (see {@link sharesLead}).
 *
 * @param text - a line or paragraph
 * @returns its content stems
 * @example
 * ```ts
 * leadStems("أعلنت الحكومة الجزائرية عن خطة جديدة"); // Set { "اعلنت", "حكوم", "جزاير", "خطه", "جديد" }
 * ```
 */
export function leadStems(text: string): Set<string> {
  const out = new Set<string>();
  // one folding pass that also finds the words (the normalizer only for text that needs it)
  const words = foldKeyWords(text) ?? foldKeyWords(matchKey(text)) ?? [];
  for (const word of words) {
    if (word.length < MIN_STEM || FUNCTION_KEYS.has(word)) continue;
    const s = stem(word);
    if (s.length >= MIN_STEM) out.add(s);
  }
  return out;
}

/**
 * True when a headline-shaped line shares enough content stems with the lead (the stems of the
 * article's first paragraphs, from {@link leadStems}) to be the article's own title: at least three,
 * and at least a third of its own stems. A ticker item or a "most read" headline of another story
 * shares a word or two at most.
 *
 * @param line - a headline-shaped line
 * @param lead - the stems of the article's first paragraphs
 * @returns true when the line is the article's own headline by its words
 * @example
 * ```ts
 * const lead = leadStems("أعلنت الحكومة الجزائرية اليوم عن خطة جديدة لدعم الفلاحين في الولايات الجنوبية.");
 * sharesLead("الحكومة الجزائرية تعلن خطة جديدة لدعم الفلاحين", lead); // true
 * sharesLead("ارتفاع أسعار النفط في الأسواق العالمية", lead); // false
 * ```
 */
export function sharesLead(line: string, lead: ReadonlySet<string>): boolean {
  if (lead.size === 0) return false;
  return echoes(leadOverlap(line, lead), LEAD_SHARED_MIN, 3);
}

/** How many of a line's content stems are in the lead (`shared`), and how many it has (`own`). */
export interface LeadOverlap {
  shared: number;
  own: number;
}

/**
 * Count a line's content stems that the lead holds (see {@link leadStems}).
 *
 * @param line - a headline-shaped line
 * @param lead - the lead's stems
 * @returns the shared and own stem counts
 */
export function leadOverlap(line: string, lead: ReadonlySet<string>): LeadOverlap {
  const own = leadStems(line);
  let shared = 0;
  for (const s of own) if (lead.has(s)) shared++;
  return { shared, own: own.size };
}

/**
 * The overlap is an echo: at least `min` shared stems, and at least one in `share` of the line's own.
 *
 * @param overlap - from {@link leadOverlap}
 * @param min - fewest shared stems
 * @param share - the shared stems are at least 1/share of the line's own
 * @returns true when the line echoes the lead so
 */
export function echoes(overlap: LeadOverlap, min: number, share: number): boolean {
  return overlap.shared >= min && overlap.shared * share >= overlap.own;
}
