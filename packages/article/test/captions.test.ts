/** Photo and video captions (`caption-shape.ts`, and where the article takes them from). */
import { describe, expect, it } from "vitest";
import { isPhotoCaption } from "../src/caption-shape.ts";
import { page } from "./helpers.ts";
import { DROUGHT, INTEREST_RATES, RAINWATER, VACCINATION } from "./pages.ts";

describe("caption shapes", () => {
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
});

describe("captions in the page", () => {
  it("returns a caption line under the title as a caption, not a subtitle", () => {
    const caption = "محافظ البنك المركزي خلال المؤتمر الصحفي (الصورة: أ ف ب)";
    const deck = "قرار متوقع وسط تباطؤ التضخم";
    const article = page(INTEREST_RATES.TITLE, deck, caption, INTEREST_RATES.P1, INTEREST_RATES.P2);
    expect(article.captions.map((c) => c.text)).toEqual([caption]);
    expect(article.subtitles.map((s) => s.text)).toEqual([deck]);
  });

  it("takes a video label inside the body out of the paragraphs", () => {
    const label = "شاهد: لقطات من المؤتمر الصحفي للمحافظ";
    const article = page(INTEREST_RATES.TITLE, INTEREST_RATES.P1, label, INTEREST_RATES.P2);
    expect(article.captions.map((c) => c.text)).toEqual([label]);
    expect(article.paragraphs.map((p) => p.text)).toEqual([INTEREST_RATES.P1, INTEREST_RATES.P2]);
  });

  it("returns a video title under its label as a caption, and Getty credits as captions", () => {
    const article = page(
      INTEREST_RATES.TITLE,
      INTEREST_RATES.P1,
      "شاهد الفيديو",
      "محافظ البنك خلال المؤتمر",
      INTEREST_RATES.P2,
    );
    expect(article.captions.map((c) => c.text)).toEqual(["محافظ البنك خلال المؤتمر"]);
    expect(isPhotoCaption("متداولون في بورصة نيويورك (Getty Images)")).toBe(true);
    expect(isPhotoCaption("محتجون أمام مقر البرلمان (أ ف ب)")).toBe(true);
    expect(isPhotoCaption("محتجون أمام مقر البرلمان (أ ب)")).toBe(true);
    expect(isPhotoCaption("بورصة (Getty)")).toBe(false);
    expect(isPhotoCaption("الحكومة تقر الموازنة (أ)")).toBe(false);
    expect(isPhotoCaption("الحكومة تقر الموازنة الجديدة (2024)")).toBe(false);
  });

  it("returns a caption credited with ©", () => {
    expect(isPhotoCaption("صورة من موقع الهدم في سلوان © وفا")).toBe(true);
    expect(isPhotoCaption("© 2024 سودان تربيون")).toBe(false);
    expect(
      page(RAINWATER.TITLE, RAINWATER.P1, "صورة من موقع الهدم في سلوان © وفا", RAINWATER.P2).captions.map(
        (c) => c.text,
      ),
    ).toEqual(["صورة من موقع الهدم في سلوان © وفا"]);
  });

  it("reads the line under a photographer's credit as a caption", () => {
    const article = page(
      ...VACCINATION.MENU,
      VACCINATION.TITLE,
      "تصوير: كريم عبد العزيز",
      "وزير الصحة خلال المؤتمر الصحفي",
      VACCINATION.P1,
      VACCINATION.P2,
    );
    expect(article.captions.map((c) => c.text)).toEqual(["وزير الصحة خلال المؤتمر الصحفي"]);
    expect(article.subtitles).toEqual([]);
    expect(article.authors).toEqual([]);
  });

  it("reads a verbless 'SUBJECT خلال EVENT' line under the headline as a caption", () => {
    for (const caption of [
      "وزيرة الثقافة خلال حفل الافتتاح",
      "الرئيس تبون لدى استقباله السفير",
      "جانب من اللقاء الوزاري",
    ]) {
      const article = page(
        DROUGHT.TITLE,
        "حضور قياسي للفلاحين في اللقاء الوطني",
        caption,
        DROUGHT.P1,
        DROUGHT.P2,
        DROUGHT.P3,
      );
      expect(article.captions.map((c) => c.text)).toEqual([caption]);
      expect(article.subtitles.map((s) => s.text)).toEqual(["حضور قياسي للفلاحين في اللقاء الوطني"]);
    }
    // a deck with a colon or punctuation is no caption
    const deck = "الوزير خلال الاجتماع: لا تراجع عن الدعم";
    expect(page(DROUGHT.TITLE, deck, DROUGHT.P1, DROUGHT.P2).subtitles.map((s) => s.text)).toEqual([deck]);
  });
});
