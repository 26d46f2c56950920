/** Credit cues (`cues/credit.ts`). */
import { describe, expect, it } from "vitest";
import { BUDGET, VACCINATION } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

describe("photo credits, tag labels and dossier links", () => {
  it("keeps a caption credited with © and a photo label over a description", () => {
    const { blocks } = strip(
      BUDGET.TITLE,
      BUDGET.P1,
      "صورة من موقع الهدم في سلوان © وفا",
      "الصورة: رئيس المفوضية خلال المؤتمر الصحفي في طرابلس",
      BUDGET.P2,
      "© 2024 سودان تربيون",
      "الصورة: رويترز",
    );
    expect(blocks.find((b) => b.text.startsWith("صورة من"))?.boilerplate).toBe(false);
    expect(blocks.find((b) => b.text.startsWith("الصورة: رئيس"))?.boilerplate).toBe(false);
    expect(of(blocks, "© 2024 سودان تربيون")).toBe("policy cue:copyright");
    expect(of(blocks, "الصورة: رويترز")).toBe("credit cue:photo-credit");
  });

  it("removes app rows, dossier links, tag labels and WordPress footers", () => {
    const { blocks } = strip(
      VACCINATION.TITLE,
      VACCINATION.P1,
      VACCINATION.P2,
      "الشروق على تطبيق آيفون",
      "ضمن ملف : الدخول المدرسي",
      "الكلمات الدلالية",
      "Powered by WordPress | Theme by Jannah",
    );
    expect(of(blocks, "الشروق على تطبيق آيفون")).toBe("social cue:app");
    expect(of(blocks, "ضمن ملف : الدخول المدرسي")).toBe("credit cue:tags");
    expect(of(blocks, "الكلمات الدلالية")).toBe("credit cue:tags");
    expect(of(blocks, "Powered by WordPress | Theme by Jannah")).toBe("policy cue:copyright");
  });
});
