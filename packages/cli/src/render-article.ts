/**
 * Plain-text and Markdown views of a parsed article (`nass parse --format text|markdown`), from a page's
 * text (`Article`) or its HTML (`HtmlArticle`). The JSON view is the article object itself.
 */
import type { Article, HtmlArticle, Span } from "./libraries";

/** An article from page text, or from HTML with its metadata headline and publication day. */
type AnyArticle = Article | HtmlArticle;

/**
 * The title span, or for HTML input the metadata headline when the page prints no title (the reader of
 * a text or Markdown view wants a title; the JSON keeps `title: null` and `headline` apart).
 */
function titleOf(article: AnyArticle): Span | null {
  if (article.title !== null) return article.title;
  const headline = "headline" in article ? article.headline : null;
  return headline ? { text: headline, start: -1, end: -1 } : null;
}

/** The printed publication date, else (HTML input) the metadata day `YYYY-MM-DD`. */
function publishedOf(article: AnyArticle): string | null {
  if (article.published !== null) return article.published.iso;
  return "publishedDate" in article ? article.publishedDate : null;
}

const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029]/g;

/** Put a span's text on one line (article fields never contain line breaks, but a caller's options might). */
function oneLine(span: Span): string {
  return span.text.replace(LINE_BREAKS, " ");
}

/**
 * The article as plain text: kicker, title and subtitles one per line, then a blank line, then the
 * paragraphs separated by blank lines. Page chrome, lists and metadata are left out (for HTML input a
 * page without a printed title shows the metadata headline).
 *
 * @param article - the parsed article
 * @returns the text, ending with a newline unless empty
 */
export function renderArticleText(article: AnyArticle): string {
  const head = [article.kicker, titleOf(article), ...article.subtitles]
    .filter((s): s is Span => s !== null)
    .map(oneLine);
  const body = article.paragraphs.map(oneLine);
  const sections = [head.join("\n"), body.join("\n\n")].filter((s) => s.length > 0);
  return sections.length === 0 ? "" : `${sections.join("\n\n")}\n`;
}

const INLINE_SPECIAL = /[\\`*_[\]<>|]/g;
const BLOCK_MARK = /^[#>\-+=]/;
const ORDERED_MARK = /^(\d+)([.)])/;

/**
 * Escape Markdown syntax in a line of page text so it renders as the literal text.
 *
 * @param text - one line of text
 * @returns the escaped line
 */
export function escapeMarkdown(text: string): string {
  const escaped = text.replace(INLINE_SPECIAL, "\\$&");
  if (BLOCK_MARK.test(escaped)) return `\\${escaped}`;
  return escaped.replace(ORDERED_MARK, "$1\\$2");
}

function md(span: Span): string {
  return escapeMarkdown(oneLine(span));
}

/**
 * The article as Markdown: kicker in italics, `#` title, subtitles as quotes, a metadata line
 * (authors, dateline, source, publication date, categories), then the body with `##` subheadings.
 * For HTML input a page without a printed title or date shows the metadata headline and day.
 *
 * @param article - the parsed article
 * @returns the Markdown document, ending with a newline unless empty
 */
export function renderArticleMarkdown(article: AnyArticle): string {
  const blocks: string[] = [];
  if (article.kicker) blocks.push(`*${md(article.kicker)}*`);
  const title = titleOf(article);
  if (title) blocks.push(`# ${md(title)}`);
  for (const subtitle of article.subtitles) blocks.push(`> ${md(subtitle)}`);
  const meta: string[] = [];
  if (article.authors.length > 0) meta.push(article.authors.map((a) => escapeMarkdown(a.name)).join("، "));
  if (article.dateline) meta.push(md(article.dateline));
  if (article.source) meta.push(escapeMarkdown(article.source.name));
  const published = publishedOf(article);
  if (published) meta.push(published);
  if (article.categories.length > 0) meta.push(article.categories.map(md).join("، "));
  if (meta.length > 0) blocks.push(`*${meta.join(" · ")}*`);
  for (const paragraph of article.paragraphs) {
    blocks.push(paragraph.kind === "subheading" ? `## ${md(paragraph)}` : md(paragraph));
  }
  for (const caption of article.captions) blocks.push(`*${md(caption)}*`);
  return blocks.length === 0 ? "" : `${blocks.join("\n\n")}\n`;
}
