import { describe, expect, it } from "vitest";
import { parseArabicDate } from "../src/index.ts";
import { page } from "./helpers.ts";

const TITLE = "وزارة الصحة تطلق حملة وطنية للتلقيح ضد الحصبة في المدارس";
const P1 =
  "أطلقت وزارة الصحة، صباح الاثنين، حملة وطنية للتلقيح ضد الحصبة تستهدف تلاميذ المدارس الابتدائية في جميع المحافظات.";
const P2 =
  "وقال مدير الوقاية بالوزارة إن الحملة ستستمر ثلاثة أسابيع، وإن فرقا طبية متنقلة ستزور المدارس النائية في الأرياف.";
const MENU = ["الرئيسية", "سياسة", "اقتصاد", "رياضة"];

describe("round 8 shapes", () => {
  it("prefers the timed stamp under the title to a bare day line above it", () => {
    const article = page(...MENU, "السبت 22 جوان 2024", TITLE, "22 جوان 2024 - 18:35", P1, P2);
    expect(article.published?.iso).toBe("2024-06-22T18:35");
    // an update stamp never wins that way
    const updated = page(...MENU, "السبت 22 جوان 2024", TITLE, "آخر تحديث: 23 جوان 2024 - 10:00", P1, P2);
    expect(updated.published?.iso).toBe("2024-06-22");
  });

  it("reads the Gregorian date a Hijri-first masthead prints after a dash", () => {
    expect(parseArabicDate("الأربعاء - 6 ذو الحجة 1445 هـ - 12 يونيو 2024 م")?.iso).toBe("2024-06-12");
    expect(parseArabicDate("6 ذو الحجة 1445 هـ")?.iso).toBe("2024-06-13");
  });

  it("reads 'SITE من PLACE:' and 'علمت «PAPER»' opening the lead", () => {
    const elaph = page(...MENU, TITLE, `إيلاف من باريس: ${P1}`, P2);
    expect(elaph.source?.text).toBe("إيلاف");
    expect(elaph.dateline?.text).toBe("باريس");
    const okaz = page(...MENU, TITLE, `علمت «عكاظ» من مصادر مطلعة أن ${P1}`, P2);
    expect(okaz.source?.text).toBe("عكاظ");
    expect(okaz.dateline).toBeNull();
  });

  it("reads several reporters with the places they filed from", () => {
    const article = page(...MENU, TITLE, "فهد الشمري، عبدالله العتيبي (جدة، الرياض)", P1, P2);
    expect(article.authors.map((a) => a.text)).toEqual(["فهد الشمري", "عبدالله العتيبي"]);
    expect(article.dateline?.text).toBe("جدة، الرياض");
    expect(article.subtitles).toEqual([]);
  });

  it("reads 'PLACE / AGENCY', 'PLACE: «PAPER»' under the title and 'SITE/ PLACE' above the body", () => {
    const aa = page(...MENU, TITLE, "إسطنبول / الأناضول", "12.06.2024", P1, P2);
    expect(aa.source?.name).toBe("وكالة الأناضول");
    expect(aa.dateline?.text).toBe("إسطنبول");
    const paper = page("الخليج", "Gulf Today", "الإمارات", "اقتصاد", TITLE, "By سارة المرزوقي", "أبوظبي: «الخليج»", P1);
    expect(paper.source?.text).toBe("الخليج");
    expect(paper.dateline?.text).toBe("أبوظبي");
    expect(paper.authors.map((a) => a.text)).toEqual(["سارة المرزوقي"]);
    const site = page(...MENU, "عاجل", TITLE, "2024-06-12 22:35", "السومرية نيوز/ بغداد", P1, P2);
    expect(site.title?.text).toBe(TITLE);
    expect(site.source?.text).toBe("السومرية نيوز");
    expect(site.dateline?.text).toBe("بغداد");
    expect(site.published?.iso).toBe("2024-06-12T22:35");
  });

  it("reads the line under a photographer's credit as a caption", () => {
    const article = page(...MENU, TITLE, "تصوير: كريم عبد العزيز", "وزير الصحة خلال المؤتمر الصحفي", P1, P2);
    expect(article.captions.map((c) => c.text)).toEqual(["وزير الصحة خلال المؤتمر الصحفي"]);
    expect(article.subtitles).toEqual([]);
    expect(article.authors).toEqual([]);
  });

  it("takes the opinion section repeated above the columnist's name for the category", () => {
    const article = page("هسبريس", "سياسة", "اقتصاد", "كتاب وآراء", "كتاب وآراء", "عبد الرحيم المنصوري", TITLE, P1, P2);
    expect(article.authors.map((a) => a.text)).toEqual(["عبد الرحيم المنصوري"]);
    expect(article.categories.map((c) => c.text)).toEqual(["كتاب وآراء"]);
  });
});
