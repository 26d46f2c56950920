// The result shapes the playground renders, as written in docs/contract.md. The playground reads
// the libraries through these so it keeps building while a package is still a placeholder.

/** `[start, end)` UTF-16 offsets into the caller's input; `text === input.slice(start, end)`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** A span with a parsed name beside it (authors, source). */
export interface NameSpan extends Span {
  name: string;
}

/** A span with an ISO 8601 date beside it. */
export interface DateSpan extends Span {
  iso: string;
}

/** One line of the page, classified by `@nass/boilerplate`. */
export interface Block extends Span {
  index: number;
  kind: string;
  boilerplate: boolean;
  reason: string | null;
  duplicateOf: number | null;
}

/** A run of headline links ("الأكثر قراءة", "اقرأ أيضا"...). */
export interface HeadlineList {
  kind: string;
  heading: Span | null;
  items: Span[];
  start: number;
  end: number;
}

/** What `stripBoilerplate` returns. */
export interface StripResult {
  text: string;
  blocks: Block[];
  lists: HeadlineList[];
}

/** A body paragraph of an article. */
export interface Paragraph extends Span {
  kind: string;
  sentences: Span[];
}

/** What `parseArticle` returns. */
export interface Article {
  title: Span | null;
  kicker: Span | null;
  subtitles: Span[];
  captions: Span[];
  authors: NameSpan[];
  dateline: Span | null;
  source: NameSpan | null;
  published: DateSpan | null;
  pageDate: DateSpan | null;
  categories: Span[];
  paragraphs: Paragraph[];
  lists: HeadlineList[];
  removed: (Span & { kind: string; reason: string })[];
  stats: { words: number; readingMinutes: number; arabicRatio: number };
}

/** A page embedded at build time from ../seeds. */
export interface Seed {
  /** the fixture folder's name, e.g. `002_f58725ca21a85ab9` */
  id: string;
  /** true for the real scraped pages (`NNN_<hash>`), false for hand-written imitations */
  real: boolean;
  text: string;
  /** the folder's options.json (passed to parseArticle), or null */
  options: Record<string, unknown> | null;
}
