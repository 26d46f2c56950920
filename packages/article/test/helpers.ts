import { assertSpans, type SpanLike } from "../../../tools/assert-spans.ts";
import { type Article, parseArticle } from "../src/index.ts";

/**
 * Check every span of an article against the contract (docs/contract.md): text equals the slice,
 * in bounds, trimmed; lists ordered; paragraphs and their sentences ordered and non-overlapping.
 */
export function assertArticleSpans(input: string, article: Article): void {
  const single = (label: string, span: SpanLike | null) => {
    if (span) assertSpans(input, [span], { trimmed: true, label });
  };
  const many = (label: string, spans: readonly SpanLike[], nonOverlapping = false) =>
    assertSpans(input, spans, { trimmed: true, label, nonOverlapping });
  single("title", article.title);
  single("kicker", article.kicker);
  single("dateline", article.dateline);
  single("source", article.source);
  single("published", article.published);
  single("pageDate", article.pageDate);
  many("subtitles", article.subtitles, true);
  many("captions", article.captions, true);
  many("authors", article.authors);
  many("categories", article.categories, true);
  many("paragraphs", article.paragraphs, true);
  for (const paragraph of article.paragraphs) {
    many("sentences", paragraph.sentences, true);
    for (const sentence of paragraph.sentences) {
      if (sentence.start < paragraph.start || sentence.end > paragraph.end) {
        throw new Error(`sentence [${sentence.start}, ${sentence.end}) outside its paragraph`);
      }
    }
  }
  many("removed", article.removed, true);
  for (const list of article.lists) {
    if (list.heading) single("list heading", list.heading);
    many("list items", list.items, true);
  }
}

/** Parse a page made of `lines` (joined by "\n"), checking every span against the contract. */
export function page(...lines: string[]): Article {
  const text = lines.join("\n");
  const article = parseArticle(text);
  assertArticleSpans(text, article);
  return article;
}
