/** The `bare-top-strip` pass: an unlabelled strip of other stories right above the title. */
import { describe, expect, it } from "vitest";
import { FARMERS } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

const { TITLE, P1, P2 } = FARMERS;

describe("bare top strips", () => {
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
