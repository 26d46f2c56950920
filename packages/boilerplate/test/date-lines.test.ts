/** Date lines (`detect-date-line.ts`). */
import { describe, expect, it } from "vitest";
import { FARMERS } from "./pages.ts";
import { of, strip } from "./strip-lines.ts";

const { TITLE, P1, P2 } = FARMERS;

describe("labelled date lines", () => {
  it("reads labelled date lines with a label verb, a French clock or a time-zone remark as date lines", () => {
    for (const line of [
      "تم النشر: 3 مارس 2025 08:45 GMT",
      "تم التحديث 3 مارس 2025",
      "Publié le 12 juin 2024 à 10h30",
      "آخر تحديث: 12 يونيو 2024 - 14:20 (توقيت القدس)",
      "آخر تحديث: 14 أبريل 2025 - 09:30 (بتوقيت مكة المكرمة)",
    ]) {
      expect(of(strip(TITLE, line, P1, P2).blocks, line)).toBe("date-header date:published");
    }
    // French time-zone remarks, while "heure" alone at the end stays a relative date
    for (const line of [
      "Publié le 12 juin 2024 à 10h30 (heure de Paris)",
      "Mis à jour le 12 juin 2024 à 11h05 heure locale",
    ]) {
      expect(of(strip(TITLE, line, P1, P2).blocks, line)).toBe("date-header date:published");
    }
    expect(of(strip(TITLE, "il y a 1 heure", P1, P2).blocks, "il y a 1 heure")).toBe("date-header date:relative");
    // a time-zone label takes at most two place words: a longer line is no date line
    const long = "آخر تحديث: 14 أبريل 2025 (توقيت الجولة الثالثة من المفاوضات)";
    expect(of(strip(TITLE, long, P1, P2).blocks, long)).not.toBe("date-header date:published");
  });
});
