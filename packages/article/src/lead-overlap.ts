/**
 * The lead of an article (its first paragraphs) as the content-word stems a title repeats, read
 * incrementally. The stems and the "shares the lead" rule are `@nass/boilerplate`'s (`leadStems`,
 * `sharesLead`), so the chrome classifier and the article parser judge a title by one rule.
 */
import { leadStems, sharesLead } from "@nass/boilerplate";

/** Paragraphs of the body that make the lead. */
const LEAD_PARAGRAPHS = 2;
/** Most UTF-16 units of each lead paragraph read for its stems. */
const LEAD_CHARS = 600;

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
    // a title echoes the lead's first sentences: stemming whole long paragraphs cost a tenth of the parse
    const end = Math.min(span.end, span.start + LEAD_CHARS);
    for (const s of leadStems(this.text.slice(span.start, end))) this.stems.add(s);
    return true;
  }

  /** The line shares enough content stems with the lead to be the article's own title (`sharesLead`). */
  shares(start: number, end: number): boolean {
    const line = this.text.slice(start, end);
    for (;;) {
      if (sharesLead(line, this.stems)) return true;
      if (!this.readNext()) return false;
    }
  }

  /** The line shares at least one content stem with the lead (read only as far as needed). */
  sharesAny(start: number, end: number): boolean {
    const own = leadStems(this.text.slice(start, end));
    if (own.size === 0) return false;
    for (;;) {
      for (const s of own) if (this.stems.has(s)) return true;
      if (!this.readNext()) return false;
    }
  }

  /** How many content stems of the line are in the lead. */
  sharedWith(start: number, end: number): number {
    while (this.readNext());
    let shared = 0;
    for (const s of leadStems(this.text.slice(start, end))) if (this.stems.has(s)) shared++;
    return shared;
  }
}
