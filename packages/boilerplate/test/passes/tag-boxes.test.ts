/** The `tag-boxes` pass: tags under a tag label, and where the box ends. */
import { describe, expect, it } from "vitest";
import { HOSPITAL } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

const { TITLE, P1, P2 } = HOSPITAL;

describe("tag boxes", () => {
  it("ends a tag box at a contributor's credit", () => {
    const credit = "إعداد: لي وانغ";
    const { blocks } = strip(TITLE, P1, P2, "الكلمات المفتاحية", "الصين", "البرازيل", credit);
    expect(of(blocks, "البرازيل")).toBe("credit tag");
    expect(of(blocks, credit)).toBe("credit credit:contributor");
    const line = "شارك في التغطية: سامي أبو سالم، وأحمد عبد الله";
    expect(of(strip(TITLE, P1, P2, "دلالات", "غزة", line).blocks, line)).toBe("credit cue:contributor");
    // a sentence opening with the same words is prose
    const prose = "شارك في التغطية الإعلامية للمؤتمر أكثر من مئتي صحفي من عشرين بلدا عربيا وأجنبيا.";
    expect(of(strip(TITLE, P1, prose, P2).blocks, prose)).toBe("content null");
  });
});
