import { describe, expect, it } from "vitest";
import { of, strip } from "./strip-lines.ts";

const TITLE = "البرلمان يصوت على قانون الموازنة العامة بعد جدل استمر أسابيع";
const P1 =
  "صوت مجلس النواب، مساء الاثنين، على قانون الموازنة العامة الاتحادية لعام 2024، بعد جدل سياسي استمر عدة أسابيع بين الكتل.";
const P2 =
  "وقال مصدر برلماني إن الجلسة شهدت حضور أغلبية النواب، وإن التصويت جرى على جميع فقرات القانون دون تعديلات جوهرية.";

describe("headline lists round 5", () => {
  it("takes a writer's name printed above each related headline as the item's credit", () => {
    const { blocks, lists } = strip(
      TITLE,
      P1,
      P2,
      "مقالات ذات صلة",
      "حسين علي",
      "خبراء: الموازنة الجديدة لا تعالج العجز المالي المتراكم",
      "سارة الجبوري",
      "نواب يطالبون بضمانات لتسليم رواتب الموظفين",
    );
    expect(lists[0]?.items.map((i) => i.text)).toEqual([
      "خبراء: الموازنة الجديدة لا تعالج العجز المالي المتراكم",
      "نواب يطالبون بضمانات لتسليم رواتب الموظفين",
    ]);
    expect(of(blocks, "حسين علي")).toBe("credit list:writer");
    expect(of(blocks, "سارة الجبوري")).toBe("credit list:writer");
  });

  it("makes a list of two headlines after the body when each carries its own time", () => {
    const { lists } = strip(
      TITLE,
      P1,
      P2,
      "منذ 3 ساعات",
      "الحكومة تبحث مع وفد أممي ملف الانتخابات",
      "منذ 5 ساعات",
      "البعثة الأممية ترحب بإطلاق تسجيل الناخبين",
    );
    expect(lists.map((l) => l.items.length)).toEqual([2]);
  });

  it("reads a recommendations heading", () => {
    const { lists } = strip(TITLE, P1, P2, "ترشيحات", "الحكومة تبحث مع وفد أممي ملف الانتخابات");
    expect(lists[0]?.kind).toBe("related");
  });
});

describe("captions and credits round 5", () => {
  it("keeps a caption credited with © and a photo label over a description", () => {
    const { blocks } = strip(
      TITLE,
      P1,
      "صورة من موقع الهدم في سلوان © وفا",
      "الصورة: رئيس المفوضية خلال المؤتمر الصحفي في طرابلس",
      P2,
      "© 2024 سودان تربيون",
      "الصورة: رويترز",
    );
    expect(blocks.find((b) => b.text.startsWith("صورة من"))?.boilerplate).toBe(false);
    expect(blocks.find((b) => b.text.startsWith("الصورة: رئيس"))?.boilerplate).toBe(false);
    expect(of(blocks, "© 2024 سودان تربيون")).toBe("policy cue:copyright");
    expect(of(blocks, "الصورة: رويترز")).toBe("credit cue:photo-credit");
  });

  it("removes a wire desk's editor codes but leaves a single group of initials", () => {
    const { blocks } = strip(TITLE, P1, P2, "م ع ح / ع ج", "ع. ب");
    expect(of(blocks, "م ع ح / ع ج")).toBe("credit credit:editor-initials");
    expect(blocks.find((b) => b.text === "ع. ب")?.boilerplate).toBe(false);
  });

  it("protects the title from a ticker when an agency credit with a colon sits under it", () => {
    const { blocks } = strip(
      "عاجل",
      "رئيس الوزراء يلتقي سفير الاتحاد الأوروبي",
      "6 يونيو 2024",
      TITLE,
      "مأرب - سبأ:",
      P1,
      P2,
    );
    expect(of(blocks, TITLE)).toBe("heading null");
    expect(of(blocks, "رئيس الوزراء يلتقي سفير الاتحاد الأوروبي")).toBe("ticker ticker-item");
  });

  it("removes a Latin site name alone on the first line of an Arabic page", () => {
    const { blocks } = strip("Hespress", TITLE, P1, P2);
    expect(of(blocks, "Hespress")).toBe("navigation nav:masthead");
    expect(of(blocks, TITLE)).toBe("heading null");
  });

  it("removes an outlet's full name right above the menu, and nothing else on the first line", () => {
    const menu = "الرئيسية | محلي | اقتصاد | رياضة";
    expect(of(strip("وكالة الأنباء اليمنية سبأ", menu, TITLE, P1, P2).blocks, "وكالة الأنباء اليمنية سبأ")).toBe(
      "navigation nav:masthead",
    );
    expect(of(strip(TITLE, "سياسة", P1, P2).blocks, TITLE)).toBe("heading null");
  });
});
