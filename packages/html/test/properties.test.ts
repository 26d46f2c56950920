/**
 * Properties on random tag soup (fast-check): extractArticle never throws, every span satisfies the
 * contract in the rendered text, its HTML range is in bounds, and a plain-text span's HTML slice is
 * its own text.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../src/index.ts";
import { renderHtml } from "../src/render.ts";
import { allSpans, assertHtmlSpans } from "./helpers.ts";

const piece = fc.oneof(
  fc.constantFrom(
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<br>",
    "<h1>",
    "</h1>",
    "<li>",
    "<b>",
    "</b>",
    "<script>",
    "</script>",
    "<style>",
    "<p hidden>",
    "<!--",
    "-->",
    "&amp;",
    "&nbsp;",
    "&#1575;",
    "&bogus",
    "<",
    ">",
    " ",
    "\n",
    "\t",
  ),
  fc.constantFrom(
    "وقال الوزير إن الحكومة ستعمل.",
    "المنتخب يتأهل إلى النهائي",
    "الرئيسية",
    "اقرأ أيضا",
    "12 مارس 2024",
  ),
  fc.string({ maxLength: 8 }),
);
const soup = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(""));

describe("properties", () => {
  it("never throws and locates every span", () => {
    fc.assert(
      fc.property(soup, (html) => {
        const article = extractArticle(html);
        assertHtmlSpans(html, article);
        for (const [, span] of allSpans(article)) {
          if (span.htmlEnd - span.htmlStart === span.text.length && !span.text.includes("\n")) {
            const source = html.slice(span.htmlStart, span.htmlEnd);
            if (!/[&<\s]/u.test(source)) expect(source).toBe(span.text);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("renders no blank line, no line-edge space and no run of spaces", () => {
    fc.assert(
      fc.property(soup, (html) => {
        const { text, map } = renderHtml(html, false);
        expect(text).not.toMatch(/\n\n|^\n|\n$|^ | $| \n|\n | {2}/u);
        for (let i = 0; i < text.length; i++) {
          const range = map.range(i, i + 1);
          expect(range.htmlStart).toBeLessThan(range.htmlEnd);
          expect(range.htmlEnd).toBeLessThanOrEqual(html.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
