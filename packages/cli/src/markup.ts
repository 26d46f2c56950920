/**
 * Is a document HTML or page text? By the file's extension, else by its first characters; `--html` and
 * `--text` override both.
 */

import { looksLikeHtml } from "@nass/html";

/** How a run decides whether a document is HTML: `detect` (extension, then content), or forced. */
export type Markup = "detect" | "html" | "text";

/** File extensions read as HTML (case-insensitive). */
export const HTML_EXTENSIONS = [".html", ".htm", ".xhtml"] as const;

/**
 * Whether a file name says HTML: `.html`, `.htm` or `.xhtml`, in any case.
 *
 * @param name - a file path (`-` for stdin says nothing)
 * @returns true for an HTML extension
 */
export function hasHtmlExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return HTML_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** Whether a text is an HTML document: `@nass/html`'s test, which the playground uses too. */
export { looksLikeHtml };

/**
 * Decide whether one document is HTML.
 *
 * @param markup - the run's setting (`--html`, `--text`, or detection)
 * @param text - the document
 * @param declared - true when the source says HTML (an HTML file extension, a JSONL `html` field)
 * @returns true to read the document as HTML
 */
export function isHtml(markup: Markup, text: string, declared: boolean): boolean {
  if (markup !== "detect") return markup === "html";
  return declared || looksLikeHtml(text);
}
