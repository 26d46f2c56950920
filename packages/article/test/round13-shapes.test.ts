import { describe, expect, it } from "vitest";
import { page } from "./helpers.ts";

const P1 =
  "أعلنت وزارة الفلاحة، اليوم الإثنين، عن خطة طوارئ لإنقاذ الموسم الزراعي بعد تأخر تساقط الأمطار في أغلب الولايات، تتضمن توفير الأعلاف بأسعار مدعمة.";
const P2 =
  "وقال الوزير في تصريح للصحافة إن نسبة امتلاء السدود لا تتجاوز 28 في المائة، وهي من أدنى النسب المسجلة منذ عقدين، داعيا إلى ترشيد الاستهلاك.";
const TITLE = "وزارة الفلاحة تعلن خطة طوارئ لإنقاذ الموسم الزراعي";

describe("round 13 shapes", () => {
  it("reads dates and sections through ZWNJ/ZWJ and presentation forms", () => {
    const a = page("ﺍﻟﺮﺋﻴﺴﻴﺔ / ﺍﻗﺘﺼﺎﺩ / ﻓﻼﺣﺔ", TITLE, "12 أك\u200Cتوبر 2024", P1, P2);
    expect(a.published?.iso).toBe("2024-10-12");
    expect(a.categories.map((c) => c.text.normalize("NFKC"))).toContain("اقتصاد");
    expect(a.title?.text).toBe(TITLE);
  });

  it("splits authors joined by و in presentation forms", () => {
    const a = page(TITLE, P1, P2, "ﺷﺎﺭﻙ ﻓﻲ ﺍﻟﺘﻐﻄﻴﺔ: ﻣﺤﻤﺪ ﻋﻠﻲ ﻭﺃﺣﻤﺪ ﻋﺒﺪ ﺍﻟﻠﻪ");
    expect(a.authors.map((x) => x.name.normalize("NFKC"))).toEqual(["محمد علي", "أحمد عبد الله"]);
  });

  it("finds the site's name and its masthead under a top bar of menu links", () => {
    const bare = page("البلاد نت", "جريدة يومية وطنية مستقلة", "البحث عن:", "حصري", TITLE, P1, P2);
    const barred = page(
      "الرئيسية",
      "من نحن",
      "اتصل بنا",
      "البلاد نت",
      "جريدة يومية وطنية مستقلة",
      "البحث عن:",
      "حصري",
      TITLE,
      P1,
      P2,
    );
    expect(barred.title?.text).toBe(TITLE);
    expect(barred.title?.text).toBe(bare.title?.text);
    expect(barred.kicker?.text).toBe(bare.kicker?.text);
  });

  it("keeps a full-stop deck a subtitle when a photo caption stands between it and the date", () => {
    const deck = "أقرت الحكومة خطة طوارئ جديدة لإنقاذ الموسم الزراعي، وسط انتقادات من النقابات الفلاحية.";
    const a = page(TITLE, deck, "صورة من: Michael Kappeler/dpa", "12.05.2024", P1, P2);
    expect(a.subtitles.map((s) => s.text)).toEqual([deck]);
    expect(a.captions.map((s) => s.text)).toEqual(["صورة من: Michael Kappeler/dpa"]);
    expect(a.paragraphs[0]?.text).toBe(P1);
  });
});
