import { Parser } from "htmlparser2";
import { MetadataCollector } from "./metadata.ts";
import { type OffsetMap, OffsetMapBuilder } from "./offset-map.ts";
import { BLOCK_TAGS, SKIPPED_TAGS } from "./tags.ts";

/** The page's visible text, one block per line, with its map back to the HTML (internal). */
export interface Rendered {
  /** the rendered text: block elements on their own lines, white space collapsed inside a line */
  text: string;
  /** rendered offsets → HTML source offsets */
  map: OffsetMap;
  /** the metadata seen on the way */
  meta: MetadataCollector;
}

/** HTML white space (space, tab, LF, FF, CR) and the no-break space an `&nbsp;` decodes to. */
const isSpace = (code: number): boolean =>
  code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 0xa0;

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/iu;

/**
 * Whether an element's own attributes hide it from the eye. `aria-hidden="true"` does not: it hides an
 * element from assistive technology only, and sites put it on visible labels and duplicated headings.
 */
function isHidden(attribs: Record<string, string>): boolean {
  if (attribs.hidden !== undefined) return true;
  const style = attribs.style;
  return style !== undefined && HIDDEN_STYLE.test(style);
}

/**
 * Renders HTML to text in one streaming pass of htmlparser2's tokenizer (no DOM tree, no recursion:
 * the open elements are a flat stack, so nesting depth costs nothing), collecting metadata on the way.
 *
 * @param html - the page's HTML
 * @param keepHidden - render elements hidden by `hidden` or an inline `display:none` / `visibility:hidden`
 */
export function renderHtml(html: string, keepHidden: boolean): Rendered {
  const meta = new MetadataCollector();
  const builder = new OffsetMapBuilder();
  const pieces: string[] = [];
  let length = 0;
  let lineHasContent = false;
  let spaceStart = -1;
  let spaceEnd = -1;
  let breakPending = false;
  let breakStart = 0;
  let breakEnd = 0;
  // per open element: 1 when it starts a skipped (not rendered) subtree, else 0
  const skipsStack: number[] = [];
  let skipDepth = 0;

  const push = (piece: string, htmlStart: number, htmlEnd: number): void => {
    builder.add(length, length + piece.length, htmlStart, htmlEnd);
    pieces.push(piece);
    length += piece.length;
  };
  const emit = (piece: string, htmlStart: number, htmlEnd: number): void => {
    if (breakPending) {
      push("\n", breakStart, breakEnd);
      breakPending = false;
      lineHasContent = false;
    } else if (spaceStart >= 0 && lineHasContent) {
      push(" ", spaceStart, spaceEnd);
    }
    spaceStart = -1;
    push(piece, htmlStart, htmlEnd);
    lineHasContent = true;
  };
  const space = (htmlStart: number, htmlEnd: number): void => {
    if (spaceStart < 0) spaceStart = htmlStart;
    spaceEnd = htmlEnd;
  };
  const lineBreak = (htmlStart: number, htmlEnd: number): void => {
    spaceStart = -1;
    if (lineHasContent && !breakPending) {
      breakPending = true;
      breakStart = htmlStart;
      breakEnd = htmlEnd;
    }
  };

  const text = (data: string, htmlStart: number, htmlEnd: number): void => {
    const n = data.length;
    if (n !== htmlEnd - htmlStart) {
      // a decoded character reference: the whole reference is its source
      let blank = true;
      for (let i = 0; i < n; i++) if (!isSpace(data.charCodeAt(i))) blank = false;
      if (blank) space(htmlStart, htmlEnd);
      else emit(data, htmlStart, htmlEnd);
      return;
    }
    let i = 0;
    while (i < n && isSpace(data.charCodeAt(i))) i++;
    if (i > 0) space(htmlStart, htmlStart + i);
    while (i < n) {
      // the longest stretch from i whose inner white space is single plain spaces: copied as is
      let j = i;
      for (;;) {
        while (j < n && !isSpace(data.charCodeAt(j))) j++;
        if (j + 1 < n && data.charCodeAt(j) === 32 && !isSpace(data.charCodeAt(j + 1))) {
          j++;
          continue;
        }
        break;
      }
      emit(data.slice(i, j), htmlStart + i, htmlStart + j);
      let k = j;
      while (k < n && isSpace(data.charCodeAt(k))) k++;
      if (k > j) space(htmlStart + j, htmlStart + k);
      i = k;
    }
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        meta.open(name, attribs);
        const skips = skipDepth === 0 && (SKIPPED_TAGS.has(name) || (!keepHidden && isHidden(attribs))) ? 1 : 0;
        skipsStack.push(skips);
        skipDepth += skips;
        if (skipDepth === 0 && BLOCK_TAGS.has(name)) lineBreak(parser.startIndex, parser.endIndex + 1);
      },
      onclosetag(name) {
        meta.close(name);
        const skips = skipsStack.pop() ?? 0;
        if (skipDepth === 0 && BLOCK_TAGS.has(name)) lineBreak(parser.startIndex, parser.endIndex + 1);
        skipDepth -= skips;
      },
      ontext(data) {
        meta.text(data);
        if (skipDepth === 0) text(data, parser.startIndex, parser.endIndex + 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  const rendered = pieces.join("");
  return { text: rendered, map: builder.finish(rendered.length), meta };
}
