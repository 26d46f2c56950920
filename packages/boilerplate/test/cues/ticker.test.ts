/** Tickers (`cues/ticker.ts`): breaking-news labels and the headlines under them. */
import { describe, expect, it } from "vitest";
import { BUDGET, VISIT } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

describe("tickers", () => {
  it("protects the title from a ticker when an agency credit with a colon sits under it", () => {
    const { blocks } = strip(
      "عاجل",
      "رئيس الوزراء يلتقي سفير الاتحاد الأوروبي",
      "6 يونيو 2024",
      BUDGET.TITLE,
      "مأرب - سبأ:",
      BUDGET.P1,
      BUDGET.P2,
    );
    expect(of(blocks, BUDGET.TITLE)).toBe("heading null");
    expect(of(blocks, "رئيس الوزراء يلتقي سفير الاتحاد الأوروبي")).toBe("ticker ticker-item");
  });

  it("reads a ticker label glued to its headlines as a ticker, not the title", () => {
    const ticker = "آخر الأخبارقيس سعيد يستقبل رئيسة الحكومةوزارة الفلاحة تحدد سعر قبول الحبوب";
    const { blocks } = strip("الرئيسية", ticker, VISIT.TITLE, VISIT.P1, VISIT.P2);
    expect(of(blocks, ticker)).toBe("ticker ticker-item:glued-label");
    expect(of(blocks, VISIT.TITLE)).toBe("heading null");
    // a headline that merely starts with the label's words is not glued
    const plain = strip("آخر الأخبار عن الحكومة الجديدة في تونس", VISIT.P1, VISIT.P2);
    expect(plain.blocks[0]!.boilerplate).toBe(false);
  });
});
