import { describe, expect, it } from "vitest";
import { isPhotoCaption } from "../src/caption-shape.ts";
import { parseArabicDate } from "../src/index.ts";
import { page } from "./helpers.ts";

const TITLE = "وزير الزراعة يفتتح مشروع حصاد مياه الأمطار في محافظة مأرب";
const P1 =
  "افتتح وزير الزراعة والري اليوم، مشروع حصاد مياه الأمطار في مديرية الوادي، بتكلفة إجمالية تبلغ مليوني دولار بتمويل دولي.";
const P2 =
  "وأكد الوزير أهمية مثل هذه المشاريع في تعزيز الأمن الغذائي، داعيا المنظمات الدولية إلى مضاعفة دعمها للقطاع الزراعي.";

describe("dates round 5", () => {
  it("reads a time printed before the date", () => {
    expect(parseArabicDate("21:10-6 يونيو 2024")?.iso).toBe("2024-06-06T21:10");
    expect(parseArabicDate("11:30 م الخميس 13 يونيو 2024")).toMatchObject({
      iso: "2024-06-13T23:30",
      text: "11:30 م الخميس 13 يونيو 2024",
    });
    expect(parseArabicDate("12:05:30 6 يونيو 2024")?.iso).toBe("2024-06-06");
  });

  it("takes the date of a dated lead dateline as the publication date", () => {
    const lead = `الخرطوم 12 يونيو 2024 (سودان تربيون) - ${P1}`;
    const article = page(TITLE, lead, P2);
    expect(article.dateline?.text).toBe("الخرطوم");
    expect(article.source?.text).toBe("سودان تربيون");
    expect(article.published?.iso).toBe("2024-06-12");
  });

  it("reads the agency closing a dated lead", () => {
    const article = page(TITLE, `القدس 5-6-2024 وفا- ${P1}`, P2);
    expect(article.source?.name).toBe("وكالة الأنباء الفلسطينية");
    expect(article.published?.iso).toBe("2024-06-05");
  });
});

describe("credits round 5", () => {
  it("reads a site, a colon and its reporter after the place", () => {
    const article = page(TITLE, "القاهرة - بوابة الوسط: محمد الصريط", P1, P2);
    expect(article.dateline?.text).toBe("القاهرة");
    expect(article.source?.text).toBe("بوابة الوسط");
    expect(article.authors.map((a) => a.name)).toEqual(["محمد الصريط"]);
  });

  it("reads interview and text credits, but not a statement's label", () => {
    expect(page(TITLE, "حاوره: سالم البلوشي", P1, P2).authors.map((a) => a.name)).toEqual(["سالم البلوشي"]);
    const opinion = page(TITLE, P1, P2, "نص: إبراهيم العلوش");
    expect(opinion.authors.map((a) => a.name)).toEqual(["إبراهيم العلوش"]);
    expect(opinion.dateline).toBeNull();
    const statement = page(TITLE, P1, "نص البيان:", P2);
    expect(statement.authors).toEqual([]);
    expect(statement.paragraphs.map((p) => p.text)).toContain("نص البيان:");
  });

  it("reads a site named before a slash opening the lead", () => {
    expect(page(TITLE, `شفق نيوز/ ${P1}`, P2).source?.text).toBe("شفق نيوز");
    expect(page(TITLE, `بغداد/ ${P1}`, P2).source).toBeNull();
  });

  it("lists authors in page order", () => {
    const article = page("1. رياح قوية وزوابع رملية على 5 ولايات", "إسلام كعبش", "الجزائر – ربيعة خريس");
    const starts = article.authors.map((a) => a.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe("header and body shapes round 5", () => {
  it("skips an agency's full name over the menu when looking for the title", () => {
    const article = page("وكالة الأنباء اليمنية سبأ", "الرئيسية | محلي | اقتصاد | رياضة", TITLE, "مأرب - سبأ:", P1, P2);
    expect(article.title?.text).toBe(TITLE);
    expect(article.subtitles).toEqual([]);
  });

  it("takes a press-release label above the title as the kicker", () => {
    expect(page("بيان صحفي", TITLE, P1, P2).kicker?.text).toBe("بيان صحفي");
  });

  it("keeps interview questions and table rows as body text, not subheadings", () => {
    const closing = "وقال رئيس الشعبة إن التراجع يعود إلى انخفاض سعر الأوقية في البورصة العالمية وهدوء الطلب المحلي.";
    const article = page(TITLE, P1, "س: كيف تقيمون واقع القطاع اليوم؟", P2, "الذهب عيار 21 | 3120 جنيه", closing);
    expect(article.paragraphs.map((p) => p.kind)).toEqual(["text", "text", "text", "text", "text"]);
  });

  it("returns a caption credited with ©", () => {
    expect(isPhotoCaption("صورة من موقع الهدم في سلوان © وفا")).toBe(true);
    expect(isPhotoCaption("© 2024 سودان تربيون")).toBe(false);
    expect(page(TITLE, P1, "صورة من موقع الهدم في سلوان © وفا", P2).captions.map((c) => c.text)).toEqual([
      "صورة من موقع الهدم في سلوان © وفا",
    ]);
  });

  it("does not take a Latin site name at the top for a section", () => {
    expect(page("Hespress", TITLE, P1, P2).categories).toEqual([]);
  });
});
