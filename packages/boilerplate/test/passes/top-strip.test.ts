/** The `top-strip` pass: a strip of headlines between the menu and a section name over the title. */
import { describe, expect, it } from "vitest";
import { BUDGET } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

const { TITLE, P1, P2 } = BUDGET;

describe("top strips", () => {
  it("takes a top-stories strip between the menu and a repeated section name as a list", () => {
    const { blocks, lists } = strip(
      "وطنية",
      "جهات",
      "رياضة",
      "ثقافة",
      "الحكومة تصادق على مشروع قانون المالية التكميلي",
      "ارتفاع نسبة امتلاء السدود إلى 35 بالمائة",
      "وطنية",
      TITLE,
      P1,
      P2,
    );
    expect(lists[0]?.kind).toBe("headlines");
    expect(lists[0]?.items).toHaveLength(2);
    expect(of(blocks, "ارتفاع نسبة امتلاء السدود إلى 35 بالمائة")).toBe("list-item list-item:top-strip");
    expect(of(blocks, TITLE)).toBe("heading null");
  });

  it("keeps a title and its decks under a menu when no section name separates them", () => {
    const { blocks, lists } = strip(
      "وطنية",
      "جهات",
      "رياضة",
      TITLE,
      "تحوز بنك معلومات ثريا حول التنظيمات الجهادية",
      "تقارير تؤكد الصلة بين الإرهاب والجريمة المنظمة",
      P1,
      P2,
    );
    expect(lists).toEqual([]);
    expect(of(blocks, TITLE)).toBe("heading null");
  });
});
