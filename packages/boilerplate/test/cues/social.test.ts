/** Social cues (`cues/social.ts`). */
import { describe, expect, it } from "vitest";
import { FARMERS, INVESTMENT } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

describe("follow rows and share links", () => {
  it("removes follow rows that name their network, not a sentence of the body", () => {
    const rows = ["تابعوا RT على تلغرام", "Follow us on Instagram", "Suivez-nous sur Facebook", "تابعونا على فيس بوك"];
    const { blocks } = strip(INVESTMENT.TITLE, INVESTMENT.P1, INVESTMENT.P2, ...rows);
    for (const row of rows) expect(of(blocks, row)).toBe("social cue:follow");
    const sentence = "تابع الرئيس المباراة على يوتيوب.";
    expect(of(strip(INVESTMENT.TITLE, INVESTMENT.P1, sentence, INVESTMENT.P2).blocks, sentence)).not.toMatch(/^social/);
  });

  it("removes Jetpack share links and heads a section-more list", () => {
    const share = "Click to share on Facebook (Opens in new window)";
    const items = ["مقتل ثلاثة في اشتباكات بالعاصمة السودانية", "تونس.. جدل حول قانون الجمعيات الجديد"];
    const { blocks, lists } = strip(FARMERS.TITLE, FARMERS.P1, FARMERS.P2, share, "المزيد في سياسة", ...items);
    expect(of(blocks, share)).toBe("social cue:share");
    expect(of(blocks, "المزيد في سياسة")).toBe("list-heading cue:more-news-heading");
    expect(lists.at(-1)?.items.map((i) => i.text)).toEqual(items);
  });
});
