import { describe, expect, it } from "vitest";
import { page } from "./helpers.ts";

const P1 =
  "أطلقت وزارة الصحة، صباح الاثنين، حملة وطنية للتلقيح ضد الحصبة تستهدف تلاميذ المدارس الابتدائية في جميع المحافظات.";
const P2 =
  "وقال مدير الوقاية بالوزارة إن الحملة ستستمر ثلاثة أسابيع، وإن فرقا طبية متنقلة ستزور المدارس النائية في الأرياف.";
const MENU = ["الرئيسية", "سياسة", "اقتصاد", "رياضة"];
const LINE1 = "السودان: معارك عنيفة في الفاشر";
const LINE2 = "وتحذيرات أممية من مجاعة وشيكة";

describe("round 9 shapes", () => {
  it("joins a title printed over two lines, the second opening with و", () => {
    const article = page(...MENU, LINE1, LINE2, P1, P2);
    expect(article.title?.text).toBe(`${LINE1}\n${LINE2}`);
    expect(article.subtitles).toEqual([]);
    // blank lines between the two lines
    expect(page(...MENU, LINE1, "", LINE2, "", P1, P2).title?.text).toBe(`${LINE1}\n\n${LINE2}`);
  });

  it("keeps a deck that starts a new statement as a subtitle", () => {
    for (const deck of [
      "وزير الخارجية يبحث الأزمة مع نظيره المصري",
      "تقارير أممية تحذر من مجاعة وشيكة",
      "وتحذيرات أممية من مجاعة وشيكة في الإقليم بعد أشهر من الحصار الخانق على المدينة",
    ]) {
      const article = page(...MENU, LINE1, deck, P1, P2);
      expect(article.title?.text).toBe(LINE1);
      expect(article.subtitles.map((s) => s.text)).toEqual([deck]);
    }
    // not right under the title
    const apart = page(...MENU, LINE1, "الخرطوم", LINE2, P1, P2);
    expect(apart.title?.text).toBe(LINE1);
  });

  it("reads the source from an agency credit under a read-also list", () => {
    const article = page(...MENU, LINE1, P1, P2, "اقرأ أيضا", "مجلس الأمن يطالب بوقف حصار الفاشر", "(رويترز)");
    expect(article.source?.name).toBe("رويترز");
    expect(article.lists[0]!.items).toHaveLength(1);
  });
});
