import { describe, expect, it } from "vitest";
import { analyzeBlock, type BlockAnalysis } from "../../src/analyze-block.ts";
import { cueIndexFor } from "../../src/classify-blocks.ts";
import { scoreBlock } from "../../src/core/score-block.ts";
import { resolveOptions } from "../../src/resolve-options.ts";

const options = resolveOptions({});
const index = cueIndexFor(options);
const analyze = (text: string): BlockAnalysis => analyzeBlock(text, undefined, options, index);
const score = (text: string, heading = false) => scoreBlock(analyze(text), text, options.headlineMaxWords, heading);

describe("scoreBlock: the prose weight of one block", () => {
  it("counts the words of a sentence", () => {
    const text = "وقال وزير الداخلية إن الحكومة ستطلق برنامجا جديدا لدعم الشباب.";
    expect(score(text)).toBe(10);
  });

  it("counts a colon-ended line as a sentence only from twelve words", () => {
    expect(score("وتشمل الإجراءات الجديدة التي أعلنت عنها الوزارة في بيانها الصادر اليوم ما يلي:")).toBeGreaterThan(0);
    expect(score("تثبيت استراتيجية أمنية موحدة :")).toBeLessThan(0);
  });

  it("weighs a long unpunctuated paragraph at half its words, a long question at all of them", () => {
    const long = Array.from({ length: 24 }, (_, i) => `كلمة${i}`).join(" ");
    expect(score(long)).toBe(12);
    expect(score(`${long}؟`)).toBe(24);
  });

  it("makes a long headline with '..' joints cost, however long", () => {
    const text =
      "وزارة النقل تشغل 10 سيارات كهربائية للعمل تاكسى بالعاصمة الإدارية.. وتؤكد: حجزها يبدأ الأربعاء بتطبيق هاتف والدفع فيزا وكاش.. والمركبات مراقبة بكاميرات";
    expect(score(text)).toBeLessThan(0);
  });

  it("makes headlines cost more than menu items, and cue lines more still", () => {
    const headline = score("الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الجبلية");
    const menu = score("رياضة");
    const cue = score("الأكثر قراءة");
    expect(headline).toBeLessThan(menu);
    expect(menu).toBeLessThan(0);
    expect(cue).toBeLessThan(menu);
  });

  it("lets a short sentence with a full stop cost nothing", () => {
    expect(score("وأضاف: شكرا.")).toBe(0);
  });

  it("never counts a heading element as prose", () => {
    const long = Array.from({ length: 24 }, (_, i) => `كلمة${i}`).join(" ");
    expect(score(long, true)).toBeLessThan(0);
  });
});
