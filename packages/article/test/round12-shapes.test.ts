import { describe, expect, it } from "vitest";
import { page } from "./helpers.ts";

const P1 =
  "أعلنت وزارة الفلاحة، اليوم الإثنين، عن خطة طوارئ لإنقاذ الموسم الزراعي بعد تأخر تساقط الأمطار في أغلب الولايات، تتضمن توفير الأعلاف بأسعار مدعمة.";
const P2 =
  "وقال الوزير في تصريح للصحافة إن نسبة امتلاء السدود لا تتجاوز 28 في المائة، وهي من أدنى النسب المسجلة منذ عقدين، داعيا إلى ترشيد الاستهلاك.";
const P3 = "ومن المنتظر أن تعرض الحكومة الخطة على البرلمان خلال الأسبوع المقبل، وسط مطالب بتوسيعها لتشمل مربي الماشية.";
const TITLE = "وزارة الفلاحة تعلن خطة طوارئ لإنقاذ الموسم الزراعي";

describe("round 12 shapes", () => {
  it("splits a dateline's two reporters joined by و, and keeps a Mauritanian ولد name whole", () => {
    const two = page("الجزائر – ربيعة خريس وسمير بوعلام", P1, P2);
    expect(two.authors.map((a) => a.name)).toEqual(["ربيعة خريس", "سمير بوعلام"]);
    expect(two.dateline?.text).toBe("الجزائر");
    const ould = page("نواكشوط – سيدي محمد ولد أحمد", P1, P2);
    expect(ould.authors.map((a) => a.name)).toEqual(["سيدي محمد ولد أحمد"]);
  });

  it("keeps numbered and dashed list items inside the body as text, and their lead-in line too", () => {
    const article = page(
      TITLE,
      P1,
      "وتشمل الخطة كذلك:",
      "1. حفر 200 بئر عميقة",
      "2) توزيع البذور مجانا",
      "– إطلاق حملة وطنية لترشيد المياه",
      P2,
    );
    expect(article.paragraphs.map((p) => p.kind)).toEqual(["text", "text", "text", "text", "text", "text"]);
    // a short line without a colon or list under it stays a subheading
    const sub = page(TITLE, P1, "التغذية في قفص الاتهام", P2);
    expect(sub.paragraphs.map((p) => p.kind)).toEqual(["text", "subheading", "text"]);
  });

  it("reads a short line ending with '..' right above the headline as the kicker", () => {
    const article = page("بعد تأخر الأمطار..", TITLE, P1, P2);
    expect(article.kicker?.text).toBe("بعد تأخر الأمطار..");
    expect(article.title?.text).toBe(TITLE);
    // four words ending with ".." are still the kicker, not the title
    const long = page("بعد تأخر تساقط الأمطار..", TITLE, P1, P2);
    expect(long.kicker?.text).toBe("بعد تأخر تساقط الأمطار..");
    expect(long.title?.text).toBe(TITLE);
    // the crumb that repeats the kicker is no category
    const crumb = page("الرئيسية / وطنية / بعد تأخر الأمطار..", TITLE, "", "بعد تأخر الأمطار..", TITLE, P1, P2);
    expect(crumb.categories.map((c) => c.text)).toEqual(["وطنية"]);
    expect(crumb.kicker?.text).toBe("بعد تأخر الأمطار..");
  });

  it("reads a verbless 'SUBJECT خلال EVENT' line under the headline as a caption", () => {
    for (const caption of [
      "وزيرة الثقافة خلال حفل الافتتاح",
      "الرئيس تبون لدى استقباله السفير",
      "جانب من اللقاء الوزاري",
    ]) {
      const article = page(TITLE, "حضور قياسي للفلاحين في اللقاء الوطني", caption, P1, P2, P3);
      expect(article.captions.map((c) => c.text)).toEqual([caption]);
      expect(article.subtitles.map((s) => s.text)).toEqual(["حضور قياسي للفلاحين في اللقاء الوطني"]);
    }
    // a deck with a colon or punctuation is no caption
    const deck = "الوزير خلال الاجتماع: لا تراجع عن الدعم";
    expect(page(TITLE, deck, P1, P2).subtitles.map((s) => s.text)).toEqual([deck]);
  });
});
