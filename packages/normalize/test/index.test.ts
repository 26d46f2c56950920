import { describe, expect, it } from "vitest";
import { normalize, normalizeWithMap } from "../src/index.ts";

describe("normalize smoke", () => {
  it("display folds a lam-alef ligature with hamza and a Persian kaf", () => {
    // U+FEF7 ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE ISOLATED FORM -> لأ; U+06A9 KEHEH -> KAF
    expect(normalize("\uFEF7ن  الکتاب")).toBe("لأن الكتاب");
  });
  it("search strips marks and folds letters", () => {
    expect(normalize("إِلَى المَدْرَسَةِ ٣", { preset: "search" })).toBe("الي المدرسه 3");
  });
  it("maps back to the input", () => {
    const r = normalizeWithMap("قالَ المُدِيرُ", { preset: "search" });
    expect(r.toOriginalSpan(4, 10)).toEqual({ text: "المُدِيرُ", start: 5, end: 14 });
  });
});
