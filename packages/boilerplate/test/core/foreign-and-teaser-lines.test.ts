import { describe, expect, it } from "vitest";
import { strip } from "../strip-lines.ts";

const TITLE = "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الجبلية";
const P1 =
  "أعلنت الحكومة، اليوم الأحد، عن خطة جديدة لدعم المزارعين في المناطق الجبلية، تشمل قروضا ميسرة وتوزيع بذور محسنة على صغار الفلاحين.";
const P2 = "وأوضح وزير الفلاحة أن الخطة ستنطلق مطلع الشهر المقبل، وأنها تستهدف أكثر من عشرين ألف أسرة ريفية.";

describe("lines that look like prose but are not the article's", () => {
  it("never takes a long Latin notice on an Arabic page for the article", () => {
    const notice =
      "We use cookies and similar technologies to improve your experience, to analyse traffic and to show you personalised content and advertising. By continuing to browse this site you agree to our use of cookies. You can change your settings at any time in the privacy centre.";
    const { blocks, text } = strip(notice, notice, notice, "الرئيسية | أخبار | رياضة", TITLE, P1, P2);
    expect(text).toBe([P1, P2].join("\n"));
    expect(blocks[0]?.zone).toBe("outside");
  });

  it("keeps teasers cut with '...' under their headlines out of the body", () => {
    const teaser = (n: number) =>
      `قال مسؤول في الوزارة إن الإجراءات الجديدة ستدخل حيز التنفيذ الأسبوع المقبل في عدد من الولايات رقم ${n} وفق ما أعلنته المصالح المختصة...`;
    const related = [
      "أخبار ذات صلة",
      "ارتفاع سعر الدولار في السوق الموازية اليوم",
      teaser(1),
      "الأمم المتحدة تحذر من مجاعة وشيكة في دارفور",
      teaser(2),
    ];
    const { text } = strip(TITLE, P1, P2, ...related);
    expect(text).toBe([P1, P2].join("\n"));
  });

  it("keeps the last line of a summary an aggregator cut with '...' in the body", () => {
    const cut = "وأوضح الوالي أن أشغال الإنجاز ستنطلق قبل نهاية السنة الجارية، على أن تدخل المحطة حيز الخدمة...";
    const { text } = strip(TITLE, P1, cut, "اقرأ المقال من المصدر");
    expect(text).toBe([P1, cut].join("\n"));
  });
});

describe("boxes whose skip link the scraper dropped", () => {
  it("runs the box from the line repeating the end marker's label", () => {
    const box = ["يستحق الانتباه", "شرح معمق لقصة بارزة من أخبار اليوم", "الحلقات", "يستحق الانتباه نهاية"];
    const { blocks, text } = strip(TITLE, P1, ...box, P2);
    for (const line of box) expect(blocks.find((b) => b.text === line)?.reason).toBe("insert:skipped-box");
    expect(text).toBe([P1, P2].join("\n"));
  });

  it("still removes an end marker alone", () => {
    const { blocks } = strip(TITLE, P1, "قصص مقترحة نهاية", P2);
    expect(blocks.find((b) => b.text === "قصص مقترحة نهاية")?.reason).not.toBeNull();
    expect(blocks.find((b) => b.text === "قصص مقترحة نهاية")?.boilerplate).toBe(true);
  });
});

describe("a site that drops final periods", () => {
  it("still finds the article when no line ends like a sentence", () => {
    const lines = [
      "وأكد الوزير خلال الاجتماع، الذي حضره عدد من المسؤولين، أن الحكومة ماضية في تنفيذ البرنامج",
      "وأشار إلى أن المشاريع الجديدة ستوفر آلاف فرص العمل للشباب في مختلف الولايات الداخلية",
      "كما دعا المستثمرين إلى الاستفادة من التسهيلات التي يمنحها القانون الجديد، خاصة في قطاع الفلاحة",
    ];
    const sidebar = ["ارتفاع سعر الدولار في السوق الموازية اليوم", "الأمم المتحدة تحذر من مجاعة وشيكة في دارفور"];
    const { blocks, text } = strip("الرئيسية | أخبار | رياضة", TITLE, ...lines, "الأكثر قراءة", ...sidebar, "من نحن");
    expect(text).toBe(lines.join("\n"));
    expect(blocks.find((b) => b.text === TITLE)?.zone).toBe("header");
  });
});
