import { describe, expect, it } from "vitest";
import { assertSpans } from "../../../tools/assert-spans.ts";
import { abbreviations, HEADLINE_MAX_LENGTH, segmentSentences, splitSentences } from "../src/index.ts";

/** The examples of the README and the TSDoc, with their exact outputs. */
describe("documented examples", () => {
  it("splitSentences", () => {
    const input = "وصل د. أحمد إلى الجزائر. وبدأ الاجتماع!";
    const sentences = splitSentences(input);
    assertSpans(input, sentences, { nonOverlapping: true, trimmed: true, gapsMatch: /^\s*$/u });
    expect(sentences).toEqual([
      { text: "وصل د. أحمد إلى الجزائر.", start: 0, end: 24 },
      { text: "وبدأ الاجتماع!", start: 25, end: 39 },
    ]);
    expect(splitSentences("انتهى الاجتماع.وبدأ التصويت في 10.30 صباحا؟! نعم")).toEqual([
      { text: "انتهى الاجتماع.", start: 0, end: 15 },
      { text: "وبدأ التصويت في 10.30 صباحا؟!", start: 15, end: 44 },
      { text: "نعم", start: 45, end: 48 },
    ]);
    expect(splitSentences("انتهى الاجتماع. وبدأ التصويت")[0]).toEqual({ text: "انتهى الاجتماع.", start: 0, end: 15 });
  });

  it("segmentSentences", () => {
    const it = segmentSentences("وصل د. أحمد إلى الجزائر. وبدأ الاجتماع!");
    expect(it.next().value).toEqual({ text: "وصل د. أحمد إلى الجزائر.", start: 0, end: 24 });
    expect(it.next().value).toEqual({ text: "وبدأ الاجتماع!", start: 25, end: 39 });
    expect(it.next().done).toBe(true);
  });

  it("options", () => {
    expect(splitSentences("وقال الشيخ. إن الأمر انتهى", { abbreviations: ["الشيخ"] })).toEqual([
      { text: "وقال الشيخ. إن الأمر انتهى", start: 0, end: 26 },
    ]);
    expect(splitSentences("سطر أول\nيكمل هنا.\n\nفقرة ثانية", { lineBreaks: "paragraph" })).toEqual([
      { text: "سطر أول\nيكمل هنا.", start: 0, end: 17 },
      { text: "فقرة ثانية", start: 19, end: 29 },
    ]);
  });

  it("abbreviations and HEADLINE_MAX_LENGTH", () => {
    expect(abbreviations.find((a) => a.text === "د.")?.meaning).toBe("دكتور (Dr.); after a number: دينار");
    expect(abbreviations.find((a) => a.text === "هـ.")?.kind).toBe("unit");
    expect(abbreviations.find((a) => a.text === "أ.د.")).toEqual({
      text: "أ.د.",
      kind: "title",
      meaning: "أستاذ دكتور (Prof. Dr.)",
      source: "ar-press",
    });
    expect(HEADLINE_MAX_LENGTH).toBe(120);
    expect(splitSentences("تحسباً لعيد الفطر.. بريد الجزائر يصدر بيانا")).toHaveLength(1);
  });
});
