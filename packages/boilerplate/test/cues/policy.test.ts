/** Policy cues (`cues/policy.ts`). */
import { describe, expect, it } from "vitest";
import { BUDGET, VACCINATION, VISIT } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

describe("disclaimers", () => {
  it("removes opinion disclaimers in Arabic, English and French, even long ones", () => {
    const ar = "الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعبر بالضرورة عن الموقع.";
    const en =
      "(The views expressed in this article are those of the author and do not necessarily reflect the views of the site.)";
    const fr = "Les opinions exprimées dans cette tribune n'engagent que leurs auteurs.";
    const { blocks } = strip(BUDGET.TITLE, ar, BUDGET.P1, BUDGET.P2, en, fr);
    expect(of(blocks, ar)).toBe("policy cue:disclaimer");
    expect(of(blocks, en)).toBe("policy cue:disclaimer");
    expect(of(blocks, fr)).toBe("policy cue:disclaimer");
    expect(of(blocks, BUDGET.P1)).toBe("content null");
  });

  it("removes a wire agency's web-summary notice", () => {
    const notice =
      "الأخبار المنشورة على الموقع الإلكتروني لوكالة الأناضول هي ملخص للأخبار المقدمة للمشتركين عبر نظام تدفق الأخبار.";
    const { blocks } = strip(VACCINATION.TITLE, VACCINATION.P1, VACCINATION.P2, notice);
    expect(of(blocks, notice)).toBe("policy cue:disclaimer");
  });
});

describe("cookie banners", () => {
  it("removes cookie banners' buttons", () => {
    const banner = "Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site web.";
    const { blocks } = strip(banner, "Ok", "Plus d'informations", VISIT.TITLE, VISIT.P1, VISIT.P2);
    expect(of(blocks, "Ok")).toBe("policy cue:consent-button");
    expect(of(blocks, "Plus d'informations")).toBe("policy cue:consent-button");
    expect(of(blocks, VISIT.TITLE)).toBe("heading null");
  });
});
