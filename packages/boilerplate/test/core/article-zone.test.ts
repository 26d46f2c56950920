import { describe, expect, it } from "vitest";
import { stripBoilerplate } from "../../src/index.ts";
import { VISIT } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

const TITLE = "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الجبلية";
const P1 =
  "أعلنت الحكومة، اليوم الأحد، عن خطة جديدة لدعم المزارعين في المناطق الجبلية، تشمل قروضا ميسرة وتوزيع بذور محسنة على صغار الفلاحين.";
const P2 = "وأوضح وزير الفلاحة أن الخطة ستنطلق مطلع الشهر المقبل، وأنها تستهدف أكثر من عشرين ألف أسرة ريفية.";
const P3 =
  "وأشار إلى أن الوزارة ستفتح مكاتب جديدة في القرى النائية لتسهيل تسجيل الفلاحين في البرنامج خلال الأسابيع المقبلة.";
const SIDEBAR = [
  "ارتفاع سعر الدولار في السوق الموازية اليوم",
  "الأمم المتحدة تحذر من مجاعة وشيكة في دارفور",
  "مفاوضات جدة تستأنف الأسبوع المقبل بين الطرفين",
  "منتخب الشباب يتأهل إلى نهائي البطولة العربية",
];

describe("the article zone: core, header and trailer; everything else is outside", () => {
  it("removes unlabelled headline strips, menus and footers around the article as outside-article", () => {
    const { blocks, text } = strip("رياضة", "ثقافة", ...SIDEBAR, TITLE, P1, P2, P3, ...SIDEBAR, "من نحن اتصل بنا");
    expect(text).toBe([P1, P2, P3].join("\n"));
    for (const b of blocks.filter((x) => SIDEBAR.includes(x.text))) expect(b.boilerplate).toBe(true);
  });

  it("keeps a wire credit, a writer's name and bio under the body as the trailer, out of the body text", () => {
    const { blocks, text } = strip(TITLE, P1, P2, "(رويترز)", "سالم العوكلي", "كاتب وصحفي ليبي", ...SIDEBAR);
    expect(blocks.slice(3, 6).map((b) => `${b.zone} ${b.boilerplate}`)).toEqual([
      "trailer false",
      "trailer false",
      "trailer false",
    ]);
    expect(text).toBe([P1, P2].join("\n"));
  });

  it("keeps a credit under a read-also list that follows the body", () => {
    const { blocks } = strip(TITLE, P1, P2, "اقرأ أيضا", SIDEBAR[0]!, "(د ب أ)", ...SIDEBAR.slice(1));
    expect(blocks.find((b) => b.text === "(د ب أ)")?.zone).toBe("trailer");
  });

  it("keeps an enumeration the last paragraph opens with a colon", () => {
    const intro = "وتشمل الإجراءات الجديدة التي أعلنت عنها الوزارة في بيانها الصادر اليوم ما يلي:";
    const items = ["تمويل المشاريع الصغيرة في المناطق الداخلية", "إعفاء المؤسسات الناشئة من الضرائب لمدة ثلاث سنوات"];
    const { text } = strip(TITLE, P1, intro, ...items, "الأكثر قراءة", ...SIDEBAR);
    expect(text).toBe([P1, intro, ...items].join("\n"));
  });

  it("leaves every block in the body zone on a page with no article", () => {
    const result = stripBoilerplate(SIDEBAR.join("\n"));
    expect(result.blocks.every((b) => b.zone === "body")).toBe(true);
  });

  it("finds the larger of two prose regions", () => {
    const other = "وقال مسؤول في الاتحاد إن المباراة ستقام في موعدها رغم الأحوال الجوية الصعبة.";
    const { blocks } = strip(other, ...SIDEBAR, TITLE, P1, P2, P3);
    expect(of(blocks, other)).toBe("content outside-article");
    expect(blocks.find((b) => b.text === P3)?.zone).toBe("body");
  });

  it("keeps a columnist's name and bio under the article, and the name above the title", () => {
    const name = "سالم العوكلي";
    const bio = "كاتب وصحفي ليبي";
    const { blocks } = strip(
      "الرئيسية",
      "ليبيا",
      "اقتصاد",
      "رأي",
      name,
      VISIT.TITLE,
      VISIT.P1,
      VISIT.P2,
      name,
      bio,
      "مشاركة",
    );
    expect(blocks[4]!.kind).toBe("heading");
    expect(blocks[8]!.kind).toBe("content");
    expect(of(blocks, bio)).toBe("content null");
    // two tags closed by chrome are still tags
    const tags = strip(VISIT.TITLE, VISIT.P1, VISIT.P2, "قانون المالية", "الحدود", "مشاركة");
    expect(of(tags.blocks, "الحدود")).toBe("credit tags:unlabelled");
  });
});
