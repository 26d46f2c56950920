import { describe, expect, it } from "vitest";
import { isPhotoCaption } from "../src/caption-shape.ts";
import { page } from "./helpers.ts";

const TITLE = "البنك المركزي يبقي أسعار الفائدة دون تغيير للمرة الثالثة";
const P1 =
  "أبقى البنك المركزي، اليوم الأربعاء، أسعار الفائدة الرئيسية دون تغيير للمرة الثالثة على التوالي، في ظل تراجع معدلات التضخم خلال الأشهر الأخيرة.";
const P2 =
  "وقال محافظ البنك في مؤتمر صحفي إن السياسة النقدية ستبقى حذرة إلى أن تتضح آثار الإجراءات السابقة على النشاط الاقتصادي.";

describe("photo and video captions", () => {
  it("tells caption lines from decks that open with the same word", () => {
    expect(isPhotoCaption("صورة تعبيرية لقاعة تداول في البورصة")).toBe(true);
    expect(isPhotoCaption("الصورة: محافظ البنك خلال المؤتمر")).toBe(true);
    expect(isPhotoCaption("محافظ البنك خلال المؤتمر الصحفي (تصوير: أحمد سالم)")).toBe(true);
    expect(isPhotoCaption("Vidéo : le gouverneur face à la presse")).toBe(true);
    expect(isPhotoCaption("صورة قاتمة لآفاق الاقتصاد في تقرير جديد")).toBe(false);
    expect(isPhotoCaption("التعليق على الصورة، قاعة التداول صباح اليوم")).toBe(true);
    expect(isPhotoCaption("Crédit photo: AFP")).toBe(true);
    expect(isPhotoCaption("فيديو:")).toBe(false);
    expect(isPhotoCaption("نشر الصورة على مواقع التواصل يثير جدلا واسعا")).toBe(false);
    expect(isPhotoCaption("البنك يتوقع نموا أقوى (3 بالمئة) العام المقبل")).toBe(false);
  });

  it("returns a caption line under the title as a caption, not a subtitle", () => {
    const caption = "محافظ البنك المركزي خلال المؤتمر الصحفي (الصورة: أ ف ب)";
    const deck = "قرار متوقع وسط تباطؤ التضخم";
    const article = page(TITLE, deck, caption, P1, P2);
    expect(article.captions.map((c) => c.text)).toEqual([caption]);
    expect(article.subtitles.map((s) => s.text)).toEqual([deck]);
  });

  it("takes a video label inside the body out of the paragraphs", () => {
    const label = "شاهد: لقطات من المؤتمر الصحفي للمحافظ";
    const article = page(TITLE, P1, label, P2);
    expect(article.captions.map((c) => c.text)).toEqual([label]);
    expect(article.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });
});

describe("opinion columns: name then job title above the headline", () => {
  it("reads the name as the author", () => {
    const article = page("الرئيسية", "آراء", "هدى العلي", "كاتبة وباحثة", TITLE, P1, P2);
    expect(article.authors.map((a) => a.name)).toEqual(["هدى العلي"]);
    expect(article.title?.text).toBe(TITLE);
  });

  it("does not take an office or a place for a name", () => {
    expect(page("وزير الخارجية", "محلل سياسي", TITLE, P1, P2).authors).toEqual([]);
    expect(page("الدار البيضاء", "مراسل", TITLE, P1, P2).authors).toEqual([]);
  });
});

describe("newsroom bylines", () => {
  it("names no author for a newsroom credit but keeps the site as source", () => {
    for (const staff of ["هيئة التحرير", "La rédaction"]) {
      const article = page(TITLE, `جريدة الوطن - ${staff}`, P1, P2);
      expect(article.authors, staff).toEqual([]);
    }
  });
});

describe("publication date after the body", () => {
  it("reads a 'نشر في' line under an empty 'more news' heading", () => {
    const article = page(TITLE, P1, P2, "المزيد من الأخبار", "نشر في 2023/11/09");
    expect(article.published?.iso).toBe("2023-11-09");
  });

  it("still ignores dates under a list with items", () => {
    const article = page(
      TITLE,
      P1,
      P2,
      "المزيد من الأخبار",
      "ارتفاع أسعار الذهب في الأسواق المحلية هذا الأسبوع",
      "نشر في 2023/11/09",
      "تراجع صادرات النفط الخام خلال الربع الثالث من العام",
    );
    expect(article.published).toBeNull();
  });
});

describe("'SITE من PLACE' right above the body without a masthead", () => {
  it("reads a one-word site and a known place", () => {
    const article = page(TITLE, "اليوم24 من الدار البيضاء", P1, P2);
    expect([article.source?.text, article.dateline?.text, article.subtitles]).toEqual(["اليوم24", "الدار البيضاء", []]);
  });

  it("leaves an unknown place, a longer line or a line further up as a subtitle", () => {
    expect(page(TITLE, "رسالة من بلدتنا", P1, P2).source).toBeNull();
    expect(page(TITLE, "رسالة مفتوحة من الرباط", P1, P2).source).toBeNull();
    expect(page(TITLE, "أخبارنا من الرباط", "قرار متوقع وسط تباطؤ التضخم", P1, P2).source).toBeNull();
  });
});
