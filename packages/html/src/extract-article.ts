import { type ParseArticleOptions, parseArticle, type Span } from "@nass/article";
import { dayOf } from "./metadata.ts";
import { renderHtml } from "./render.ts";
import type { HtmlArticle, HtmlSpan } from "./types.ts";

/**
 * Options of {@link extractArticle}. Every option is optional.
 *
 * @example
 * ```ts
 * extractArticle(html, { hidden: "keep", article: { referenceDate: "2024-05-20" } });
 * ```
 */
export interface ExtractArticleOptions {
  /**
   * Options passed to `@nass/article`'s `parseArticle` for the rendered text (`normalize`,
   * `referenceDate`, `wordsPerMinute`, `boilerplate`); its errors are thrown as they are.
   *
   * @defaultValue `{}`
   */
  article?: ParseArticleOptions;
  /**
   * What to do with elements hidden by the `hidden` attribute or an inline `display: none` /
   * `visibility: hidden` style: `"drop"` them from the rendered text, or `"keep"` them.
   * (`aria-hidden="true"` hides an element from screen readers only, not from the eye: it is kept.)
   *
   * @defaultValue `"drop"`
   */
  hidden?: "drop" | "keep";
  /**
   * Whether the metadata title (site suffix trimmed) stands in for a title the printed page lacks:
   * as `headline`, and as `title` when it is a whole line of the rendered text above the body.
   *
   * @defaultValue `true`
   */
  titleFromMetadata?: boolean;
}

const SUFFIX_SEPARATOR = /\s+[-|–—•·:]{1,2}\s+/gu;
const collapse = (value: string): string => value.replace(/\s+/gu, " ").trim();

/**
 * A title without a trailing site name (" - Site", " | Site", " — Site"): the last segment is cut
 * when it equals the site name, or, when the page names no site, when it is at most four words.
 */
export function trimSiteSuffix(title: string, siteName: string | null): string {
  let last: RegExpExecArray | null = null;
  SUFFIX_SEPARATOR.lastIndex = 0;
  for (let m = SUFFIX_SEPARATOR.exec(title); m !== null; m = SUFFIX_SEPARATOR.exec(title)) last = m;
  if (last === null || last.index === 0) return title;
  const head = title.slice(0, last.index).trim();
  const suffix = collapse(title.slice(last.index + last[0].length));
  if (head === "" || suffix === "") return title;
  if (siteName !== null) return suffix.toLowerCase() === collapse(siteName).toLowerCase() ? head : title;
  return suffix.split(" ").length <= 4 ? head : title;
}

/** The first whole line of `text` equal to `line` ending at or before `limit`, as a span, or null. */
function findLine(text: string, line: string, limit: number): Span | null {
  if (line === "") return null;
  for (let at = text.indexOf(line); at >= 0 && at + line.length <= limit; at = text.indexOf(line, at + 1)) {
    const end = at + line.length;
    if ((at === 0 || text[at - 1] === "\n") && (end === text.length || text[end] === "\n")) {
      return { text: line, start: at, end };
    }
  }
  return null;
}

function checkOptions(
  options: unknown,
): Required<Omit<ExtractArticleOptions, "article">> & { article: ParseArticleOptions } {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new RangeError(`options must be an object, got ${options === null ? "null" : typeof options}`);
  }
  const { article = {}, hidden = "drop", titleFromMetadata = true } = options as ExtractArticleOptions;
  if (hidden !== "drop" && hidden !== "keep") {
    throw new RangeError(`hidden must be "drop" or "keep", got ${String(hidden)}`);
  }
  if (typeof titleFromMetadata !== "boolean") {
    throw new RangeError(`titleFromMetadata must be a boolean, got ${String(titleFromMetadata)}`);
  }
  if (typeof article !== "object" || article === null || Array.isArray(article)) {
    throw new RangeError(`article must be an options object, got ${article === null ? "null" : String(article)}`);
  }
  return { article, hidden, titleFromMetadata };
}

/**
 * Extract the article from a news page's HTML: the page is rendered to text (block elements on
 * their own lines; scripts, styles, templates and hidden elements dropped; entities decoded; white
 * space collapsed) with a map back to the HTML source, its metadata is read (Open Graph, Twitter
 * cards, `<meta>`, JSON-LD articles, `<time datetime>`, canonical link, `<html lang dir>`), and
 * `@nass/article`'s `parseArticle` parses the rendered text (its core-first engine finds the article
 * and strips the chrome around it).
 *
 * Offsets: `start`/`end` of every span index the returned `text`; `htmlStart`/`htmlEnd` index the
 * HTML source. The printed title and date win; the metadata fills `headline` and `publishedDate`
 * when the page prints none.
 *
 * @param html - the page's HTML (a whole document or a fragment; malformed or truncated is fine)
 * @param options - see {@link ExtractArticleOptions}
 * @returns the article; absent fields are `null` or `[]` (an empty, script-only or non-Arabic page gives an empty body)
 * @throws TypeError when `html` is not a string; RangeError for an invalid option value
 *
 * @example
 * ```ts
 * const html = `<html lang="ar" dir="rtl"><head>
 *   <meta property="og:title" content="المنتخب يتأهل إلى النهائي - الموقع">
 *   <meta property="article:published_time" content="2024-05-20T10:00:00+03:00">
 * </head><body><nav><a href="/">الرئيسية</a></nav>
 *   <h1>المنتخب يتأهل إلى النهائي</h1>
 *   <p>تأهل المنتخب الوطني إلى النهائي بعد فوزه أمس على منافسه بهدفين نظيفين في المباراة.</p>
 * </body></html>`;
 * const article = extractArticle(html);
 * article.title?.text; // "المنتخب يتأهل إلى النهائي"
 * article.publishedDate; // "2024-05-20"
 * article.paragraphs.length; // 1
 * html.slice(article.paragraphs[0]!.htmlStart, article.paragraphs[0]!.htmlEnd); // the paragraph's source
 * ```
 */
export function extractArticle(html: string, options: ExtractArticleOptions = {}): HtmlArticle {
  if (typeof html !== "string") {
    throw new TypeError(`html must be a string, got ${html === null ? "null" : typeof html}`);
  }
  const { article: articleOptions, hidden, titleFromMetadata } = checkOptions(options);
  const rendered = renderHtml(html, hidden === "keep");
  const article = parseArticle(rendered.text, articleOptions);
  const { metadata, url } = rendered.meta.resolve();
  const map = rendered.map;
  const at = <T extends Span>(span: T): HtmlSpan<T> => ({ ...span, ...map.range(span.start, span.end) });
  const maybe = <T extends Span>(span: T | null): HtmlSpan<T> | null => (span === null ? null : at(span));

  let title = article.title;
  let titleSource: HtmlArticle["titleSource"] = title === null ? null : "text";
  let headline = title?.text ?? null;
  if (title === null && titleFromMetadata && metadata.title !== null) {
    headline = trimSiteSuffix(metadata.title, metadata.siteName);
    title = findLine(rendered.text, headline, article.paragraphs[0]?.start ?? rendered.text.length);
    if (title !== null) titleSource = "metadata";
  }

  return {
    text: rendered.text,
    title: maybe(title),
    titleSource,
    headline,
    kicker: maybe(article.kicker),
    subtitles: article.subtitles.map(at),
    captions: article.captions.map(at),
    authors: article.authors.map(at),
    dateline: maybe(article.dateline),
    source: maybe(article.source),
    published: maybe(article.published),
    publishedDate: dayOf(article.published?.iso ?? null) ?? dayOf(metadata.published),
    pageDate: maybe(article.pageDate),
    categories: article.categories.map(at),
    paragraphs: article.paragraphs.map((p) => ({ ...at(p), sentences: p.sentences.map(at) })),
    lists: article.lists.map((list) => ({ ...list, heading: maybe(list.heading), items: list.items.map(at) })),
    removed: article.removed.map(at),
    stats: article.stats,
    url,
    lang: rendered.meta.lang,
    dir: rendered.meta.dir,
    metadata,
  };
}
