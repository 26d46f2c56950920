import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertSpans } from "../../../tools/assert-spans.ts";
import { type SplitSentencesOptions, segmentSentences, splitSentences } from "../src/index.ts";

/** Pieces that exercise every rule when glued together in random order. */
const pieces = [
  "قال",
  "الوزير",
  "وبدأ",
  "الاجتماع",
  "هـ",
  "م",
  "د",
  "ق",
  "أ",
  "ج",
  "ع",
  "Dr",
  "U",
  "S",
  "the",
  "The",
  "etc",
  "e",
  "g",
  "www",
  "com",
  "a@b",
  "/",
  "3",
  "٣",
  "2018",
  "10",
  "٫",
  ",",
  "،",
  "؛",
  ":",
  ".",
  "..",
  "...",
  "…",
  "!",
  "?",
  "؟",
  "۔",
  "؟!",
  "«",
  "»",
  "”",
  "“",
  '"',
  "'",
  "(",
  ")",
  "[",
  "]",
  "-",
  "•",
  "1.",
  "١.",
  "1)",
  " ",
  " ",
  " ",
  "  ",
  "\n",
  "\n\n",
  "\r\n",
  "\r",
  "\u2028",
  "\u2029",
  "\t",
  "\u00a0",
  "\ufeff",
  "\u200f",
  "ثم",
  "وأن",
  "تساءل",
  "(...)",
  "ش.م.م.",
  "و965",
  "D",
  "وقد شهدت الجلسة الأولى نقاشا حادا بين النواب حول مشروع قانون المالية التكميلي للسنة الجارية والذي يتضمن زيادات",
  "😀",
  "\ud83d",
  "\ude00",
];

const textArb = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: fc.constantFrom(...' .!?؟…\n«»"()1د.م'), maxLength: 80 }),
);

const optionsArb: fc.Arbitrary<SplitSentencesOptions> = fc.record(
  {
    lineBreaks: fc.constantFrom("always", "paragraph", "never"),
    maxLength: fc.integer({ min: 1, max: 60 }),
    abbreviations: fc.array(fc.constantFrom("الشيخ", "ع.م.", "Gén."), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

const contract = { nonOverlapping: true, trimmed: true, gapsMatch: /^\s*$/u } as const;

describe("properties", () => {
  it("spans are ordered, non-overlapping, in bounds, trimmed, equal to their slice, with only whitespace between", () => {
    fc.assert(
      fc.property(textArb, optionsArb, (text, options) => {
        assertSpans(text, splitSentences(text, options), contract);
      }),
      { numRuns: 3000 },
    );
  });

  it("every non-whitespace character lies in a sentence", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const covered = splitSentences(text).reduce((sum, s) => sum + s.text.replace(/\s/gu, "").length, 0);
        expect(covered).toBe(text.replace(/\s/gu, "").length);
      }),
      { numRuns: 1000 },
    );
  });

  it("is idempotent: splitting a sentence's text yields exactly that sentence", () => {
    fc.assert(
      fc.property(textArb, optionsArb, (text, { maxLength: _ignored, ...options }) => {
        for (const sentence of splitSentences(text, options)) {
          const again = splitSentences(sentence.text, options);
          expect(again).toEqual([{ text: sentence.text, start: 0, end: sentence.text.length }]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("maxLength cuts sentences into pieces of at most maxLength, each inside one uncut sentence", () => {
    fc.assert(
      fc.property(textArb, fc.integer({ min: 1, max: 30 }), (text, maxLength) => {
        const whole = splitSentences(text);
        const pieces = splitSentences(text, { maxLength });
        assertSpans(text, pieces, contract);
        let w = 0;
        for (const piece of pieces) {
          const astral = piece.text.length === 2 && piece.text.codePointAt(0)! > 0xffff;
          expect(piece.text.length <= maxLength || astral).toBe(true);
          while (whole[w]!.end < piece.end) w++;
          expect(piece.start).toBeGreaterThanOrEqual(whole[w]!.start);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("segmentSentences yields exactly splitSentences", () => {
    fc.assert(
      fc.property(textArb, optionsArb, (text, options) => {
        expect([...segmentSentences(text, options)]).toEqual(splitSentences(text, options));
      }),
      { numRuns: 500 },
    );
  });

  it("does not mutate its options", () => {
    const options = { abbreviations: ["الشيخ"], lineBreaks: "paragraph" as const };
    const copy = structuredClone(options);
    splitSentences("قال الشيخ. محمد", options);
    expect(options).toEqual(copy);
  });
});
