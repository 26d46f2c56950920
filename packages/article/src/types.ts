import type { BlockKind, HeadlineList as BoilerplateHeadlineList } from "@nass/boilerplate";

/**
 * The result shapes of `@nass/article` (docs/contract.md: Span, Article). The block and list
 * shapes are `@nass/boilerplate`'s.
 */

/** A piece of the caller's input: `text === input.slice(start, end)`, UTF-16 offsets. */
export interface Span {
  /** `input.slice(start, end)` */
  text: string;
  /** inclusive UTF-16 index into the caller's input */
  start: number;
  /** exclusive UTF-16 index into the caller's input */
  end: number;
  /** the span's text passed through the `normalize` option's preset (only with that option) */
  normalized?: string;
}

/** A span naming a person or an organisation. */
export interface NameSpan extends Span {
  /** the name, cleaned (spaces collapsed, tatweel dropped); for a known agency, its full name */
  name: string;
}

/** A span holding a date. */
export interface DateSpan extends Span {
  /** ISO 8601: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, or a full UTC timestamp for relative dates */
  iso: string;
  /** for Hijri dates: the date as written (`iso` is its tabular-calendar Gregorian equivalent, ±1 day) */
  hijri?: { year: number; month: number; day: number };
}

/** A sentence of a paragraph (from `@nass/sentences`), offsets into the page. */
export type Sentence = Span;

/** A body paragraph. */
export interface Paragraph extends Span {
  /** `subheading` for an inline heading inside the body, else `text` */
  kind: "text" | "subheading";
  /** the paragraph's sentences, offsets into the page */
  sentences: Sentence[];
}

/**
 * What a block of the page is, one classified line of the page, and the kind of a headline list:
 * the shapes of `@nass/boilerplate` (docs/contract.md), re-exported so callers need one import.
 */
export type { Block, BlockKind, BlockZone, HeadlineListKind } from "@nass/boilerplate";

/**
 * A headline list of the page (most-read, related, ...), from `@nass/boilerplate`; its spans are this
 * package's `Span`s, so they carry `normalized` under the `normalize` option.
 */
export interface HeadlineList extends Omit<BoilerplateHeadlineList, "heading" | "items"> {
  /** the heading line, or null for a bare run of headline-shaped lines */
  heading: Span | null;
  /** the items, list markers stripped */
  items: Span[];
}

/** A block left out of the article as page chrome. */
export interface RemovedBlock extends Span {
  /** what the block is */
  kind: BlockKind;
  /** why it was removed (a machine-readable code such as `cue:most-read-heading`) */
  reason: string;
}

/** Counts over the body paragraphs. */
export interface ArticleStats {
  /** words in the body (runs of letters or digits between spaces) */
  words: number;
  /** `ceil(words / wordsPerMinute)`, 0 for an empty body */
  readingMinutes: number;
  /** share of the body's letters that are Arabic script, 0..1 (rounded to 3 decimals) */
  arabicRatio: number;
}

/**
 * A parsed article: every field located in the input (docs/contract.md `Article`).
 *
 * @example
 * ```ts
 * const article: Article = parseArticle("المنتخب يتأهل إلى النهائي\nتأهل المنتخب الوطني إلى النهائي بعد فوزه أمس.");
 * article.title?.text; // "المنتخب يتأهل إلى النهائي"
 * article.paragraphs.length; // 1
 * ```
 */
export interface Article {
  /** the headline, or null when the page has none */
  title: Span | null;
  /** the overline printed above the title ("تثبيت استراتيجية أمنية موحدة :") */
  kicker: Span | null;
  /** decks between the title and the body */
  subtitles: Span[];
  /** image captions (a caption printed twice is returned once) */
  captions: Span[];
  /** the authors named in bylines */
  authors: NameSpan[];
  /** the place of the dateline ("الجزائر") */
  dateline: Span | null;
  /** the agency or site credit ("واج", "أنباء انفو"); the span covers the name only */
  source: NameSpan | null;
  /** the publication date stated on the page */
  published: DateSpan | null;
  /** the site's "today" header: not a publication date */
  pageDate: DateSpan | null;
  /** sections from breadcrumbs and category strips */
  categories: Span[];
  /** the body */
  paragraphs: Paragraph[];
  /** headline lists (most-read, related, ...) */
  lists: HeadlineList[];
  /** every boilerplate block with its kind and reason */
  removed: RemovedBlock[];
  /** counts over the body */
  stats: ArticleStats;
}
