export { type ExtractArticleOptions, extractArticle } from "./extract-article.ts";
export { type DocumentLike, extractArticleFromDocument } from "./extract-from-document.ts";
export { looksLikeHtml } from "./looks-like-html.ts";
export type { PageMetadata } from "./metadata.ts";
export type { HtmlArticle, HtmlHeadlineList, HtmlParagraph, HtmlRange, HtmlSpan } from "./types.ts";
