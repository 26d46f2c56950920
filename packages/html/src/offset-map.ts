/**
 * The offset map from the rendered text back to the HTML source, stored as run-length segments in
 * typed arrays (memory linear in the number of text runs, never one object per character).
 *
 * A segment covers the rendered characters `[textStart, nextTextStart)` and the HTML source range
 * `[htmlStart, htmlEnd)`. When both have the same length the segment is linear (character `i` of the
 * run came from source position `htmlStart + i`: plain text); otherwise every character of the run
 * came from the whole source range (a decoded entity, collapsed white space, a line break made from a tag).
 */

/**
 * A `[htmlStart, htmlEnd)` range of UTF-16 offsets into the HTML source.
 *
 * @example
 * ```ts
 * const html = "<p>نص <b>عريض</b></p>";
 * const { htmlStart, htmlEnd }: HtmlRange = extractArticle(html).title!; // { htmlStart: 3, htmlEnd: 13 }
 * html.slice(htmlStart, htmlEnd); // "نص <b>عريض"
 * ```
 */
export interface HtmlRange {
  /** inclusive UTF-16 index into the HTML source */
  htmlStart: number;
  /** exclusive UTF-16 index into the HTML source */
  htmlEnd: number;
}

/** Growable run-length offset map (internal). */
export class OffsetMapBuilder {
  private textStarts: Int32Array<ArrayBuffer> = new Int32Array(256);
  private htmlStarts: Int32Array<ArrayBuffer> = new Int32Array(256);
  private htmlEnds: Int32Array<ArrayBuffer> = new Int32Array(256);
  private count = 0;
  private lastTextEnd = 0;

  /** Records that rendered text `[textStart, textEnd)` came from HTML `[htmlStart, htmlEnd)`. */
  add(textStart: number, textEnd: number, htmlStart: number, htmlEnd: number): void {
    const n = this.count;
    if (n > 0) {
      const prev = n - 1;
      const prevStart = this.textStarts[prev]!;
      const prevHtmlStart = this.htmlStarts[prev]!;
      const prevHtmlEnd = this.htmlEnds[prev]!;
      // merge a linear run that continues the previous linear run in both texts
      if (
        this.lastTextEnd === textStart &&
        prevHtmlEnd === htmlStart &&
        this.lastTextEnd - prevStart === prevHtmlEnd - prevHtmlStart &&
        textEnd - textStart === htmlEnd - htmlStart
      ) {
        this.htmlEnds[prev] = htmlEnd;
        this.lastTextEnd = textEnd;
        return;
      }
    }
    if (n === this.textStarts.length) this.grow();
    this.textStarts[n] = textStart;
    this.htmlStarts[n] = htmlStart;
    this.htmlEnds[n] = htmlEnd;
    this.count = n + 1;
    this.lastTextEnd = textEnd;
  }

  private grow(): void {
    const size = this.textStarts.length * 2;
    const copy = (a: Int32Array): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.textStarts = copy(this.textStarts);
    this.htmlStarts = copy(this.htmlStarts);
    this.htmlEnds = copy(this.htmlEnds);
  }

  /** The finished map over a rendered text of `textLength` characters. */
  finish(textLength: number): OffsetMap {
    return new OffsetMap(
      this.textStarts.subarray(0, this.count),
      this.htmlStarts.subarray(0, this.count),
      this.htmlEnds.subarray(0, this.count),
      textLength,
    );
  }
}

/** Maps rendered-text offsets to HTML source offsets (internal). */
export class OffsetMap {
  constructor(
    private readonly textStarts: Int32Array,
    private readonly htmlStarts: Int32Array,
    private readonly htmlEnds: Int32Array,
    private readonly textLength: number,
  ) {}

  /** Number of run-length segments. */
  get segments(): number {
    return this.textStarts.length;
  }

  /** Index of the segment holding rendered character `offset` (binary search). */
  private segmentOf(offset: number): number {
    let lo = 0;
    let hi = this.textStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.textStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private segmentEnd(index: number): number {
    return index + 1 < this.textStarts.length ? this.textStarts[index + 1]! : this.textLength;
  }

  /** The HTML range the rendered character at `offset` came from. */
  private charRange(offset: number): [number, number] {
    const index = this.segmentOf(offset);
    const textStart = this.textStarts[index]!;
    const htmlStart = this.htmlStarts[index]!;
    const htmlEnd = this.htmlEnds[index]!;
    if (this.segmentEnd(index) - textStart === htmlEnd - htmlStart) {
      const at = htmlStart + (offset - textStart);
      return [at, at + 1];
    }
    return [htmlStart, htmlEnd];
  }

  /**
   * The HTML source range of the rendered text `[start, end)`: from where its first character came
   * from to where its last one ends. An empty range maps to an empty range at the source position.
   */
  range(start: number, end: number): HtmlRange {
    if (this.textStarts.length === 0 || this.textLength === 0) return { htmlStart: 0, htmlEnd: 0 };
    const first = Math.min(Math.max(start, 0), this.textLength - 1);
    const [htmlStart] = this.charRange(first);
    if (end <= start) return { htmlStart, htmlEnd: htmlStart };
    const [, htmlEnd] = this.charRange(Math.min(end, this.textLength) - 1);
    return { htmlStart, htmlEnd: Math.max(htmlEnd, htmlStart) };
  }
}
