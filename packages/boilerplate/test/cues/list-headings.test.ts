/** List heading cues (`cues/list-headings.ts`). */
import { describe, expect, it } from "vitest";
import { BUDGET, HOSPITAL, VACCINATION } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

describe("list headings", () => {
  it("reads a recommendations heading", () => {
    const { lists } = strip(BUDGET.TITLE, BUDGET.P1, BUDGET.P2, "ترشيحات", "الحكومة تبحث مع وفد أممي ملف الانتخابات");
    expect(lists[0]?.kind).toBe("related");
  });

  it("reads a bare related label and a site's app row", () => {
    const { blocks, lists } = strip(
      VACCINATION.TITLE,
      VACCINATION.P1,
      VACCINATION.P2,
      "ذات صلة",
      VACCINATION.H1,
      VACCINATION.H2,
      "تحميل تطبيق سبق",
    );
    expect(of(blocks, "ذات صلة")).toBe("list-heading cue:related-heading");
    expect(lists[0]!.kind).toBe("related");
    expect(of(blocks, "تحميل تطبيق سبق")).toBe("social cue:app");
  });

  it("reads English and Arabic top-stories headings over a strip above the title", () => {
    for (const heading of ["Top Stories", "Top news", "أهم العناوين", "الأخبار الرئيسية"]) {
      const { blocks, lists } = strip(
        ...HOSPITAL.MENU,
        heading,
        HOSPITAL.H1,
        HOSPITAL.H2,
        HOSPITAL.TITLE,
        "الأحد 22 نوفمبر 2026",
        HOSPITAL.P1,
        HOSPITAL.P2,
      );
      expect(of(blocks, heading)).toBe("list-heading cue:top-news-heading");
      expect(lists[0]!.items.map((i) => i.text)).toEqual([HOSPITAL.H1, HOSPITAL.H2]);
      expect(of(blocks, HOSPITAL.TITLE)).toBe("heading null");
    }
  });
});
