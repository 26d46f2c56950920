import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.ts";
import { assertArticleSpans } from "./helpers.ts";

function parse(text: string, options = {}) {
  const article = parseArticle(text, options);
  assertArticleSpans(text, article);
  return article;
}

const PAGE = [
  "الرئيسية / رياضة",
  "المنتخب يتأهل إلى النهائي بعد فوز صعب",
  "كتب: سامي خالد",
  "الجزائر - (واج) - تأهل المنتخب الوطني إلى النهائي بعد فوزه أمس على منافسه بهدفين نظيفين.",
  "وقال المدرب إن اللاعبين قدموا مباراة كبيرة رغم صعوبة الظروف.",
].join("\n");

describe("parseArticle", () => {
  it("reads the README example exactly", () => {
    const page =
      "الرئيسية / رياضة\nالمنتخب يتأهل إلى النهائي\nالجزائر - (واج) - تأهل المنتخب الوطني إلى النهائي بعد فوزه أمس.";
    const article = parse(page);
    expect(article.title?.text).toBe("المنتخب يتأهل إلى النهائي");
    expect(article.dateline?.text).toBe("الجزائر");
    expect(article.source?.name).toBe("وكالة الأنباء الجزائرية");
    expect(article.categories.map((c) => c.text)).toEqual(["رياضة"]);
    expect(article.paragraphs.length).toBe(1);
  });

  it("finds every field of a small page", () => {
    const article = parse(PAGE);
    expect(article.title?.text).toBe("المنتخب يتأهل إلى النهائي بعد فوز صعب");
    expect(article.authors.map((a) => a.name)).toEqual(["سامي خالد"]);
    expect(article.dateline?.text).toBe("الجزائر");
    expect(article.source?.text).toBe("واج");
    expect(article.categories.map((c) => c.text)).toEqual(["رياضة"]);
    expect(article.paragraphs.map((p) => p.kind)).toEqual(["text", "text"]);
    expect(article.paragraphs[0]!.sentences[0]!.start).toBe(article.paragraphs[0]!.start);
    expect(article.stats.words).toBe(24); // 14 + 10 words; the dashes are not words
    expect(article.stats.readingMinutes).toBe(1);
    expect(article.stats.arabicRatio).toBe(1);
  });

  it("marks inline subheadings and keeps a caption printed twice once", () => {
    const text = [
      "عنوان الخبر الرئيسي اليوم",
      "صورة من الاجتماع",
      "صورة من الاجتماع",
      "بدأ الاجتماع صباح اليوم بحضور عدد كبير من المسؤولين والخبراء في المجال.",
      "نتائج الاجتماع",
      "وخلص المشاركون إلى جملة من التوصيات التي سترفع إلى الحكومة قريبا.",
    ].join("\n");
    const article = parse(text);
    expect(article.captions.map((c) => c.text)).toEqual(["صورة من الاجتماع"]);
    expect(article.paragraphs.map((p) => p.kind)).toEqual(["text", "subheading", "text"]);
  });

  it("reads a relative date with a reference date, and ignores it without one", () => {
    const text = "عنوان الخبر الرئيسي اليوم\nمنذ ساعتين\nبدأ الاجتماع صباح اليوم بحضور عدد كبير من المسؤولين والخبراء.";
    expect(parse(text).published).toBeNull();
    expect(parse(text, { referenceDate: "2024-10-06T12:00:00Z" }).published).toEqual({
      text: "منذ ساعتين",
      start: 26,
      end: 36,
      iso: "2024-10-06T10:00:00.000Z",
    });
  });

  it("adds normalized text to every span with the normalize option", () => {
    const article = parse(PAGE, { normalize: "search" });
    expect(article.title?.normalized).toBe("المنتخب يتاهل الي النهايي بعد فوز صعب");
    expect(article.title?.text).toBe("المنتخب يتأهل إلى النهائي بعد فوز صعب");
    for (const p of article.paragraphs) {
      expect(p.normalized).toBeTypeOf("string");
      for (const s of p.sentences) expect(s.normalized).toBeTypeOf("string");
    }
    expect(article.authors[0]!.normalized).toBe("سامي خالد");
    const custom = parse(PAGE, { normalize: { preset: "display", alef: true } });
    expect(custom.title?.normalized).toBe("المنتخب يتاهل الى النهائي بعد فوز صعب");
  });

  it("passes boilerplate options through", () => {
    const text =
      "عنوان الخبر الرئيسي اليوم\nتابعوا قناتنا الخاصة\nبدأ الاجتماع صباح اليوم بحضور عدد كبير من المسؤولين والخبراء.";
    const plain = parse(text);
    const withCue = parse(text, { boilerplate: { cues: { social: ["تابعوا قناتنا الخاصة"] } } });
    expect(withCue.removed.map((r) => r.text)).toContain("تابعوا قناتنا الخاصة");
    expect(plain.removed.map((r) => r.text)).not.toContain("تابعوا قناتنا الخاصة");
  });

  it("uses wordsPerMinute for the reading time", () => {
    expect(parse(PAGE, { wordsPerMinute: 10 }).stats.readingMinutes).toBe(3);
  });

  it("returns an empty article for empty, chrome-only and non-Arabic pages", () => {
    for (const text of [
      "",
      "   \n\n ",
      "Home\nNews\nLogin | Register\n© 2024 All rights reserved",
      "اترك تعليقاً\nأضف تعليقاً",
    ]) {
      const article = parse(text);
      expect(article.paragraphs).toEqual([]);
      expect(article.title).toBeNull();
      expect(article.stats).toEqual({ words: 0, readingMinutes: 0, arabicRatio: 0 });
    }
    const chrome = parse("اترك تعليقاً\nأضف تعليقاً");
    expect(chrome.removed.length).toBe(2);
  });

  it("puts every block of a page without Arabic in removed", () => {
    const text =
      "Le gouvernement annonce un plan\nLe gouvernement a annoncé mardi un plan de soutien aux petites entreprises du pays.\nLe ministre a précisé que le plan entrera en vigueur le mois prochain.";
    const article = parse(text);
    expect(article.paragraphs).toEqual([]);
    expect(article.title).toBeNull();
    expect(article.removed.length).toBe(3);
    expect(article.removed.map((r) => r.start)).toEqual([
      0,
      text.indexOf("Le gouvernement a annoncé"),
      text.indexOf("Le ministre"),
    ]);
    expect(article.removed.every((r) => r.reason.length > 0)).toBe(true);
  });

  it("throws TypeError on a non-string and RangeError on bad options", () => {
    expect(() => parseArticle(42 as unknown as string)).toThrow(new TypeError("text must be a string, got number"));
    expect(() => parseArticle(undefined as unknown as string)).toThrow(TypeError);
    expect(() => parseArticle(null as unknown as string)).toThrow(/got null/);
    expect(() => parseArticle("", { referenceDate: "yesterday" })).toThrow(RangeError);
    expect(() => parseArticle("", { wordsPerMinute: 0 })).toThrow(/wordsPerMinute/);
    expect(() => parseArticle("", { normalize: "loud" as "search" })).toThrow(/normalize/);
    expect(() => parseArticle("", { normalize: 3 as unknown as "search" })).toThrow(RangeError);
  });
});

describe("parseArticle: page shapes", () => {
  it("finds a body whose lines lost their final punctuation", () => {
    const text = [
      "البرلمان يصادق على قانون الاستثمار الجديد",
      "بقلم: محمد علي | 12 مارس 2024",
      "صادق نواب المجلس الشعبي الوطني اليوم على مشروع قانون الاستثمار الجديد بالأغلبية",
      "ويهدف القانون إلى تحسين مناخ الأعمال وجلب الاستثمارات الأجنبية المباشرة",
      "وقال وزير المالية إن النص الجديد يضمن الاستقرار التشريعي للمستثمرين لمدة عشر سنوات",
    ].join("\n");
    const article = parse(text);
    expect(article.title?.text).toBe("البرلمان يصادق على قانون الاستثمار الجديد");
    expect(article.subtitles).toEqual([]);
    expect(article.paragraphs.length).toBe(3);
    expect(article.authors.map((a) => a.name)).toEqual(["محمد علي"]);
    expect(article.published?.iso).toBe("2024-03-12");
  });

  it("reads a name alone right before the body as the author, and a noun phrase as a subtitle", () => {
    const withName = [
      "الحكومة تقرر رفع منحة البطالة ابتداء من جانفي",
      "محمد مسلم",
      "قررت الحكومة رفع منحة البطالة إلى عشرين ألف دينار ابتداء من شهر جانفي المقبل.",
    ].join("\n");
    const article = parse(withName);
    expect(article.authors.map((a) => a.name)).toEqual(["محمد مسلم"]);
    expect(article.subtitles).toEqual([]);
    const withDeck = withName.replace("محمد مسلم", "قرار طال انتظاره");
    expect(parse(withDeck).subtitles.map((s) => s.text)).toEqual(["قرار طال انتظاره"]);
    expect(parse(withDeck).authors).toEqual([]);
  });

  it("skips a site name above a title printed twice", () => {
    const text = [
      "الشروق نيوز",
      "ارتفاع أسعار النفط إلى أعلى مستوى منذ أشهر",
      "ارتفاع أسعار النفط إلى أعلى مستوى منذ أشهر",
      "ارتفعت أسعار النفط اليوم الاثنين إلى أعلى مستوى لها منذ عدة أشهر، بدعم من مخاوف الإمدادات.",
    ].join("\n");
    const article = parse(text);
    expect(article.title).toEqual({ text: "ارتفاع أسعار النفط إلى أعلى مستوى منذ أشهر", start: 55, end: 97 });
    expect(article.captions).toEqual([]);
  });

  it("reads a media name after a dateline as the source", () => {
    const text =
      "عنوان الخبر الرئيسي اليوم\nالقاهرة - بوابة الأهرام\nأعلنت وزارة التخطيط انطلاق المرحلة الثانية من المبادرة الرئاسية.";
    const article = parse(text);
    expect(article.dateline?.text).toBe("القاهرة");
    expect(article.source?.text).toBe("بوابة الأهرام");
    expect(article.authors).toEqual([]);
  });

  it("ignores dates of reader comments after the body", () => {
    const text = [
      "بلدية الحي تطلق حملة تشجير واسعة",
      "أطلقت بلدية الحي الجديد صباح اليوم حملة تشجير واسعة شملت غرس ألف شجرة.",
      "3 تعليقات",
      "أبو يوسف",
      "16 مارس 2024 - 11:20",
      "مبادرة طيبة نتمنى أن تتواصل في كل الأحياء.",
    ].join("\n");
    expect(parse(text).published).toBeNull();
  });
});

describe("parseArticle: mastheads and labels", () => {
  it("skips site names and short labels above the title", () => {
    const cnn = [
      "CNN بالعربية",
      "الشرق الأوسط",
      "الإمارات تعلن عن مبادرة جديدة لدعم الابتكار",
      "دبي، الإمارات العربية المتحدة (CNN)-- أعلنت حكومة الإمارات عن مبادرة جديدة لدعم الابتكار في القطاع الحكومي.",
    ].join("\n");
    const article = parse(cnn);
    expect(article.title?.text).toBe("الإمارات تعلن عن مبادرة جديدة لدعم الابتكار");
    expect(article.categories.map((c) => c.text)).toEqual(["الشرق الأوسط"]);
    expect(article.dateline?.text).toBe("دبي");
    expect(article.source?.text).toBe("CNN");
    const bbc =
      "بي بي سي نيوز عربي\nناسا تؤجل إطلاق مهمتها المأهولة إلى القمر\nأعلنت وكالة الفضاء الأمريكية تأجيل إطلاق المهمة حتى العام المقبل.";
    expect(parse(bbc).title?.text).toBe("ناسا تؤجل إطلاق مهمتها المأهولة إلى القمر");
  });

  it("reads a dateline that repeats the masthead as the source", () => {
    const text = [
      "هسبريس",
      "مجلس الحكومة يصادق على مشروع مرسوم يتعلق بالدعم المباشر",
      "هسبريس - محمد الراجي",
      "صادق مجلس الحكومة، المنعقد اليوم الخميس، على مشروع مرسوم يتعلق بنظام الدعم الاجتماعي المباشر.",
    ].join("\n");
    const article = parse(text);
    expect(article.dateline).toBeNull();
    expect(article.source?.text).toBe("هسبريس");
    expect(article.authors.map((a) => a.name)).toEqual(["محمد الراجي"]);
  });

  it("takes the title from the breadcrumb's last item when no headline line is kept", () => {
    const text =
      "الرئيسية / الحدث / تنسيق مغاربي لمواجهة عودة الإرهابيين\nيشكل ملف عودة الإرهابيين نقطة ارتكاز بين الدول المغاربية من أجل تعزيز تعاونها.";
    const article = parse(text);
    expect(article.title).toEqual({ text: "تنسيق مغاربي لمواجهة عودة الإرهابيين", start: 19, end: 55 });
    expect(article.categories.map((c) => c.text)).toEqual(["الحدث"]);
  });

  it("drops a site name after the title", () => {
    const text =
      "ارتفاع أسعار الذهب في الأسواق المحلية | الشروق أونلاين\nارتفعت أسعار الذهب في الأسواق المحلية خلال تعاملات اليوم.";
    expect(parse(text).title?.text).toBe("ارتفاع أسعار الذهب في الأسواق المحلية");
    const keep = "الجزائر - فرنسا: مباراة ودية في مارس\nيلتقي المنتخبان في مباراة ودية شهر مارس المقبل بملعب وهران.";
    expect(parse(keep).title?.text).toBe("الجزائر - فرنسا: مباراة ودية في مارس");
  });

  it("keeps a spaced two-word section label whole", () => {
    const text =
      "أخبار العالم\nانتخابات مبكرة في البرتغال بعد استقالة رئيس الوزراء\nدعا رئيس البرتغال إلى انتخابات مبكرة بعد استقالة رئيس الوزراء.";
    expect(parse(text).categories.map((c) => c.text)).toEqual(["أخبار العالم"]);
  });
});

describe("linear time", () => {
  /** best of five runs: the machine is shared, so the minimum is the least noisy estimate */
  function time(text: string): number {
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 5; run++) {
      const t0 = performance.now();
      parseArticle(text);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  }

  it.each([
    ["one long prose line", "وقال الوزير إن الحكومة ستعمل، "],
    ["many short lines", "عنوان قصير\n"],
    ["brackets", "(واج) ((( "],
    ["dashes and dates", "الجزائر - 12 جانفي 2023 - "],
    ["newlines", "\n"],
    ["digits and separators", "1.2.3.4/5-6 "],
    ["glued credits and place lines", "عمان-بترا-عمان-بترا\nالرباط - هسبريس - \nالمصدر "],
    ["one huge word", "بترا"],
    ["date lines (each once asked for the chrome between it and the title)", "12 مارس 2024\n"],
  ])("1 MB of %s takes at most ~linear time", (_name, unit) => {
    const small = unit.repeat(Math.ceil(100_000 / unit.length));
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    time(small); // warm up
    const bigTime = time(big);
    const ratio = bigTime / Math.max(time(small), 2);
    // linear: 10x the input takes about 10x the time; on a loaded machine (or under coverage
    // instrumentation) the ratio is noisy, so a run well under 10 s also passes. A quadratic
    // pass over 1 MB would take minutes.
    expect(
      ratio < 30 || bigTime < 10_000,
      `1 MB took ${bigTime.toFixed(0)} ms, ${ratio.toFixed(1)}x the time of 100 KB`,
    ).toBe(true);
  });
});
