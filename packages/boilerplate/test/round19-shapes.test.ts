import { describe, expect, it } from "vitest";
import { lexiconVersion } from "../src/index.ts";
import { of, strip } from "./strip-lines.ts";

const TITLE = "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الجبلية";
const P1 =
  "أعلنت الحكومة، اليوم الأحد، عن خطة جديدة لدعم المزارعين في المناطق الجبلية، تشمل قروضا ميسرة وتوزيع بذور محسنة على صغار الفلاحين.";
const P2 = "وأوضح وزير الفلاحة أن الخطة ستنطلق مطلع الشهر المقبل، وأنها تستهدف أكثر من عشرين ألف أسرة ريفية.";

describe("round 19 chrome (audits of the goldens)", () => {
  it("bumps the lexicon to 1.13 or later", () => {
    const [major, minor] = lexiconVersion.split(".").map(Number);
    expect(major! > 1 || minor! >= 13).toBe(true);
  });

  it("reads labelled date lines with a label verb, a French clock or a time-zone remark as date lines", () => {
    for (const line of [
      "تم النشر: 3 مارس 2025 08:45 GMT",
      "تم التحديث 3 مارس 2025",
      "Publié le 12 juin 2024 à 10h30",
      "آخر تحديث: 12 يونيو 2024 - 14:20 (توقيت القدس)",
      "آخر تحديث: 14 أبريل 2025 - 09:30 (بتوقيت مكة المكرمة)",
    ]) {
      expect(of(strip(TITLE, line, P1, P2).blocks, line)).toBe("date-header date:published");
    }
    // French time-zone remarks, while "heure" alone at the end stays a relative date
    for (const line of [
      "Publié le 12 juin 2024 à 10h30 (heure de Paris)",
      "Mis à jour le 12 juin 2024 à 11h05 heure locale",
    ]) {
      expect(of(strip(TITLE, line, P1, P2).blocks, line)).toBe("date-header date:published");
    }
    expect(of(strip(TITLE, "il y a 1 heure", P1, P2).blocks, "il y a 1 heure")).toBe("date-header date:relative");
    // a time-zone label takes at most two place words: a longer line is no date line
    const long = "آخر تحديث: 14 أبريل 2025 (توقيت الجولة الثالثة من المفاوضات)";
    expect(of(strip(TITLE, long, P1, P2).blocks, long)).not.toBe("date-header date:published");
  });

  it("reads a four- or five-word site name and its tagline above the menu as the masthead", () => {
    const blocks = strip("بي بي سي نيوز عربي", "الرئيسية", "أخبار", "اقتصاد", TITLE, P1, P2).blocks;
    expect(of(blocks, "بي بي سي نيوز عربي")).toBe("navigation nav:masthead");
    const tagged = strip("البلاد نت", "جريدة يومية وطنية مستقلة", "البحث عن:", TITLE, P1, P2).blocks;
    expect(of(tagged, "جريدة يومية وطنية مستقلة")).toBe("navigation nav:masthead");
    const long = strip(
      "سكاي نيوز عربية أبوظبي",
      "أخبار العالم بين يديك",
      "الرئيسية",
      "أخبار",
      "رياضة",
      TITLE,
      P1,
      P2,
    ).blocks;
    expect(of(long, "سكاي نيوز عربية أبوظبي")).toBe("navigation nav:masthead");
    expect(of(long, "أخبار العالم بين يديك")).toBe("navigation nav:masthead");
    expect(of(long, TITLE)).toBe("heading null");
    // a headline-long line above a menu with no title after it is left alone
    const untitled = strip("بي بي سي نيوز عربي", "الرئيسية", "أخبار", "اقتصاد", P1, P2).blocks;
    expect(of(untitled, "بي بي سي نيوز عربي")).not.toBe("navigation nav:masthead");
  });

  it("leaves a columnist's name and role line above the title to the article", () => {
    const blocks = strip("الرئيسية", "أخبار", "مقالات الرأي", "سمير عطا الله", "كاتب صحفي", TITLE, P1, P2).blocks;
    expect(of(blocks, "سمير عطا الله")).toBe("heading null");
    expect(of(blocks, "كاتب صحفي")).toBe("heading byline:role");
  });

  it("removes a one-word section tag between two chrome lines, keeps one right above the title", () => {
    const blocks = strip("آخر الأخبار", "سياسي", "عاجل", "الرئيسية / أخبار", TITLE, P1, P2).blocks;
    expect(of(blocks, "سياسي")).toBe("navigation nav:section-label");
    const above = strip("الرئيسية / أخبار", "سياسي", TITLE, P1, P2).blocks;
    expect(of(above, "سياسي")).not.toBe("navigation nav:section-label");
  });

  it("names required comment fields and subscribe-on-YouTube rows", () => {
    const blocks = strip(TITLE, P1, P2, "Leave a Reply", "Comment *", "Name *").blocks;
    expect(of(blocks, "Comment *")).toBe("comment-form cue:comment-field");
    const follow = strip(TITLE, P1, P2, "اشترك في «الأخبار» على يوتيوب هنا").blocks;
    expect(of(follow, "اشترك في «الأخبار» على يوتيوب هنا")).toBe("social cue:follow");
  });

  it("makes a bare strip of three headlines over the title that repeats the lead a list", () => {
    const strip3 = [
      "ارتفاع سعر الدولار في السوق الموازية",
      "الأمم المتحدة تحذر من مجاعة في دارفور",
      "مفاوضات جدة تستأنف الأسبوع المقبل",
    ];
    const result = strip("الرئيسية | أخبار | رياضة | اقتصاد", ...strip3, TITLE, P1, P2);
    for (const line of strip3) expect(of(result.blocks, line)).toBe("list-item list-item:bare-top-strip");
    expect(of(result.blocks, TITLE)).toBe("heading null");
    expect(result.lists[0]?.items.length).toBe(3);
    // two other stories' headlines over the title that repeats the lead lie outside the article
    const two = strip("الرئيسية | أخبار | رياضة | اقتصاد", strip3[0]!, strip3[1]!, TITLE, P1, P2).blocks;
    expect(of(two, strip3[0]!)).toBe("heading outside-article");
    expect(of(two, TITLE)).toBe("heading null");
  });
});
