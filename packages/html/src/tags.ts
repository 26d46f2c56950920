/**
 * Tag tables of the HTML renderer (data, not logic). Element names are from the HTML Living Standard
 * (https://html.spec.whatwg.org/): "flow content" elements that browsers lay out as blocks, and
 * elements whose content is never shown as text.
 */

/** Elements that start and end a line of the rendered text (browsers' block and table-cell layout). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "br",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "option",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

/**
 * Elements whose content is never rendered: code, styles, templates, fallback content, embedded
 * vector graphics and formulas, the document's `<title>` (read as metadata instead). `<head>` itself is
 * not skipped: its title, scripts and styles are, and text a broken page leaves in an unclosed `<head>`
 * (htmlparser2 closes it only at `<body>`) is kept rather than lost.
 */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  "iframe",
  "math",
  "noembed",
  "noframes",
  "noscript",
  "object",
  "script",
  "style",
  "svg",
  "template",
  "textarea",
  "title",
]);
