import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/index.ts";

const texts = (input: string) => splitSentences(input).map((s) => s.text);

/** The error classes fixed in round 16 (see eval/gold.txt, "Round 16"). */
describe("round 16 rules", () => {
  it("keeps an inline numbered list after a colon in one sentence", () => {
    expect(texts("وتضمنت القائمة: 1. الصحة 2. التعليم 3. السكن. وانتهى الاجتماع.")).toEqual([
      "وتضمنت القائمة: 1. الصحة 2. التعليم 3. السكن.",
      "وانتهى الاجتماع.",
    ]);
    // a number that does not continue the list still ends the sentence
    expect(texts("القائمة: 1. الصحة وبلغ عدد الوفيات 15. وقال الطبيب")).toHaveLength(2);
    expect(texts("وبلغ عدد الوفيات 1. وقال الطبيب")).toHaveLength(2);
  });

  it("ends a sentence after a unit behind a number-scale word before a conjoined speech verb", () => {
    expect(texts("بلغت قيمة الصفقة 3 مليارات د.ج. وقال المدير إنها الأكبر.")).toEqual([
      "بلغت قيمة الصفقة 3 مليارات د.ج.",
      "وقال المدير إنها الأكبر.",
    ]);
    expect(texts("ويبلغ رأسمالها 5 ملايين د.إ. وفق آخر تقرير.")).toHaveLength(1);
  });

  it("keeps a reversed or straight closing quote glued after the full stop", () => {
    expect(texts("وقال إن ”الحكومة لن تتراجع.“وأضاف أن القرار نهائي.")).toEqual([
      "وقال إن ”الحكومة لن تتراجع.“",
      "وأضاف أن القرار نهائي.",
    ]);
    expect(texts('وقال: "انتهى الأمر."وأضاف أنه سيغادر.')).toEqual(['وقال: "انتهى الأمر."', "وأضاف أنه سيغادر."]);
    // with no quotation open, the quote opens the next sentence
    expect(texts('وقال إن الأمر انتهى."وأضاف أنه سيغادر')).toEqual(["وقال إن الأمر انتهى.", '"وأضاف أنه سيغادر']);
  });

  it("does not split after a quoted title ending with ? or ! inside the sentence", () => {
    expect(texts("ونشرت تقريرا بعنوان «ماذا بعد الانتخابات؟» تناول السيناريوهات.")).toHaveLength(1);
    expect(texts('بعنوان "لماذا؟" وقال الكاتب إنه يتساءل.')).toHaveLength(2);
    expect(texts('وتساءل أحدهم: "من المسؤول؟" لا أحد يعرف.')).toHaveLength(2);
  });
});
