import { describe, expect, it } from "vitest";
import { assertSpans } from "../../../tools/assert-spans.ts";
import { abbreviations, segmentSentences, splitSentences } from "../src/index.ts";

const contract = { nonOverlapping: true, trimmed: true, gapsMatch: /^\s*$/u } as const;

function texts(input: string, options?: Parameters<typeof splitSentences>[1]): string[] {
  const sentences = splitSentences(input, options);
  assertSpans(input, sentences, contract);
  return sentences.map((s) => s.text);
}

describe("splitSentences", () => {
  it("splits on terminators and keeps abbreviations", () => {
    expect(texts("وصل د. أحمد إلى الجزائر. وبدأ الاجتماع!")).toEqual(["وصل د. أحمد إلى الجزائر.", "وبدأ الاجتماع!"]);
  });

  it("returns [] for empty and whitespace-only input", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\t\u00a0 ")).toEqual([]);
  });

  it("rejects non-strings and unknown options", () => {
    expect(() => splitSentences(42 as unknown as string)).toThrow(new TypeError("text must be a string, got number"));
    expect(() => splitSentences(null as unknown as string)).toThrow(TypeError);
    expect(() => splitSentences("a", { lineBreaks: "sometimes" as "always" })).toThrow(RangeError);
    expect(() => splitSentences("a", { maxLength: 0 })).toThrow(RangeError);
    expect(() => splitSentences("a", { abbreviations: "د." as unknown as string[] })).toThrow(TypeError);
    expect(() => splitSentences("a", { abbreviations: [3 as unknown as string] })).toThrow(TypeError);
    expect(() => splitSentences("a", 5 as unknown as undefined)).toThrow(TypeError);
  });

  it("segmentSentences yields the same sentences lazily", () => {
    const input = "أولا. ثانيا! ثالثا؟ رابعا";
    const iterator = segmentSentences(input);
    expect(iterator.next().value).toEqual({ text: "أولا.", start: 0, end: 5 });
    expect([...segmentSentences(input)]).toEqual(splitSentences(input));
  });

  it("exports a frozen abbreviation table", () => {
    expect(Object.isFrozen(abbreviations)).toBe(true);
    expect(abbreviations.some((a) => a.text === "أ.د.")).toBe(true);
  });
});
