/** The body: which lines are paragraphs, and of which kind. */
import { describe, expect, it } from "vitest";
import { page } from "./helpers.ts";
import { DROUGHT, INTEREST_RATES, RAINWATER } from "./pages.ts";

describe("lists, questions and tables in the body", () => {
  it("keeps a lead paragraph that ends with a colon before a numbered list", () => {
    const lead = "أعلنت الهيئة عن حزمة من الإجراءات الجديدة لتخفيف الازدحام المروري على الطرق الرئيسية، تشمل ما يلي:";
    const article = page(
      INTEREST_RATES.TITLE,
      lead,
      "1. تعديل مواعيد دخول الشاحنات.",
      "2. زيادة عدد الرحلات.",
      INTEREST_RATES.P2,
    );
    expect(article.paragraphs[0]?.text).toBe(lead);
    expect(article.subtitles).toEqual([]);
  });

  it("keeps interview questions and table rows as body text, not subheadings", () => {
    const closing = "وقال رئيس الشعبة إن التراجع يعود إلى انخفاض سعر الأوقية في البورصة العالمية وهدوء الطلب المحلي.";
    const article = page(
      RAINWATER.TITLE,
      RAINWATER.P1,
      "س: كيف تقيمون واقع القطاع اليوم؟",
      RAINWATER.P2,
      "الذهب عيار 21 | 3120 جنيه",
      closing,
    );
    expect(article.paragraphs.map((p) => p.kind)).toEqual(["text", "text", "text", "text", "text"]);
  });

  it("keeps numbered and dashed list items inside the body as text, and their lead-in line too", () => {
    const article = page(
      DROUGHT.TITLE,
      DROUGHT.P1,
      "وتشمل الخطة كذلك:",
      "1. حفر 200 بئر عميقة",
      "2) توزيع البذور مجانا",
      "– إطلاق حملة وطنية لترشيد المياه",
      DROUGHT.P2,
    );
    expect(article.paragraphs.map((p) => p.kind)).toEqual(["text", "text", "text", "text", "text", "text"]);
    // a short line without a colon or list under it stays a subheading
    const sub = page(DROUGHT.TITLE, DROUGHT.P1, "التغذية في قفص الاتهام", DROUGHT.P2);
    expect(sub.paragraphs.map((p) => p.kind)).toEqual(["text", "subheading", "text"]);
  });
});
