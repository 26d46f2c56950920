import { describe, expect, it } from "vitest";
import { of, strip } from "./strip-lines.ts";

const TITLE = "الحكومة تقر إجراءات جديدة لدعم الاستثمار في الجنوب";
const P1 =
  "صادقت الحكومة خلال اجتماعها الأسبوعي على حزمة من الإجراءات الجديدة الموجهة لدعم الاستثمار في ولايات الجنوب، في خطوة تهدف إلى خلق مناصب شغل.";
const P2 =
  "وأوضح البيان أن هذه التدابير ستدخل حيز التنفيذ ابتداء من شهر جويلية المقبل، على أن تتابعها لجنة وزارية مشتركة.";

describe("round 12 chrome", () => {
  it("ends a bare most-read list at a Latin-only line glued under it", () => {
    const spam = "Watch One Piece episode 1100";
    const items = [
      "أسعار النفط تواصل الارتفاع في الأسواق",
      "وزارة التربية تكشف رزنامة الامتحانات",
      "رفع منحة البطالة ابتداء من جويلية",
    ];
    const { blocks, lists } = strip(TITLE, P1, P2, "الأكثر قراءة", ...items, spam);
    expect(lists[0]!.items.map((i) => i.text)).toEqual(items);
    expect(of(blocks, spam)).toBe("spam spam:latin-in-arabic-page");
  });
});
