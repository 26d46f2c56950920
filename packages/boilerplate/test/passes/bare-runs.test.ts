/** The `bare-runs` pass: unlabelled runs of headlines after the body. */
import { describe, expect, it } from "vitest";
import { BUDGET } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

const { TITLE, P1, P2 } = BUDGET;

describe("bare runs of headlines after the body", () => {
  it("makes a list of two headlines after the body when each carries its own time", () => {
    const { lists } = strip(
      TITLE,
      P1,
      P2,
      "منذ 3 ساعات",
      "الحكومة تبحث مع وفد أممي ملف الانتخابات",
      "منذ 5 ساعات",
      "البعثة الأممية ترحب بإطلاق تسجيل الناخبين",
    );
    expect(lists.map((l) => l.items.length)).toEqual([2]);
  });

  it("takes an unlabelled run of headlines with a writer under each as a list with writer credits", () => {
    const { blocks, lists } = strip(
      TITLE,
      P1,
      P2,
      "لماذا تتعثر التسويات في المنطقة؟",
      "عبد الرحمن الراشد",
      "الاقتصاد العالمي بين التضخم والركود",
      "سليمان جودة",
    );
    expect(lists[0]?.items.map((i) => i.text)).toEqual([
      "لماذا تتعثر التسويات في المنطقة؟",
      "الاقتصاد العالمي بين التضخم والركود",
    ]);
    expect(of(blocks, "عبد الرحمن الراشد")).toBe("credit list:writer");
    expect(of(blocks, "سليمان جودة")).toBe("credit list:writer");
  });

  it("does not take one headline and one name after the body for a writer strip", () => {
    const { lists } = strip(TITLE, P1, P2, "الاقتصاد العالمي بين التضخم والركود", "سليمان جودة");
    expect(lists).toEqual([]);
  });
});
