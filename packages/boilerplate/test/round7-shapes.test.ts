import { describe, expect, it } from "vitest";
import { lexiconVersion } from "../src/index.ts";
import { of, strip } from "./strip-lines.ts";

const TITLE = "وزارة الصحة تطلق حملة وطنية للتلقيح ضد الحصبة في المدارس";
const P1 =
  "أطلقت وزارة الصحة، صباح الاثنين، حملة وطنية للتلقيح ضد الحصبة تستهدف تلاميذ المدارس الابتدائية في جميع المحافظات.";
const P2 =
  "وقال مدير الوقاية بالوزارة إن الحملة ستستمر ثلاثة أسابيع، وإن فرقا طبية متنقلة ستزور المدارس النائية في الأرياف.";

describe("round 7 chrome", () => {
  it("bumps the lexicon version", () => {
    expect(lexiconVersion).toBe("1.8.0");
  });

  it("reads a menu whose cells are separated only by runs of spaces, a language switcher included", () => {
    const menu = "محليات  دولي  ترفيه  صحة  مدونات";
    const langs = "ENGLISH  DEUTSCH  TÜRKÇE  فارسی  العربية";
    const { blocks } = strip(menu, langs, TITLE, P1, P2);
    expect(of(blocks, menu)).toBe("navigation nav:menu-strip");
    expect(of(blocks, langs)).toBe("navigation nav:menu-strip");
    expect(of(blocks, TITLE)).toBe("heading null");
  });

  it("keeps a title with double spaces that is not made of section names", () => {
    const spaced = "الحكومة  تعلن  خطة  جديدة  لدعم  المزارعين";
    const { blocks } = strip(spaced, P1, P2);
    expect(of(blocks, spaced)).toBe("heading null");
  });

  it("skips a section name printed over each related headline", () => {
    const { blocks, lists } = strip(
      TITLE,
      P1,
      P2,
      "مواضيع ذات صلة",
      "رياضة",
      "المنتخب الوطني يستعد لمواجهة حاسمة في التصفيات",
      "رياضة",
      "اتحاد الكرة يعلن موعد انطلاق الدوري الجديد",
    );
    expect(of(blocks, "رياضة")).toBe("navigation list:section");
    expect(lists[0]?.items.map((i) => i.text)).toEqual([
      "المنتخب الوطني يستعد لمواجهة حاسمة في التصفيات",
      "اتحاد الكرة يعلن موعد انطلاق الدوري الجديد",
    ]);
  });

  it("takes French headlines under a related heading as items, not prose", () => {
    const item = "Maroc : les prix des carburants de nouveau en hausse à la pompe";
    const { blocks } = strip(TITLE, P1, P2, "Articles similaires", item, "Laisser un commentaire");
    expect(of(blocks, item)).toBe("list-item list-item");
  });

  it("removes app rows, dossier links, tag labels and WordPress footers", () => {
    const { blocks } = strip(
      TITLE,
      P1,
      P2,
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
