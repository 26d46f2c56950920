import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.ts";

const TITLE = "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الجبلية";
const P1 =
  "أعلنت الحكومة، اليوم الأحد، عن خطة جديدة لدعم المزارعين في المناطق الجبلية، تشمل قروضا ميسرة وتوزيع بذور محسنة على صغار الفلاحين.";
const P2 = "وأوضح وزير الفلاحة أن الخطة ستنطلق مطلع الشهر المقبل، وأنها تستهدف أكثر من عشرين ألف أسرة ريفية.";

describe("round 19 shapes (audits of the goldens)", () => {
  it("reads labelled date lines with a label verb, a French clock or a time-zone remark", () => {
    expect(parseArticle([TITLE, "تم النشر: 3 مارس 2025 08:45 GMT", P1, P2].join("\n")).published?.iso).toBe(
      "2025-03-03T08:45",
    );
    expect(parseArticle([TITLE, "Publié le 12 juin 2024 à 10h30", P1, P2].join("\n")).published?.iso).toBe(
      "2024-06-12T10:30",
    );
    const zoned = parseArticle([TITLE, "آخر تحديث: 12 يونيو 2024 - 14:20 (توقيت القدس)", P1, P2].join("\n"));
    expect(zoned.published?.iso).toBe("2024-06-12T14:20");
  });

  it("reads a columnist's name and role line above the title as the byline, not a category", () => {
    const page = ["الرئيسية", "أخبار", "مقالات الرأي", "سمير عطا الله", "كاتب صحفي", TITLE, P1, P2].join("\n");
    const article = parseArticle(page);
    expect(article.title?.text).toBe(TITLE);
    expect(article.authors.map((a) => a.name)).toEqual(["سمير عطا الله"]);
    expect(article.categories).toEqual([]);
    expect(article.removed.find((r) => r.text === "كاتب صحفي")?.reason).toBe("article:author-bio");
  });

  it("keeps the title under a long masthead, its tagline and a bare headline strip", () => {
    const page = [
      "سكاي نيوز عربية أبوظبي",
      "أخبار العالم بين يديك",
      "الرئيسية | أخبار | رياضة | اقتصاد",
      "ارتفاع سعر الدولار في السوق الموازية",
      "الأمم المتحدة تحذر من مجاعة في دارفور",
      "مفاوضات جدة تستأنف الأسبوع المقبل",
      TITLE,
      P1,
      P2,
    ].join("\n");
    const article = parseArticle(page);
    expect(article.title?.text).toBe(TITLE);
    expect(article.subtitles).toEqual([]);
    expect(article.lists[0]?.items.length).toBe(3);
    expect(article.removed.some((r) => r.reason === "article:unused")).toBe(false);
  });
});
