/** The credit parts of an article (authors, dateline, source), gathered in page order by the passes. */
import { findAgency, isMediaWord } from "./agency-lookup.ts";
import type { Credit } from "./bylines.ts";
import { STAFF_COLLECTIVES } from "./data/staff-collectives.ts";
import { wordsOf } from "./line-shape.ts";
import { lookupKey } from "./lookup-key.ts";
import { cleanName } from "./name-span.ts";
import type { NameSpan, Span } from "./types.ts";

/** Quotation marks around a newspaper's name in a credit. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "«", "“", "”", "'"]);

/** lookup keys of the newsroom bylines that name no person ("فريق التحرير") */
const STAFF_KEYS: ReadonlySet<string> = new Set(STAFF_COLLECTIVES.map(lookupKey));

/** The credit parts of an article, gathered in page order. */
export class Credits {
  authors: NameSpan[] = [];
  dateline: Span | null = null;
  source: NameSpan | null = null;
  private names = new Set<string>();

  /** The dateline turned out to name the site: make it the source (when none is known). */
  moveDatelineToSource(): void {
    const place = this.dateline;
    if (!place) return;
    this.dateline = null;
    if (!this.source) this.source = { ...place, name: cleanName(place.text) };
  }

  /** The page names the story's original outlet ("نشر في الخبر يوم ..."): it is the source. */
  setOriginalSource(outlet: NameSpan | null): void {
    if (!outlet || this.originalSource) return;
    this.originalSource = true;
    this.source = outlet;
  }
  private originalSource = false;

  /** lookup keys of the site's name seen in the masthead */
  siteKeys: ReadonlySet<string> = new Set();

  constructor(private readonly text: string) {}

  /**
   * A byline "author" that is a newspaper, site or agency: in quotes ("النهار الجديد"), holding a
   * media word (صحيفة، موقع، وكالة، قناة...), a known agency, or the site's name from the masthead.
   */
  private isMediaName(author: NameSpan): boolean {
    const before = author.start > 0 ? this.text[author.start - 1]! : "";
    if (QUOTE_MARKS.has(before)) return true;
    if (findAgency(author.text) !== undefined || this.siteKeys.has(lookupKey(author.text))) return true;
    return wordsOf(this.text, author.start, author.end).some((w) => isMediaWord(w.key));
  }

  add(credit: Credit | null): void {
    if (!credit) return;
    for (const author of credit.authors) {
      if (STAFF_KEYS.has(lookupKey(author.name))) continue;
      if (this.isMediaName(author)) {
        if (!this.source) this.source = author;
        continue;
      }
      const key = lookupKey(author.name);
      if (this.names.has(key)) continue;
      this.names.add(key);
      this.authors.push(author);
    }
    if (!this.dateline && credit.dateline) this.dateline = credit.dateline;
    if (!this.source && credit.source) this.source = credit.source;
  }
}
