import { describe, expect, it } from "vitest";
import { isPhotoCaption } from "../src/caption-shape.ts";
import { page } from "./helpers.ts";

const TITLE = "البنك المركزي يبقي أسعار الفائدة دون تغيير للمرة الثالثة";
const P1 =
  "أبقى البنك المركزي، اليوم الأربعاء، أسعار الفائدة الرئيسية دون تغيير للمرة الثالثة على التوالي، في ظل تراجع معدلات التضخم خلال الأشهر الأخيرة.";
const P2 =
  "وقال محافظ البنك في مؤتمر صحفي إن السياسة النقدية ستبقى حذرة إلى أن تتضح آثار الإجراءات السابقة على النشاط الاقتصادي.";
const MENU = ["الرئيسية", "اقتصاد", "رياضة", "ثقافة"];

describe("kickers without a colon", () => {
  it("takes a format label right above the title as its kicker", () => {
    expect(page(...MENU, "حصري", TITLE, P1, P2).kicker?.text).toBe("حصري");
    expect(page("Exclusif", TITLE, P1, P2).kicker?.text).toBe("Exclusif");
    expect(page("الأربعاء 15 مايو 2024", "فيديو", TITLE, P1, P2).kicker?.text).toBe("فيديو");
  });

  it("leaves a media label ending a menu, breaking-news labels and sections alone", () => {
    expect(page(...MENU, "فيديو", TITLE, P1, P2).kicker).toBeNull();
    expect(page("عاجل", TITLE, P1, P2).kicker).toBeNull();
    expect(page("مباشر", TITLE, P1, P2).kicker).toBeNull();
    expect(page("اقتصاد", TITLE, P1, P2).kicker).toBeNull();
  });
});

describe("credits round 4", () => {
  it("reads a writer's name alone above the title, not as the site", () => {
    const article = page("الشرق الأوسط", "الرأي", "سمير عطا الله", TITLE, P1, P2);
    expect(article.authors.map((a) => a.name)).toEqual(["سمير عطا الله"]);
    expect(article.source).toBeNull();
  });

  it("reads NAME (PLACE), PLACE/ AGENCY and PLACE: «PAPER» lines", () => {
    let article = page(TITLE, "عبدالله الحربي (جدة)", P1, P2);
    expect(article.authors.map((a) => a.name)).toEqual(["عبدالله الحربي"]);
    expect(article.dateline?.text).toBe("جدة");
    article = page(TITLE, "أنقرة/ الأناضول", P1, P2);
    expect(article.dateline?.text).toBe("أنقرة");
    expect(article.source?.name).toBe("وكالة الأناضول");
    article = page(TITLE, "دبي: «الخليج»", P1, P2);
    expect(article.dateline?.text).toBe("دبي");
    expect(article.source?.text).toBe("الخليج");
    expect(article.subtitles).toEqual([]);
  });

  it("reads editors' initials and the agencies after the body", () => {
    const article = page(TITLE, P1, P2, "ع.ش/ ح.ز (د ب أ، أ ف ب)");
    expect(article.source?.name).toBe("وكالة الأنباء الألمانية");
    expect(article.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });

  it("takes a bare name for the author across a site-and-place line", () => {
    const article = page(TITLE, "فهد العتيبي", "سبق- الرياض", P1, P2);
    expect(article.authors.map((a) => a.name)).toEqual(["فهد العتيبي"]);
    expect(article.dateline?.text).toBe("الرياض");
    expect(article.subtitles).toEqual([]);
  });
});

describe("dates round 4", () => {
  it("reads a date line that also prints the Hijri date", () => {
    const article = page(TITLE, "نُشر: 21:10-6 يونيو 2024 م ـ 29 ذو القِعدة 1445 هـ", P1, P2);
    expect(article.published?.iso).toBe("2024-06-06T21:10");
  });

  it("prefers the publication stamp to an update stamp printed above it", () => {
    const article = page("آخر تحديث: 03/05/2024 - 12:40", "نشرت في: 03/05/2024 - 09:15", TITLE, P1, P2);
    expect(article.published?.iso).toBe("2024-05-03T09:15");
  });
});

describe("body shapes round 4", () => {
  it("keeps a lead paragraph that ends with a colon before a numbered list", () => {
    const lead = "أعلنت الهيئة عن حزمة من الإجراءات الجديدة لتخفيف الازدحام المروري على الطرق الرئيسية، تشمل ما يلي:";
    const article = page(TITLE, lead, "1. تعديل مواعيد دخول الشاحنات.", "2. زيادة عدد الرحلات.", P2);
    expect(article.paragraphs[0]?.text).toBe(lead);
    expect(article.subtitles).toEqual([]);
  });

  it("returns a video title under its label as a caption, and Getty credits as captions", () => {
    const article = page(TITLE, P1, "شاهد الفيديو", "محافظ البنك خلال المؤتمر", P2);
    expect(article.captions.map((c) => c.text)).toEqual(["محافظ البنك خلال المؤتمر"]);
    expect(isPhotoCaption("متداولون في بورصة نيويورك (Getty Images)")).toBe(true);
    expect(isPhotoCaption("محتجون أمام مقر البرلمان (أ ف ب)")).toBe(true);
    expect(isPhotoCaption("محتجون أمام مقر البرلمان (أ ب)")).toBe(true);
    expect(isPhotoCaption("بورصة (Getty)")).toBe(false);
    expect(isPhotoCaption("الحكومة تقر الموازنة (أ)")).toBe(false);
    expect(isPhotoCaption("الحكومة تقر الموازنة الجديدة (2024)")).toBe(false);
  });
});
