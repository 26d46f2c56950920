/** The `masthead` pass: the site's name and tagline at the top of the page. */
import { describe, expect, it } from "vitest";
import { BUDGET, FARMERS, INVESTMENT } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

describe("the site's masthead", () => {
  it("removes a Latin site name alone on the first line of an Arabic page", () => {
    const { blocks } = strip("Hespress", BUDGET.TITLE, BUDGET.P1, BUDGET.P2);
    expect(of(blocks, "Hespress")).toBe("navigation nav:masthead");
    expect(of(blocks, BUDGET.TITLE)).toBe("heading null");
  });

  it("removes an outlet's full name right above the menu, and nothing else on the first line", () => {
    const menu = "الرئيسية | محلي | اقتصاد | رياضة";
    expect(
      of(
        strip("وكالة الأنباء اليمنية سبأ", menu, BUDGET.TITLE, BUDGET.P1, BUDGET.P2).blocks,
        "وكالة الأنباء اليمنية سبأ",
      ),
    ).toBe("navigation nav:masthead");
    expect(of(strip(BUDGET.TITLE, "سياسة", BUDGET.P1, BUDGET.P2).blocks, BUDGET.TITLE)).toBe("heading null");
  });

  it("finds the outlet's masthead under a top bar of menu links", () => {
    const { blocks } = strip(
      "الرئيسية",
      "من نحن",
      "اتصل بنا",
      "وكالة الأنباء اليمنية سبأ",
      "محلي | اقتصاد | رياضة | دولي",
      INVESTMENT.TITLE,
      INVESTMENT.P1,
      INVESTMENT.P2,
    );
    expect(of(blocks, "وكالة الأنباء اليمنية سبأ")).toBe("navigation nav:masthead");
    expect(of(blocks, INVESTMENT.TITLE)).toBe("heading null");
  });

  it("reads a short site name above the menu, a ticker or a skip link as the masthead", () => {
    const overMenu = strip(
      "فرانس 24",
      "الرئيسية | سياسة | اقتصاد | رياضة",
      FARMERS.TITLE,
      FARMERS.P1,
      FARMERS.P2,
    ).blocks;
    expect(of(overMenu, "فرانس 24")).toBe("navigation nav:masthead");
    expect(of(overMenu, FARMERS.TITLE)).toBe("heading null");
    const underSkip = strip(
      "Skip to main content",
      "اندبندنت عربية",
      "Advertisement",
      FARMERS.TITLE,
      FARMERS.P1,
      FARMERS.P2,
    ).blocks;
    expect(of(underSkip, "اندبندنت عربية")).toBe("navigation nav:masthead");
  });

  it("reads a four- or five-word site name and its tagline above the menu as the masthead", () => {
    const blocks = strip(
      "بي بي سي نيوز عربي",
      "الرئيسية",
      "أخبار",
      "اقتصاد",
      FARMERS.TITLE,
      FARMERS.P1,
      FARMERS.P2,
    ).blocks;
    expect(of(blocks, "بي بي سي نيوز عربي")).toBe("navigation nav:masthead");
    const tagged = strip(
      "البلاد نت",
      "جريدة يومية وطنية مستقلة",
      "البحث عن:",
      FARMERS.TITLE,
      FARMERS.P1,
      FARMERS.P2,
    ).blocks;
    expect(of(tagged, "جريدة يومية وطنية مستقلة")).toBe("navigation nav:masthead");
    const long = strip(
      "سكاي نيوز عربية أبوظبي",
      "أخبار العالم بين يديك",
      "الرئيسية",
      "أخبار",
      "رياضة",
      FARMERS.TITLE,
      FARMERS.P1,
      FARMERS.P2,
    ).blocks;
    expect(of(long, "سكاي نيوز عربية أبوظبي")).toBe("navigation nav:masthead");
    expect(of(long, "أخبار العالم بين يديك")).toBe("navigation nav:masthead");
    expect(of(long, FARMERS.TITLE)).toBe("heading null");
    // a headline-long line above a menu with no title after it is left alone
    const untitled = strip("بي بي سي نيوز عربي", "الرئيسية", "أخبار", "اقتصاد", FARMERS.P1, FARMERS.P2).blocks;
    expect(of(untitled, "بي بي سي نيوز عربي")).not.toBe("navigation nav:masthead");
  });
});
