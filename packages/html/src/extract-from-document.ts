/**
 * The DOM entry point: a parsed `Document` (a browser's `DOMParser`, linkedom, jsdom, happy-dom) read as
 * the HTML it serialises to, so the same engine and offsets apply.
 */
import { type ExtractArticleOptions, extractArticle } from "./extract-article.ts";
import type { HtmlArticle } from "./types.ts";

/** What {@link extractArticleFromDocument} reads of a DOM document: its root element's markup. */
export interface DocumentLike {
  /** the `<html>` element (any object with the serialised markup in `outerHTML`) */
  documentElement: { outerHTML: string } | null;
}

/**
 * {@link extractArticle} on a DOM `Document`, as Readability takes one: the document's root element is
 * serialised (`documentElement.outerHTML`) and parsed like an HTML string. Offsets (`htmlStart`,
 * `htmlEnd`) point into that serialisation, which a browser normalises (attribute quotes, entities), so
 * they match the document's `outerHTML`, not the bytes the server sent.
 *
 * @param document - a DOM document, or any object with `documentElement.outerHTML`
 * @param options - as for {@link extractArticle}
 * @returns the article
 * @throws TypeError when `document` has no `documentElement` with a string `outerHTML`
 * @example
 * ```ts
 * const doc = new DOMParser().parseFromString(html, "text/html");
 * extractArticleFromDocument(doc).title?.text; // the printed headline
 * ```
 */
export function extractArticleFromDocument(document: DocumentLike, options?: ExtractArticleOptions): HtmlArticle {
  const markup = document?.documentElement?.outerHTML;
  if (typeof markup !== "string") {
    throw new TypeError("document must be a DOM Document (documentElement.outerHTML must be a string)");
  }
  return extractArticle(markup, options);
}
