import { describe, expect, it } from "vitest";
import { page } from "./helpers.ts";

const TITLE = "وزارة الصحة تطلق حملة وطنية للتلقيح ضد الحصبة في المدارس";
const P1 =
  "أطلقت وزارة الصحة، صباح اليوم، حملة وطنية للتلقيح ضد الحصبة في جميع المؤسسات التربوية، بعد تسجيل عدة حالات إصابة.";
const P2 =
  "وأوضح الوزير أن الحملة ستستمر ثلاثة أسابيع، بمشاركة فرق طبية متنقلة تابعة للمؤسسات الصحية الجوارية في كل الولايات.";

describe("round 17 shapes (article-golden audit)", () => {
  it("takes the date line under the title for the publication and the one above it for the page date", () => {
    const article = page("الأحد 20 أكتوبر 2024", TITLE, "ع. ب", "2024/10/19", P1, P2);
    expect(article.published?.iso).toBe("2024-10-19");
    expect(article.published?.text).toBe("2024/10/19");
    expect(article.pageDate?.iso).toBe("2024-10-20");
    // the same day printed above and under the title: the lower line is the story's
    const twice = page("الأربعاء 12 يونيو 2024", TITLE, "ميسم رزق", "الأربعاء 12 يونيو 2024", P1, P2);
    expect(twice.published?.start).toBeGreaterThan(twice.title?.start ?? Number.POSITIVE_INFINITY);
    expect(twice.pageDate?.start).toBeLessThan(twice.title?.start ?? -1);
  });

  it("reads one stamp printed twice to the minute as the publication only", () => {
    const stamp = "الجمعة 05 أبريل 2024 - 14:22";
    const article = page(stamp, TITLE, stamp, P1, P2);
    expect(article.published?.iso).toBe("2024-04-05T14:22");
    expect(article.pageDate).toBeNull();
  });

  it("keeps a labelled update line under the title from displacing the date above it", () => {
    const article = page("الأحد 20 أكتوبر 2024", TITLE, "آخر تحديث: 21 أكتوبر 2024 - 10:00", P1, P2);
    expect(article.published?.iso).toBe("2024-10-20");
  });

  it("never reads a site menu of section names split by '|' over the title as the story's categories", () => {
    const menu = page("محليات | اقتصاد | دولي | رياضة", TITLE, P1, P2);
    expect(menu.categories).toEqual([]);
    // a glued category strip (WordPress links without spaces) still names the sections
    const glued = page("وطنيمجتمع", TITLE, P1, P2);
    expect(glued.categories.map((c) => c.text)).toEqual(["وطني", "مجتمع"]);
  });
});
