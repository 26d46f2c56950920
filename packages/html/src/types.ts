import type { ArticleStats, DateSpan, HeadlineList, NameSpan, Paragraph, RemovedBlock, Span } from "@nass/article";
import type { PageMetadata } from "./metadata.ts";
import type { HtmlRange } from "./offset-map.ts";

export type { HtmlRange } from "./offset-map.ts";

/**
 * A span of the rendered text that also says where it lies in the HTML source:
 * `text === article.text.slice(start, end)`, and `html.slice(htmlStart, htmlEnd)` is the markup it
 * was rendered from (for plain text without entities or collapsed white space, the same characters).
 *
 * @example
 * ```ts
 * const html = "<p>نص <b>عريض</b></p>";
 * const span: HtmlSpan = extractArticle(html).title!; // { text: "نص عريض", start: 0, end: 7, htmlStart: 3, htmlEnd: 13 }
 * html.slice(span.htmlStart, span.htmlEnd); // "نص <b>عريض"
 * ```
 */
export type HtmlSpan<T extends Span = Span> = T & HtmlRange;

/**
 * A body paragraph whose sentences carry HTML offsets too.
 *
 * @example
 * ```ts
 * const paragraph: HtmlParagraph = extractArticle(html).paragraphs[0]!;
 * paragraph.sentences.map((s) => html.slice(s.htmlStart, s.htmlEnd)); // each sentence's markup
 * ```
 */
export interface HtmlParagraph extends HtmlSpan<Omit<Paragraph, "sentences">> {
  /** the paragraph's sentences */
  sentences: HtmlSpan[];
}

/**
 * A headline list whose heading and items carry HTML offsets too.
 *
 * @example
 * ```ts
 * const lists: HtmlHeadlineList[] = extractArticle(html).lists;
 * lists.map((list) => [list.kind, list.heading?.text, list.items.length]); // e.g. [["most-read", "الأكثر قراءة", 10]]
 * ```
 */
export interface HtmlHeadlineList extends Omit<HeadlineList, "heading" | "items"> {
  /** the heading line, or null */
  heading: HtmlSpan | null;
  /** the items */
  items: HtmlSpan[];
}

/**
 * The article of an HTML page: `@nass/article`'s `Article` fields parsed from the page's rendered
 * text (`start`/`end` index `text`), every span also carrying `htmlStart`/`htmlEnd` into the HTML
 * source, plus what the markup says (URL, language, direction, metadata) and the best title and
 * publication day after cross-checking both. Plain data: `JSON.stringify` keeps all of it.
 *
 * @example
 * ```ts
 * const html = "<html lang=ar dir=rtl><body><h1>المنتخب يتأهل إلى النهائي</h1><p>تأهل المنتخب الوطني إلى النهائي بعد فوزه أمس.</p></body></html>";
 * const article: HtmlArticle = extractArticle(html);
 * article.title?.text; // "المنتخب يتأهل إلى النهائي"
 * html.slice(article.title!.htmlStart, article.title!.htmlEnd); // "المنتخب يتأهل إلى النهائي"
 * article.lang; // "ar"
 * ```
 */
export interface HtmlArticle {
  /** the page's visible text, one block element per line: every `start`/`end` indexes it */
  text: string;
  /** the headline printed on the page; when none was found, the metadata title (site suffix trimmed) if it is a line of `text`; else null */
  title: HtmlSpan | null;
  /** where `title` came from: the printed page, the metadata title found as a line of the text, or nothing */
  titleSource: "text" | "metadata" | null;
  /** the best title string: `title.text`, else the metadata title with a trailing site name trimmed, else null */
  headline: string | null;
  /** the overline printed above the title */
  kicker: HtmlSpan | null;
  /** decks between the title and the body */
  subtitles: HtmlSpan[];
  /** image captions */
  captions: HtmlSpan[];
  /** the authors named in bylines (the metadata's are in `metadata.authors`) */
  authors: HtmlSpan<NameSpan>[];
  /** the place of the dateline */
  dateline: HtmlSpan | null;
  /** the agency or site credit */
  source: HtmlSpan<NameSpan> | null;
  /** the publication date printed on the page (a span), or null; the metadata's is `metadata.published` */
  published: HtmlSpan<DateSpan> | null;
  /** the best publication day, `YYYY-MM-DD`: the day of `published.iso`, else of `metadata.published`, else null */
  publishedDate: string | null;
  /** the site's "today" header: not a publication date */
  pageDate: HtmlSpan<DateSpan> | null;
  /** sections from breadcrumbs and category strips */
  categories: HtmlSpan[];
  /** the body */
  paragraphs: HtmlParagraph[];
  /** headline lists (most-read, related, ...) */
  lists: HtmlHeadlineList[];
  /** every boilerplate line with its kind and reason */
  removed: HtmlSpan<RemovedBlock>[];
  /** counts over the body */
  stats: ArticleStats;
  /** the canonical URL (`<link rel="canonical">`), else `og:url`, else null; as written */
  url: string | null;
  /** the `lang` attribute of `<html>`, or null */
  lang: string | null;
  /** the `dir` attribute of `<html>`, lowercased (`"rtl"`, `"ltr"`, `"auto"`), or null */
  dir: string | null;
  /** what the page's markup says about it */
  metadata: PageMetadata;
}
