/**
 * Invariants on arbitrary pages built from Arabic words, cue phrases, list markers, Latin, odd characters
 * and every kind of line break.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertSpans, BLOCK_GAP } from "../../../tools/assert-spans.ts";
import { classifyBlocks, stripBoilerplate } from "../src/index.ts";

const pieces = [
  "الأكثر قراءة",
  "اقرأ أيضاً:",
  "أخبار عاجلة",
  "الرئيسية /",
  "›",
  "1.",
  "٢-",
  "•",
  "اترك تعليقاً",
  "جميع الحقوق محفوظة ©",
  "الأحد , أكتوبر 6 2024",
  "وقال",
  "الوزير",
  "إن",
  "الحكومة",
  "في",
  "من",
  "على",
  "المشروع",
  "الجديد",
  "سيطلق",
  "قريبا.",
  "Watch",
  "Dragon",
  "ball",
  "...",
  "؟",
  "أخبارأخبار",
  "\u0640",
  "\u064b",
  "\ud800",
  "\u00a0",
  "\t",
  " ",
  " ",
  " ",
  "\n",
  "\n",
  "\r\n",
  "\r",
  "\u2028",
];

const page = fc.array(fc.constantFrom(...pieces), { maxLength: 300 }).map((parts) => parts.join(""));
const anyText = fc.oneof(
  page,
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
);

describe("properties", () => {
  it("blocks cover every non-whitespace character (edge marks aside) exactly once, trimmed and in order", () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const result = stripBoilerplate(input);
        assertSpans(input, result.blocks, {
          nonOverlapping: true,
          trimmed: true,
          gapsMatch: BLOCK_GAP,
          label: "block",
        });
        result.blocks.forEach((b, i) => {
          expect(b.index).toBe(i);
          if (b.duplicateOf !== null) {
            expect(b.duplicateOf).toBeLessThan(i);
            // the same text once invisible format characters (ZWNJ, RLM, ...) and tatweel are dropped
            // and presentation forms mapped to letters
            const visible = (text: string | undefined) =>
              text
                ?.replace(/[\u0640\u200b-\u200f\u061c\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, "")
                .normalize("NFKC");
            expect(visible(result.blocks[b.duplicateOf]?.text)).toBe(visible(b.text));
          }
        });
        const kept = result.blocks.filter((b) => !b.boilerplate);
        const removed = result.blocks.filter((b) => b.boilerplate);
        expect(kept.length + removed.length).toBe(result.blocks.length);
        expect(result.text).toBe(kept.map((b) => b.text).join("\n"));
        for (const b of removed) expect(b.reason).not.toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  it("list spans are trimmed pieces of the input, inside their blocks, in order", () => {
    fc.assert(
      fc.property(page, (input) => {
        const result = stripBoilerplate(input);
        assertSpans(
          input,
          result.lists.map((l) => ({ text: input.slice(l.start, l.end), start: l.start, end: l.end })),
          {
            nonOverlapping: true,
            label: "list",
          },
        );
        for (const list of result.lists) {
          if (list.heading) assertSpans(input, [list.heading], { trimmed: true, label: "heading" });
          assertSpans(input, list.items, { nonOverlapping: true, trimmed: true, label: "item" });
          expect(list.items.length).toBeGreaterThan(0);
          for (const item of list.items) {
            const block = result.blocks.find((b) => b.start <= item.start && item.end <= b.end);
            expect(block?.kind).toBe("list-item");
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("classifyBlocks on stripBoilerplate's own blocks gives the same result, and is deterministic", () => {
    fc.assert(
      fc.property(page, (input) => {
        const first = stripBoilerplate(input);
        const again = classifyBlocks(first.blocks.map(({ text, start, end }) => ({ text, start, end })));
        expect(again.blocks).toEqual(first.blocks);
        expect(again.lists).toEqual(first.lists);
      }),
      { numRuns: 200 },
    );
  });
});
