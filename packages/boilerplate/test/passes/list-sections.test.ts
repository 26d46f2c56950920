/** The `list-sections` pass: the lines under a list heading. */
import { describe, expect, it } from "vitest";
import { BUDGET, DESALINATION, VACCINATION } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

describe("what is printed with each item", () => {
  it("takes a writer's name printed above each related headline as the item's credit", () => {
    const { blocks, lists } = strip(
      BUDGET.TITLE,
      BUDGET.P1,
      BUDGET.P2,
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

  it("skips a section name printed over each related headline", () => {
    const { blocks, lists } = strip(
      VACCINATION.TITLE,
      VACCINATION.P1,
      VACCINATION.P2,
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

  it("reads a related box whose headlines carry their outlet and date as one list", () => {
    const items = [
      "تعليق مؤقت لتوزيع المياه بعدة أحياء في وهران",
      "Sécheresse : le gouvernement lance un plan d'urgence",
    ];
    const { blocks, lists } = strip(
      DESALINATION.TITLE,
      DESALINATION.P1,
      DESALINATION.P2,
      "Articles similaires",
      items[0]!,
      "El Watan",
      "03 - 08 - 2024",
      items[1]!,
      "Le Soir d'Algérie",
      "02 - 08 - 2024",
    );
    expect(lists[0]!.items.map((i) => i.text)).toEqual(items);
    expect(of(blocks, "El Watan")).toBe("credit list:source");
    expect(of(blocks, "Le Soir d'Algérie")).toBe("credit list:source");
  });
});

describe("which lines are items", () => {
  it("takes French headlines under a related heading as items, not prose", () => {
    const item = "Maroc : les prix des carburants de nouveau en hausse à la pompe";
    const { blocks } = strip(
      VACCINATION.TITLE,
      VACCINATION.P1,
      VACCINATION.P2,
      "Articles similaires",
      item,
      "Laisser un commentaire",
    );
    expect(of(blocks, item)).toBe("list-item list-item");
  });

  it("never takes a closing agency credit for an item of a read-also list", () => {
    for (const credit of ["فرانس24/ أ ف ب", "(رويترز)", "(د ب أ)", "وام", "(أ ف ب، رويترز)", "المصدر: وكالات"]) {
      const after = strip(
        VACCINATION.TITLE,
        VACCINATION.P1,
        VACCINATION.P2,
        "اقرأ أيضا",
        VACCINATION.H1,
        VACCINATION.H2,
        credit,
      );
      expect(of(after.blocks, credit)).toBe("content null");
      expect(after.lists[0]!.items.map((i) => i.text)).toEqual([VACCINATION.H1, VACCINATION.H2]);
      const before = strip(
        VACCINATION.TITLE,
        VACCINATION.P1,
        VACCINATION.P2,
        credit,
        VACCINATION.H1,
        VACCINATION.H2,
        "مجلس النواب يقر الموازنة العامة للدولة",
      );
      expect(of(before.blocks, credit)).toBe("content null");
    }
    // a headline naming an agency is still an item
    const { lists } = strip(
      VACCINATION.TITLE,
      VACCINATION.P1,
      VACCINATION.P2,
      "اقرأ أيضا",
      VACCINATION.H1,
      "رويترز تكشف تفاصيل الصفقة",
    );
    expect(lists[0]!.items).toHaveLength(2);
  });
});
