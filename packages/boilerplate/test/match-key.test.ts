import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchKey, matchKeyViaNormalizer } from "../src/match-key.ts";

describe("matchKey", () => {
  it("folds spelling variants to one key, whole words", () => {
    for (const v of ["اقرأ أيضاً", "إقرأ أيضا", "اقرا ايضا", "اقــرأ   أيـضـاً :", "«اقرأ» أيضاً!"]) {
      expect(matchKey(v), v).toBe("اقرا ايضا");
    }
    expect(matchKey("À LIRE AUSSI")).toBe("a lire aussi");
    expect(matchKey("٢٠٢٤/١٠/٠٦")).toBe("2024 10 06");
    expect(matchKey("مَدْرَسَةٌ كُبْرَى")).toBe("مدرسه كبري");
    expect(matchKey("")).toBe("");
    expect(matchKey("...")).toBe("");
  });

  it("runs presentation forms and format characters through @nass/normalize", () => {
    // U+FEEB U+FEAE... : "اقرأ" written with presentation forms would otherwise split into separators
    expect(matchKey("\ufe8d\ufed7\ufeae\ufe83 أيضا")).toBe("اقرا ايضا");
    expect(matchKey("اقرأ\u200f أيضا")).toBe("اقرا ايضا");
  });

  it("agrees with the full normalizer on text the fast path handles", () => {
    const alphabet = fc.constantFrom(
      ..."ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآٱةىؤئءـ ًٌٍَُِّْٰٓٔ0123456789٠١٢٣٤٥٦٧٨٩.,،؛:!؟?()«»“”\"'-–— \t\nabcXYZéèàçœÉ".split(""),
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (chars) => {
        const text = chars.join("");
        expect(matchKey(text)).toBe(matchKeyViaNormalizer(text));
      }),
      { numRuns: 2000 },
    );
  });
});
