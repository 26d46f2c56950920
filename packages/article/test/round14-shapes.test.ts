import { describe, expect, it } from "vitest";
import { page } from "./helpers.ts";

const TITLE = "الحكومة اليمنية تعلن صرف رواتب الموظفين المتأخرة لثلاثة أشهر";
const P1 =
  "أعلنت الحكومة اليمنية، الأحد، البدء بصرف رواتب موظفي الدولة المتأخرة لثلاثة أشهر، بدعم من الوديعة السعودية الأخيرة.";
const P2 =
  "وقال وزير المالية إن الصرف سيتم عبر البنوك وشركات الصرافة المعتمدة في المحافظات المحررة ابتداء من الأسبوع المقبل.";

describe("round 14 shapes (aggregators and republished stories)", () => {
  it("reads the original outlet and date from an aggregator's 'نشر في OUTLET يوم DATE' stamp", () => {
    const ar = page(TITLE, "نشرت في المصدر أونلاين بتاريخ 22 - 09 - 2024", P1, P2);
    expect(ar.source?.name).toBe("المصدر أونلاين");
    expect(ar.published?.iso).toBe("2024-09-22");
    expect(ar.subtitles).toEqual([]);
    const fr = page(TITLE, "Publié dans Le Quotidien d'Oran le 04 - 08 - 2024", P1, P2);
    expect(fr.source?.name).toBe("Le Quotidien d'Oran");
    expect(fr.published?.iso).toBe("2024-08-04");
    // a plain stamp names no outlet
    const plain = page(TITLE, "نشر في 22 - 09 - 2024", P1, P2);
    expect(plain.source).toBeNull();
    expect(plain.published?.iso).toBe("2024-09-22");
  });

  it("prefers a labelled publication stamp to a bare day line above the title, which becomes the page date", () => {
    const article = page("الأحد 16 جوان 2024", TITLE, "تاريخ النشر: 15 جوان 2024", P1, P2);
    expect(article.published?.iso).toBe("2024-06-15");
    expect(article.pageDate?.iso).toBe("2024-06-16");
  });

  it("never takes a print page's print date for the publication date", () => {
    const article = page("تاريخ الطباعة: 21/05/2024", TITLE, "20 مايو 2024", P1, P2);
    expect(article.published?.iso).toBe("2024-05-20");
    expect(article.title?.text).toBe(TITLE);
  });
});
