import { assertSpans, type SpanLike } from "../../../tools/assert-spans.ts";
import type { HtmlArticle, HtmlSpan } from "../src/index.ts";

/** Every span of the result in one list, with a label. */
export function allSpans(article: HtmlArticle): [string, HtmlSpan][] {
  const out: [string, HtmlSpan][] = [];
  const one = (label: string, span: HtmlSpan | null) => {
    if (span) out.push([label, span]);
  };
  one("title", article.title);
  one("kicker", article.kicker);
  one("dateline", article.dateline);
  one("source", article.source);
  one("published", article.published);
  one("pageDate", article.pageDate);
  for (const [label, spans] of [
    ["subtitles", article.subtitles],
    ["captions", article.captions],
    ["authors", article.authors],
    ["categories", article.categories],
    ["paragraphs", article.paragraphs],
    ["removed", article.removed],
  ] as const) {
    for (const span of spans) out.push([label, span]);
  }
  for (const p of article.paragraphs) for (const s of p.sentences) out.push(["sentence", s]);
  for (const list of article.lists) {
    one("list heading", list.heading);
    for (const item of list.items) out.push(["list item", item]);
  }
  return out;
}

/**
 * The contract for the rendered text (docs/contract.md: text === slice, in bounds, trimmed) and for
 * the HTML offsets: in bounds, ordered, and, for a span of plain text, the HTML slice holds its text.
 */
export function assertHtmlSpans(html: string, article: HtmlArticle): void {
  for (const [label, span] of allSpans(article)) {
    assertSpans(article.text, [span as SpanLike], { trimmed: true, label });
    if (!(span.htmlStart >= 0 && span.htmlStart <= span.htmlEnd && span.htmlEnd <= html.length)) {
      throw new Error(`${label}: html range [${span.htmlStart}, ${span.htmlEnd}) out of bounds`);
    }
  }
  assertSpans(article.text, article.paragraphs, { trimmed: true, nonOverlapping: true, label: "paragraphs" });
}
