import type { Article, Span } from "./types.ts";

function withNormalized<T extends Span>(span: T, normalizer: (text: string) => string): T {
  return { ...span, normalized: normalizer(span.text) };
}

/**
 * Give every span of an article a `normalized` field (its text through `normalizer`); offsets
 * and text are unchanged. Returns a new article.
 *
 * @param article - the article
 * @param normalizer - the text normalizer
 * @returns a copy with `normalized` on every span
 */
export function addNormalized(article: Article, normalizer: (text: string) => string): Article {
  const one = <T extends Span>(span: T | null): T | null => (span ? withNormalized(span, normalizer) : null);
  const all = <T extends Span>(spans: readonly T[]): T[] => spans.map((span) => withNormalized(span, normalizer));
  return {
    title: one(article.title),
    kicker: one(article.kicker),
    subtitles: all(article.subtitles),
    captions: all(article.captions),
    authors: all(article.authors),
    dateline: one(article.dateline),
    source: one(article.source),
    published: one(article.published),
    pageDate: one(article.pageDate),
    categories: all(article.categories),
    paragraphs: article.paragraphs.map((p) => ({ ...withNormalized(p, normalizer), sentences: all(p.sentences) })),
    lists: article.lists.map((list) => ({ ...list, heading: one(list.heading), items: all(list.items) })),
    removed: all(article.removed),
    stats: article.stats,
  };
}
