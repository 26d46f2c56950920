import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertSpans } from "../../../tools/assert-spans.ts";
import { createNormalizer, type NormalizeOptions, normalize, normalizeWithMap } from "../src/index.ts";

/** Characters the rules care about, so random strings hit every context. */
const ALPHABET = [
  ..."ابتثجحخدذرسشصضطظعغفقكلمنهويءآأؤإئىة", // Arabic letters
  ..."کیېڪەۀہھۃ", // Persian/Urdu look-alikes
  "\u064B",
  "\u064E",
  "\u0650",
  "\u0651",
  "\u0652",
  "\u0670",
  "\u0653",
  "\u0654",
  "\u0655",
  "\u0610",
  "\u06D6",
  "\u08F0",
  "\u0616", // marks
  "\u0640",
  "\u06E5", // tatweel, small waw
  " ",
  "  ",
  "\u00A0",
  "\t",
  "\u3000",
  "\u2009", // spaces
  "\r",
  "\n",
  "\r\n",
  "\u2028",
  "\u2029",
  "\u0085", // line breaks
  "\u200B",
  "\u200C",
  "\u200D",
  "\u200F",
  "\u061C",
  "\uFEFF",
  "\u00AD",
  "\u202B",
  "\u2067", // invisible
  "\uFEF7",
  "\uFEFB",
  "\uFDF2",
  "\uFDFA",
  "\uFE70",
  "\uFE71",
  "\uFC5E",
  "\uFBFC",
  "\uFBFE",
  "\uFDFC",
  "\uFE8D",
  "\uFB8E", // presentation forms
  "\uD83D",
  "\uDE00",
  "\uD83D\uDE00", // surrogates, lone and paired
  ..."0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", // digits
  ..."،؛؟٪٫٬,;?%.", // punctuation
  ..."\"'“”„«»‘’‹›＂", // quotes
  ..."abcé中",
  "\u0301", // Latin, combining acute, CJK
  "(",
  "[",
];

const arabicish = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((parts) => parts.join(""));
const anyText = fc.oneof(
  arabicish,
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
);

const OPTION_SETS: Array<[string, NormalizeOptions | undefined]> = [
  ["default", undefined],
  ["display", { preset: "display" }],
  ["search", { preset: "search" }],
  ["camel", { preset: "camel" }],
  [
    "search, guillemets + arabic-indic",
    { preset: "search", quotes: "guillemets", digits: "arabic-indic", punctuation: "arabic" },
  ],
  [
    "display, unify + yeh + extended",
    { preset: "display", spaces: "unify", persianYeh: "yeh", digits: "extended", zwnj: "remove" },
  ],
  ["search without nfc", { preset: "search", nfc: false, alef: false, yehHamza: false }],
  ["display, diacritics only", { preset: "display", diacritics: true }],
];

describe.each(OPTION_SETS)("properties (%s)", (_name, options) => {
  it("is idempotent", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalize(text, options);
        expect(normalize(once, options)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it("streams to the same output under any chunking", () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.nat(), { maxLength: 12 }), (text, cuts) => {
        const positions = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const normalizer = createNormalizer(options);
        let streamed = "";
        let from = 0;
        for (const p of [...positions, text.length]) {
          streamed += normalizer.push(text.slice(from, p));
          from = p;
        }
        streamed += normalizer.flush();
        expect(streamed).toBe(normalize(text, options));
      }),
      { numRuns: 2000 },
    );
  });

  it("maps every output index to a non-decreasing input index in [0, input.length]", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = normalizeWithMap(text, options);
        expect(result.text).toBe(normalize(text, options));
        let previous = 0;
        for (let i = 0; i <= result.text.length; i++) {
          const at = result.toOriginal(i);
          expect(at).toBeGreaterThanOrEqual(previous);
          expect(at).toBeLessThanOrEqual(text.length);
          previous = at;
        }
        expect(result.toOriginal(result.text.length)).toBe(text.length);
        const spans = [];
        for (let i = 0; i < result.text.length; i++) spans.push(result.toOriginalSpan(i, i + 1));
        assertSpans(text, spans, { label: "toOriginalSpan" });
      }),
      { numRuns: 1000 },
    );
  });
});

describe("display on plain Arabic", () => {
  it("never changes plain Arabic letters (U+0621–063A, U+0641–064A) and single spaces", () => {
    const letter = fc.integer({ min: 0x0621, max: 0x064a }).filter((c) => c <= 0x063a || c >= 0x0641);
    const word = fc.array(letter, { minLength: 1, maxLength: 10 }).map((cs) => String.fromCharCode(...cs));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        const text = words.join(" ");
        expect(normalize(text)).toBe(text);
        expect(normalize(text, { preset: "display" })).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with String.prototype.normalize('NFC') on vocalized Arabic", () => {
    const unit = fc.constantFrom(
      ..."ابتوي",
      "\u0627",
      "\u0648",
      "\u064A",
      "\u064B",
      "\u064E",
      "\u0650",
      "\u0651",
      "\u0652",
      "\u0653",
      "\u0654",
      "\u0655",
      "\u0670",
      "\u0610",
      "\u06E3",
      "\u08F0",
      "\u0656",
      "\u0640",
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const text = units.join("");
        expect(normalize(text)).toBe(text.normalize("NFC"));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("properties under random option sets", () => {
  const optionsArb = fc.record(
    {
      preset: fc.constantFrom("display", "search", "camel"),
      nfc: fc.boolean(),
      presentationForms: fc.boolean(),
      formatChars: fc.boolean(),
      zwnj: fc.constantFrom("keep", "remove"),
      spaces: fc.constantFrom("keep", "unify", "collapse"),
      lineBreaks: fc.boolean(),
      persianKaf: fc.boolean(),
      persianYeh: fc.constantFrom("keep", "yeh", "contextual"),
      persianHeh: fc.boolean(),
      diacritics: fc.boolean(),
      tatweel: fc.boolean(),
      alef: fc.boolean(),
      alefMaksura: fc.boolean(),
      tehMarbuta: fc.boolean(),
      wawHamza: fc.boolean(),
      yehHamza: fc.boolean(),
      digits: fc.constantFrom("keep", "ascii", "arabic-indic", "extended"),
      punctuation: fc.constantFrom("keep", "ascii", "arabic"),
      quotes: fc.constantFrom("keep", "ascii", "guillemets"),
      camelDiacritics: fc.boolean(),
      camelAlef: fc.boolean(),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<NormalizeOptions>;

  it("is idempotent, streams identically and maps monotonically", () => {
    fc.assert(
      fc.property(optionsArb, arabicish, fc.array(fc.nat(), { maxLength: 6 }), (options, text, cuts) => {
        const once = normalize(text, options);
        expect(normalize(once, options)).toBe(once);
        const normalizer = createNormalizer(options);
        let streamed = "";
        let from = 0;
        for (const p of [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)) {
          streamed += normalizer.push(text.slice(from, p));
          from = p;
        }
        streamed += normalizer.push(text.slice(from)) + normalizer.flush();
        expect(streamed).toBe(once);
        const mapped = normalizeWithMap(text, options);
        expect(mapped.text).toBe(once);
        for (let i = 1; i <= once.length; i++) {
          expect(mapped.toOriginal(i)).toBeGreaterThanOrEqual(mapped.toOriginal(i - 1));
        }
      }),
      { numRuns: 600 },
    );
  });
});
