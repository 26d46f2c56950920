/** The `adjacent-article` pass: the previous and next articles' headlines and teasers. */
import { describe, expect, it } from "vitest";
import { DESALINATION, VISIT } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

describe("neighbouring articles", () => {
  it("removes the neighbouring articles' headlines under post-navigation labels", () => {
    for (const [prev, next] of [
      ["المقال السابق", "المقال التالي"],
      ["Article précédent", "Article suivant"],
      ["Previous article", "Next article"],
      ["المقالة السابقة", "المقالة التالية"],
    ] as const) {
      const { blocks } = strip(VISIT.TITLE, VISIT.P1, VISIT.P2, prev, VISIT.H1, next, VISIT.H2);
      expect(of(blocks, prev)).toBe("navigation cue:pagination");
      expect(of(blocks, VISIT.H1)).toBe("navigation nav:adjacent-article");
      expect(of(blocks, VISIT.H2)).toBe("navigation nav:adjacent-article");
    }
    // a label with the headline on its own line is the only shape: prose after a label stays prose
    const { blocks } = strip(VISIT.TITLE, VISIT.P1, "التالي", VISIT.P2);
    expect(of(blocks, VISIT.P2)).toBe("content null");
  });

  it("turns 'اقرأ المزيد' after a cut summary into the read-more link, and removes the next article's teaser", () => {
    const teaser = "أعلنت مصالح ولاية وهران عن فتح 60 شاطئا أمام المصطافين ابتداء من اليوم...";
    const { blocks } = strip(
      DESALINATION.TITLE,
      DESALINATION.P1,
      DESALINATION.P2,
      "اقرأ المزيد",
      "المقال التالي",
      "انطلاق موسم الاصطياف بفتح 60 شاطئا للسباحة",
      "المصدر: الشعب",
      teaser,
      "اقرأ المزيد",
    );
    expect(blocks.filter((b) => b.text === "اقرأ المزيد").map((b) => b.reason)).toEqual([
      "cue:read-more",
      "cue:read-more",
    ]);
    expect(of(blocks, teaser)).toBe("navigation nav:adjacent-teaser");
    expect(of(blocks, "المصدر: الشعب")).toBe("navigation nav:adjacent-teaser");
  });
});
