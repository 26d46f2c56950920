import { describe, expect, it } from "vitest";
import { parseArabicDate } from "../src/index.ts";
import { page } from "./helpers.ts";

const TITLE = "وزير الزراعة يفتتح مشروع حصاد مياه الأمطار في محافظة مأرب";
const P1 =
  "افتتح وزير الزراعة والري اليوم، مشروع حصاد مياه الأمطار في مديرية الوادي، بتكلفة إجمالية تبلغ مليوني دولار بتمويل دولي.";
const P2 =
  "وأكد الوزير أهمية مثل هذه المشاريع في تعزيز الأمن الغذائي، داعيا المنظمات الدولية إلى مضاعفة دعمها للقطاع الزراعي.";

describe("dates round 6", () => {
  it("reads a time glued to the year", () => {
    expect(parseArabicDate("8/7/202410:30")).toMatchObject({ iso: "2024-07-08T10:30", text: "8/7/202410:30" });
    expect(parseArabicDate("8/7/20249:05")?.iso).toBe("2024-07-08T09:05");
    expect(parseArabicDate("8/7/202499:30")).toBeNull();
  });

  it("reads a month name between dashes and a time with its zone before the date", () => {
    expect(parseArabicDate("08-Jul-2024")?.iso).toBe("2024-07-08");
    expect(parseArabicDate("12-mars-2024 à 10h30")?.iso).toBe("2024-03-12T10:30");
    expect(parseArabicDate("Updated 10:45 GMT, 08-Jul-2024")?.iso).toBe("2024-07-08T10:45");
    expect(parseArabicDate("08-Jul/2024")).toBeNull();
  });
});

describe("credits round 6", () => {
  it("takes a writer's bio under the name after the body out of the body", () => {
    const article = page(TITLE, P1, P2, "سامي الخطيب", "كاتب وصحفي مصري مقيم في القاهرة");
    expect(article.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
    expect(article.authors.map((a) => a.text)).toEqual(["سامي الخطيب"]);
    expect(article.removed.find((r) => r.reason === "article:author-bio")?.text).toBe(
      "كاتب وصحفي مصري مقيم في القاهرة",
    );
  });

  it("reads a known agency closed by a full stop in the lead", () => {
    const article = page(TITLE, `موسكو - سبوتنيك. ${P1}`, P2);
    expect(article.dateline?.text).toBe("موسكو");
    expect(article.source?.text).toBe("سبوتنيك");
  });

  it("does not take a short sentence after the lead's dash for a source", () => {
    const article = page(TITLE, `القاهرة - انتهى الاجتماع. ${P1}`, P2);
    expect(article.source).toBeNull();
  });

  it("reads a Tunisian reporter's name after the place and a colon", () => {
    const article = page(TITLE, "تونس: المنجي السعيداني", P1, P2);
    expect(article.dateline?.text).toBe("تونس");
    expect(article.authors.map((a) => a.text)).toEqual(["المنجي السعيداني"]);
  });
});

describe("categories round 6", () => {
  it("returns the section printed above a breaking-news label over the title", () => {
    const article = page("أخبار مصر", "اقتصاد", "رياضة", "حوادث", "اقتصاد", "عاجل", TITLE, P1, P2);
    expect(article.categories.map((c) => c.text)).toEqual(["اقتصاد"]);
    expect(article.title?.text).toBe(TITLE);
  });
});
