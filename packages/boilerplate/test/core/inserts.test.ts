import { describe, expect, it } from "vitest";
import { of, strip } from "../strip-lines.ts";

const TITLE = "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الجبلية";
const P1 =
  "أعلنت الحكومة، اليوم الأحد، عن خطة جديدة لدعم المزارعين في المناطق الجبلية، تشمل قروضا ميسرة وتوزيع بذور محسنة على صغار الفلاحين.";
const P2 = "وأوضح وزير الفلاحة أن الخطة ستنطلق مطلع الشهر المقبل، وأنها تستهدف أكثر من عشرين ألف أسرة ريفية.";
const P3 =
  "وأشار إلى أن الوزارة ستفتح مكاتب جديدة في القرى النائية لتسهيل تسجيل الفلاحين في البرنامج خلال الأسابيع المقبلة.";

describe("inserts inside the article core", () => {
  it("takes the headlines under a list heading inside the body as items until a sentence resumes", () => {
    const items = ["ما الذي يعنيه إسقاط المساعدات جوا على سكان غزة؟", "أهل غزة يكافحون للبقاء رغم الليالي الباردة"];
    const { blocks, lists, text } = strip(TITLE, P1, "قصص مقترحة", ...items, P2, P3);
    for (const item of items) expect(of(blocks, item)).toBe("list-item list-item");
    expect(lists[0]?.items.map((i) => i.text)).toEqual(items);
    expect(text).toBe([P1, P2, P3].join("\n"));
  });

  it("removes every line of a box a skip link jumps over", () => {
    const box = [
      "تخطى يستحق الانتباه وواصل القراءة",
      "يستحق الانتباه",
      "شرح معمق لقصة بارزة من أخبار اليوم",
      "الحلقات",
      "يستحق الانتباه نهاية",
    ];
    const { blocks, text } = strip(TITLE, P1, ...box, P2, P3);
    for (const line of box) expect(of(blocks, line)).toBe("widget insert:skipped-box");
    expect(text).toBe([P1, P2, P3].join("\n"));
  });

  it("leaves a skip link without an end marker to the other rules", () => {
    const { blocks } = strip(TITLE, P1, "تخطى يستحق الانتباه وواصل القراءة", P2, P3);
    expect(of(blocks, "تخطى يستحق الانتباه وواصل القراءة")).not.toBe("widget insert:skipped-box");
  });

  it("sets the caption under a caption label apart, and the photo credit above it", () => {
    const caption = "متظاهرة تحمل لافتة عليها صورة الطيار في مدينة غلاسكو البريطانية - 2 مارس/آذار 2024";
    const { blocks, text } = strip(
      TITLE,
      P1,
      "صدر الصورة، EPA-EFE/REX/Shutterstock",
      "التعليق على الصورة،",
      caption,
      P2,
      P3,
    );
    expect(of(blocks, "صدر الصورة، EPA-EFE/REX/Shutterstock")).toBe("credit cue:photo-credit");
    expect(of(blocks, "التعليق على الصورة،")).toBe("credit cue:caption-label");
    expect(of(blocks, caption)).toBe("credit caption:labelled");
    expect(text).toBe([P1, P2, P3].join("\n"));
  });
});
