import { describe, expect, it } from "vitest";
import { lexiconVersion } from "../src/index.ts";
import { of, strip } from "./strip-lines.ts";

const TITLE = "وهران: إطلاق مشروع لتحلية مياه البحر بطاقة 300 ألف متر مكعب يوميا";
const P1 =
  "أعلن والي وهران عن إطلاق مشروع محطة جديدة لتحلية مياه البحر بطاقة إنتاج تصل إلى 300 ألف متر مكعب يوميا، في إطار البرنامج الوطني لتأمين التزود بالمياه.";
const P2 =
  "وأوضح الوالي أن أشغال الإنجاز ستنطلق قبل نهاية السنة الجارية، على أن تدخل المحطة حيز الخدمة في غضون 24 شهرا...";

describe("round 14 chrome (aggregators and republished stories)", () => {
  it("bumps the lexicon to 1.10 or later", () => {
    const [major, minor] = lexiconVersion.split(".").map(Number);
    expect(major! > 1 || minor! >= 10).toBe(true);
  });

  it("removes read-at-source links of any length, the aggregator's notice and its Powered-by footer", () => {
    const links = [
      "Lire la suite sur Le Quotidien d'Oran",
      "أكمل القراءة على موقع المصدر أونلاين",
      "انقر هنا لقراءة الخبر من مصدره",
    ];
    const notice = "هذا الخبر منشور من طرف المصدر أونلاين ولا يعبر عن رأي يمرس";
    const { blocks } = strip(TITLE, P1, P2, ...links, notice, "Powered by Yemeress");
    for (const link of links) expect(of(blocks, link)).toBe("widget cue:read-at-source");
    expect(of(blocks, notice)).toBe("policy cue:disclaimer");
    expect(of(blocks, "Powered by Yemeress")).toBe("policy cue:site-credits");
    expect(of(blocks, P2)).toBe("content null");
  });

  it("reads a related box whose headlines carry their outlet and date as one list", () => {
    const items = [
      "تعليق مؤقت لتوزيع المياه بعدة أحياء في وهران",
      "Sécheresse : le gouvernement lance un plan d'urgence",
    ];
    const { blocks, lists } = strip(
      TITLE,
      P1,
      P2,
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

  it("turns 'اقرأ المزيد' after a cut summary into the read-more link, and removes the next article's teaser", () => {
    const teaser = "أعلنت مصالح ولاية وهران عن فتح 60 شاطئا أمام المصطافين ابتداء من اليوم...";
    const { blocks } = strip(
      TITLE,
      P1,
      P2,
      "اقرأ المزيد",
      "المقال التالي",
      "انطلاق موسم الاصطياف بفتح 60 شاطئا للسباحة",
      "المصدر: الشعب",
      teaser,
      "اقرأ المزيد",
    );
    expect(blocks.filter((b) => b.text === "اقرأ المزيد").map((b) => b.reason)).toEqual([
      "cue:read-more",
      "cue:read-more",
    ]);
    expect(of(blocks, teaser)).toBe("navigation nav:adjacent-teaser");
    expect(of(blocks, "المصدر: الشعب")).toBe("navigation nav:adjacent-teaser");
  });

  it("reads a long single-spaced menu with و-joined section names as a menu strip, a two-word item stays a column", () => {
    const menu = "الرئيسية أخبار محلية عربي ودولي اقتصاد رياضة";
    const { blocks } = strip("يمرس", menu, "ابحث", TITLE, P1, P2);
    expect(of(blocks, menu)).toBe("navigation nav:menu-strip");
    expect(of(blocks, TITLE)).toBe("heading null");
  });

  it("removes a print page's original URL and print date", () => {
    const url = "العنوان الأصلي للمقال: https://example.com/2024/05/20/story";
    const printed = "تاريخ الطباعة: 21/05/2024";
    const { blocks } = strip("نسخة للطباعة", url, printed, TITLE, P1, P2);
    expect(of(blocks, url)).toBe("widget cue:print-version");
    expect(of(blocks, printed)).toBe("widget cue:print-version");
  });
});
