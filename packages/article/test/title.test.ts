/** The title: which line above the body is the headline. */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.ts";
import { page } from "./helpers.ts";
import { DROUGHT, FARMERS, MIGRATION, RAINWATER, VACCINATION } from "./pages.ts";

describe("titles under mastheads and menus", () => {
  it("skips an agency's full name over the menu when looking for the title", () => {
    const article = page(
      "وكالة الأنباء اليمنية سبأ",
      "الرئيسية | محلي | اقتصاد | رياضة",
      RAINWATER.TITLE,
      "مأرب - سبأ:",
      RAINWATER.P1,
      RAINWATER.P2,
    );
    expect(article.title?.text).toBe(RAINWATER.TITLE);
    expect(article.subtitles).toEqual([]);
  });

  it("finds the site's name and its masthead under a top bar of menu links", () => {
    const bare = page(
      "البلاد نت",
      "جريدة يومية وطنية مستقلة",
      "البحث عن:",
      "حصري",
      DROUGHT.TITLE,
      DROUGHT.P1,
      DROUGHT.P2,
    );
    const barred = page(
      "الرئيسية",
      "من نحن",
      "اتصل بنا",
      "البلاد نت",
      "جريدة يومية وطنية مستقلة",
      "البحث عن:",
      "حصري",
      DROUGHT.TITLE,
      DROUGHT.P1,
      DROUGHT.P2,
    );
    expect(barred.title?.text).toBe(DROUGHT.TITLE);
    expect(barred.title?.text).toBe(bare.title?.text);
    expect(barred.kicker?.text).toBe(bare.kicker?.text);
  });

  it("keeps the title under a long masthead, its tagline and a bare headline strip", () => {
    const page = [
      "سكاي نيوز عربية أبوظبي",
      "أخبار العالم بين يديك",
      "الرئيسية | أخبار | رياضة | اقتصاد",
      "ارتفاع سعر الدولار في السوق الموازية",
      "الأمم المتحدة تحذر من مجاعة في دارفور",
      "مفاوضات جدة تستأنف الأسبوع المقبل",
      FARMERS.TITLE,
      FARMERS.P1,
      FARMERS.P2,
    ].join("\n");
    const article = parseArticle(page);
    expect(article.title?.text).toBe(FARMERS.TITLE);
    expect(article.subtitles).toEqual([]);
    expect(article.lists[0]?.items.length).toBe(3);
    expect(article.removed.some((r) => r.reason === "article:unused")).toBe(false);
  });
});

describe("title shapes", () => {
  it("reads a title printed in presentation-form letters", () => {
    const shaped = "ﻭﺯﺍﺭﺓ ﺍﻟﺼﺤﺔ ﺗﻄﻠﻖ ﺣﻤﻠﺔ ﻭﻃﻨﻴﺔ ﻟﻠﺘﻠﻘﻴﺢ";
    const article = page("الرئيسية / صحة", shaped, shaped, VACCINATION.P1, VACCINATION.P2);
    expect(article.title?.text).toBe(shaped);
    expect(article.paragraphs).toHaveLength(2);
    expect(parseArticle([shaped, VACCINATION.P1].join("\n"), { normalize: "search" }).title?.normalized).toBe(
      "وزاره الصحه تطلق حمله وطنيه للتلقيح",
    );
  });

  it("joins a title printed over two lines, the second opening with و", () => {
    const article = page(...VACCINATION.MENU, VACCINATION.LINE1, VACCINATION.LINE2, VACCINATION.P1, VACCINATION.P2);
    expect(article.title?.text).toBe(`${VACCINATION.LINE1}\n${VACCINATION.LINE2}`);
    expect(article.subtitles).toEqual([]);
    // blank lines between the two lines
    expect(
      page(...VACCINATION.MENU, VACCINATION.LINE1, "", VACCINATION.LINE2, "", VACCINATION.P1, VACCINATION.P2).title
        ?.text,
    ).toBe(`${VACCINATION.LINE1}\n\n${VACCINATION.LINE2}`);
  });

  it("reads a question headline of twelve words as the title, with a kicker after a menu", () => {
    const title = "عودة النفط إلى 90 دولارا: مكاسب مؤقتة أم تحول دائم في السوق؟";
    const article = page(
      ...MIGRATION.MENU,
      "تحليل",
      title,
      "عبدالله الشمري",
      "23 نوفمبر 2026",
      MIGRATION.P1,
      MIGRATION.P2,
    );
    expect(article.title?.text).toBe(title);
    expect(article.kicker?.text).toBe("تحليل");
    expect(article.authors.map((a) => a.name)).toEqual(["عبدالله الشمري"]);
    expect(article.paragraphs).toHaveLength(2);
  });
});
