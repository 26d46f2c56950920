import { describe, expect, it } from "vitest";
import { lexiconVersion } from "../src/index.ts";
import { of, strip } from "./strip-lines.ts";

const TITLE = "وزارة الصحة تطلق حملة وطنية للتلقيح ضد الحصبة في المدارس";
const P1 =
  "أطلقت وزارة الصحة، صباح الاثنين، حملة وطنية للتلقيح ضد الحصبة تستهدف تلاميذ المدارس الابتدائية في جميع المحافظات.";
const P2 =
  "وقال مدير الوقاية بالوزارة إن الحملة ستستمر ثلاثة أسابيع، وإن فرقا طبية متنقلة ستزور المدارس النائية في الأرياف.";
const H1 = "مجلس الأمن يطالب بوقف حصار الفاشر";
const H2 = "مصر تستضيف مؤتمرا لدول جوار السودان";

describe("round 9 chrome", () => {
  it("bumps the lexicon version", () => {
    const [major, minor] = lexiconVersion.split(".").map(Number);
    expect(major === 1 && (minor ?? 0) >= 7).toBe(true);
  });

  it("removes view counters with K/M suffixes and Arabic magnitudes", () => {
    for (const counter of ["1.2K مشاهدة", "3M views", "12 ألف مشاهدة", "3 ملايين مشاهدة", "850 مشاهدة"]) {
      const { blocks } = strip(TITLE, P1, P2, counter);
      expect(of(blocks, counter)).toBe("widget cue:view-count");
    }
    // a number word alone is not a count (the line is still outside the article)
    const { blocks } = strip(TITLE, P1, P2, "ألف مشاهدة ومشاهدة في ليلة واحدة");
    expect(of(blocks, "ألف مشاهدة ومشاهدة في ليلة واحدة")).toBe("content outside-article");
  });

  it("removes reading-time lines as reading-time, not as dates", () => {
    for (const line of [
      "3 دقائق",
      "قراءة 4 دقائق",
      "5 min read",
      "Lecture 3 min",
      "دقيقتان للقراءة",
      "Temps de lecture 4 min",
    ]) {
      const { blocks } = strip(TITLE, line, P1, P2);
      expect(of(blocks, line)).toBe("widget cue:reading-time");
    }
    const { blocks } = strip(TITLE, "منذ 5 دقائق", P1, P2);
    expect(of(blocks, "منذ 5 دقائق")).toBe("date-header date:relative");
  });

  it("never takes a closing agency credit for an item of a read-also list", () => {
    for (const credit of ["فرانس24/ أ ف ب", "(رويترز)", "(د ب أ)", "وام", "(أ ف ب، رويترز)", "المصدر: وكالات"]) {
      const after = strip(TITLE, P1, P2, "اقرأ أيضا", H1, H2, credit);
      expect(of(after.blocks, credit)).toBe("content null");
      expect(after.lists[0]!.items.map((i) => i.text)).toEqual([H1, H2]);
      const before = strip(TITLE, P1, P2, credit, H1, H2, "مجلس النواب يقر الموازنة العامة للدولة");
      expect(of(before.blocks, credit)).toBe("content null");
    }
    // a headline naming an agency is still an item
    const { lists } = strip(TITLE, P1, P2, "اقرأ أيضا", H1, "رويترز تكشف تفاصيل الصفقة");
    expect(lists[0]!.items).toHaveLength(2);
  });

  it("reads a bare related label and a site's app row", () => {
    const { blocks, lists } = strip(TITLE, P1, P2, "ذات صلة", H1, H2, "تحميل تطبيق سبق");
    expect(of(blocks, "ذات صلة")).toBe("list-heading cue:related-heading");
    expect(lists[0]!.kind).toBe("related");
    expect(of(blocks, "تحميل تطبيق سبق")).toBe("social cue:app");
  });
});
