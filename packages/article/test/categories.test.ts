/** Categories: the sections the page files the story under (`categories.ts`). */
import { describe, expect, it } from "vitest";
import { page } from "./helpers.ts";
import { MEASLES, RAINWATER, VACCINATION } from "./pages.ts";

describe("categories", () => {
  it("does not take a Latin site name at the top for a section", () => {
    expect(page("Hespress", RAINWATER.TITLE, RAINWATER.P1, RAINWATER.P2).categories).toEqual([]);
  });

  it("returns the section printed above a breaking-news label over the title", () => {
    const article = page(
      "أخبار مصر",
      "اقتصاد",
      "رياضة",
      "حوادث",
      "اقتصاد",
      "عاجل",
      RAINWATER.TITLE,
      RAINWATER.P1,
      RAINWATER.P2,
    );
    expect(article.categories.map((c) => c.text)).toEqual(["اقتصاد"]);
    expect(article.title?.text).toBe(RAINWATER.TITLE);
  });

  it("takes the opinion section repeated above the columnist's name for the category", () => {
    const article = page(
      "هسبريس",
      "سياسة",
      "اقتصاد",
      "كتاب وآراء",
      "كتاب وآراء",
      "عبد الرحيم المنصوري",
      VACCINATION.TITLE,
      VACCINATION.P1,
      VACCINATION.P2,
    );
    expect(article.authors.map((a) => a.text)).toEqual(["عبد الرحيم المنصوري"]);
    expect(article.categories.map((c) => c.text)).toEqual(["كتاب وآراء"]);
  });

  it("never reads a site menu of section names split by '|' over the title as the story's categories", () => {
    const menu = page("محليات | اقتصاد | دولي | رياضة", MEASLES.TITLE, MEASLES.P1, MEASLES.P2);
    expect(menu.categories).toEqual([]);
    // a glued category strip (WordPress links without spaces) still names the sections
    const glued = page("وطنيمجتمع", MEASLES.TITLE, MEASLES.P1, MEASLES.P2);
    expect(glued.categories.map((c) => c.text)).toEqual(["وطني", "مجتمع"]);
  });
});
