/**
 * Plain-text and Markdown views of a parsed article (`nass parse --format text|markdown`).
 * The JSON view is the `Article` object itself.
 */
import type { Article, Span } from "./libraries";

const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029]/g;

/** Put a span's text on one line (article fields never contain line breaks, but a caller's options might). */
function oneLine(span: Span): string {
  return span.text.replace(LINE_BREAKS, " ");
}

/**
 * The article as plain text: kicker, title and subtitles one per line, then a blank line, then the
 * paragraphs separated by blank lines. Page chrome, lists and metadata are left out.
 *
 * @param article - the parsed article
 * @returns the text, ending with a newline unless empty
 */
export function renderArticleText(article: Article): string {
  const head = [article.kicker, article.title, ...article.subtitles].filter((s): s is Span => s !== null).map(oneLine);
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
 *
 * @param article - the parsed article
 * @returns the Markdown document, ending with a newline unless empty
 */
export function renderArticleMarkdown(article: Article): string {
  const blocks: string[] = [];
  if (article.kicker) blocks.push(`*${md(article.kicker)}*`);
  if (article.title) blocks.push(`# ${md(article.title)}`);
  for (const subtitle of article.subtitles) blocks.push(`> ${md(subtitle)}`);
  const meta: string[] = [];
  if (article.authors.length > 0) meta.push(article.authors.map((a) => escapeMarkdown(a.name)).join("، "));
  if (article.dateline) meta.push(md(article.dateline));
  if (article.source) meta.push(escapeMarkdown(article.source.name));
  if (article.published) meta.push(article.published.iso);
  if (article.categories.length > 0) meta.push(article.categories.map(md).join("، "));
  if (meta.length > 0) blocks.push(`*${meta.join(" · ")}*`);
  for (const paragraph of article.paragraphs) {
    blocks.push(paragraph.kind === "subheading" ? `## ${md(paragraph)}` : md(paragraph));
  }
  for (const caption of article.captions) blocks.push(`*${md(caption)}*`);
  return blocks.length === 0 ? "" : `${blocks.join("\n\n")}\n`;
}
