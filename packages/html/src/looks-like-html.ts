/**
 * Is a document HTML or page text? The one test the CLI and the playground share.
 */

/** How far {@link looksLikeHtml} looks for a `<head>` or `<body>` tag. */
const SNIFF_CHARS = 2048;

const DOCUMENT_START = /^\s*<(?:!doctype\s+html|html)(?=[\s>/]|$)/i;
const HEAD_OR_BODY = /<(?:head|body)(?=[\s>/])/i;

/**
 * Whether a text is an HTML document: its first non-space characters are `<!doctype html` or `<html`
 * (case-insensitive), or a `<head` or `<body` tag appears in its first 2,048 characters (`<header>` does
 * not count).
 *
 * @param text - the document (BOM already removed)
 * @returns true when it looks like HTML
 * @example
 * ```ts
 * looksLikeHtml("<!DOCTYPE html><html lang=ar>…"); // true
 * looksLikeHtml("عنوان الخبر\nوقال الوزير ..."); // false
 * ```
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  return DOCUMENT_START.test(head) || HEAD_OR_BODY.test(head);
}
