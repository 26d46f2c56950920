/**
 * Title–lead word overlap (the twin of `@nass/boilerplate`'s rule, kept internal there): a page's
 * title repeats content words of the article's first paragraphs (its lead), a ticker or "most read"
 * headline of another story shares at most a word or two with it. Words are folded (`lookupKey`),
 * function words dropped, and cut to a crude stem: one clitic prefix (و ف ب ل ك + ال) and one common
 * suffix (ية ات ون ين ي ه) off, three letters or more left. On the seed goldens every title shares
 * four stems or more with the first two paragraphs, every ticker or list item above a title at most two.
 */
import { FUNCTION_WORDS } from "./data/byline-cues.ts";
import { lookupKey } from "./lookup-key.ts";

const FUNCTION_KEYS = new Set(FUNCTION_WORDS.map(lookupKey));
/** Clitic prefixes stripped before comparing, longest first. */
const PREFIXES = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف"];
/** Common suffixes stripped before comparing (folded: ة is ه), longest first. */
const SUFFIXES = ["يه", "ات", "ون", "ين", "ي", "ه"];
/** Shortest stem compared. */
const MIN_STEM = 3;
/** Shared stems that make a headline line the article's own title. */
const LEAD_SHARED_MIN = 3;

function stem(word: string): string {
  let w = word;
  for (const p of PREFIXES) {
    if (w.length - p.length >= MIN_STEM && w.startsWith(p)) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of SUFFIXES) {
    if (w.length - s.length >= MIN_STEM && w.endsWith(s)) {
      w = w.slice(0, w.length - s.length);
      break;
    }
  }
  return w;
}

/** True for an Arabic letter (U+0621..U+064A, U+0671..U+06D3) or a Latin letter. */
function isWordChar(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x0640 ||
    (c >= 0x064b && c <= 0x065f)
  );
}

/** The content stems of `text.slice(start, end)`, added to `into`. */
export function addLeadStems(text: string, start: number, end: number, into: Set<string>): Set<string> {
  let i = start;
  while (i < end) {
    while (i < end && !isWordChar(text.charCodeAt(i))) i++;
    const from = i;
    while (i < end && isWordChar(text.charCodeAt(i))) i++;
    if (i - from < MIN_STEM) continue;
    const key = lookupKey(text.slice(from, i));
    if (FUNCTION_KEYS.has(key)) continue;
    const s = stem(key);
    if (s.length >= MIN_STEM) into.add(s);
  }
  return into;
}

function countShared(own: ReadonlySet<string>, lead: ReadonlySet<string>): number {
  let shared = 0;
  for (const s of own) if (lead.has(s)) shared++;
  return shared;
}

/** Paragraphs of the body that make the lead. */
const LEAD_PARAGRAPHS = 2;

/**
 * The lead's stems, read one paragraph at a time as a question needs more of it: most titles share
 * their words with the first paragraph already, so the second is rarely read. Both questions only
 * grow with the lead, so reading more can only turn a "no" into a "yes" and the answers equal those on
 * the whole lead.
 */
export class Lead {
  private readonly text: string;
  private readonly spans: readonly { start: number; end: number }[];
  private read = 0;
  private readonly stems = new Set<string>();

  /**
   * @param text - the page
   * @param spans - the body's first paragraphs, in order (only the first two are read)
   */
  constructor(text: string, spans: readonly { start: number; end: number }[]) {
    this.text = text;
    this.spans = spans.slice(0, LEAD_PARAGRAPHS);
  }

  private readNext(): boolean {
    const span = this.spans[this.read];
    if (!span) return false;
    this.read++;
    addLeadStems(this.text, span.start, span.end, this.stems);
    return true;
  }

  /**
   * True when the line shares enough content stems with the lead to be the article's own title: at
   * least three, and at least a third of its own.
   */
  shares(start: number, end: number): boolean {
    const own = addLeadStems(this.text, start, end, new Set());
    for (;;) {
      const shared = countShared(own, this.stems);
      if (shared >= LEAD_SHARED_MIN && shared * 3 >= own.size) return true;
      if (!this.readNext()) return false;
    }
  }

  /** How many content stems of the line are in the lead. */
  sharedWith(start: number, end: number): number {
    while (this.readNext());
    return countShared(addLeadStems(this.text, start, end, new Set()), this.stems);
  }
}
