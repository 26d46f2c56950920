import { describe, expect, it } from "vitest";
import { assertSpans, BLOCK_GAP } from "../../../tools/assert-spans.ts";
import { type Block, classifyBlocks, defaultCues, lexiconVersion, stripBoilerplate } from "../src/index.ts";

const PARA1 =
  "وقال وزير الداخلية في ندوة صحفية عقدها اليوم إن الحكومة ستطلق برنامجا جديدا لدعم الشباب في المناطق الداخلية خلال السنة المقبلة.";
const PARA2 =
  "وأضاف أن البرنامج يشمل تمويل المشاريع الصغيرة وتكوين حاملي الشهادات، على أن تشرف عليه لجنة مشتركة بين عدة قطاعات وزارية.";

function check(input: string) {
  const result = stripBoilerplate(input);
  assertSpans(input, result.blocks, { nonOverlapping: true, trimmed: true, gapsMatch: BLOCK_GAP, label: "block" });
  for (const list of result.lists) {
    if (list.heading) assertSpans(input, [list.heading], { trimmed: true, label: "heading" });
    assertSpans(input, list.items, { nonOverlapping: true, trimmed: true, label: "item" });
  }
  return result;
}

const kinds = (blocks: readonly Block[]) => blocks.map((b) => b.kind);
const byText = (blocks: readonly Block[], text: string) => blocks.find((b) => b.text === text);

describe("stripBoilerplate: input checks", () => {
  it("throws a TypeError naming the argument for non-strings", () => {
    expect(() => stripBoilerplate(42 as unknown as string)).toThrow(new TypeError("text must be a string, got number"));
    expect(() => stripBoilerplate(null as unknown as string)).toThrow(/text must be a string, got null/);
  });

  it("throws on bad option values", () => {
    expect(() => stripBoilerplate("", { minProseWords: 0 })).toThrow(RangeError);
    expect(() => stripBoilerplate("", { headlineMaxWords: 2.5 })).toThrow(/headlineMaxWords/);
    expect(() => stripBoilerplate("", { keepKinds: ["chrome" as never] })).toThrow(RangeError);
    expect(() => stripBoilerplate("", { cues: { menu: ["x"] } as never })).toThrow(/options.cues key/);
    expect(() => stripBoilerplate("", { cues: [{ pattern: "x", kind: "nope" as never }] })).toThrow(RangeError);
    expect(() => stripBoilerplate("", { cues: [{ pattern: "x", kind: "social", match: "all" as never }] })).toThrow(
      /match/,
    );
    expect(() =>
      stripBoilerplate("", { cues: [{ pattern: "x", kind: "list-heading", listKind: "top" as never }] }),
    ).toThrow(/listKind/);
    expect(() => stripBoilerplate("", { cues: [{ pattern: 3 as never, kind: "social" }] })).toThrow(TypeError);
    expect(() => stripBoilerplate("", { cues: [{ pattern: "x", kind: "social", reason: 3 as never }] })).toThrow(
      TypeError,
    );
    expect(() => stripBoilerplate("", { cues: { social: "x" as never } })).toThrow(TypeError);
    expect(() => stripBoilerplate("", { cues: { social: [3 as never] } })).toThrow(TypeError);
    expect(() => stripBoilerplate("", { cues: 3 as never })).toThrow(TypeError);
    expect(() => stripBoilerplate("", { keepLists: "yes" as never })).toThrow(TypeError);
    expect(() => stripBoilerplate("", { keepKinds: "spam" as never })).toThrow(TypeError);
    expect(() => stripBoilerplate("", 5 as never)).toThrow(TypeError);
    expect(() => stripBoilerplate("", null as never)).toThrow(/options must be an object, got null/);
  });

  it("never throws on odd input", () => {
    expect(stripBoilerplate("")).toEqual({ text: "", blocks: [], lists: [] });
    expect(stripBoilerplate(" \n\r\n\t\u2028 ").blocks).toEqual([]);
    const lone = "\ud800 نص \udc00\n\u0640\u0640\n***";
    const result = check(lone);
    expect(result.blocks).toHaveLength(3);
    expect(check("Just an English page.\nWith two lines of text that are plain prose here.").blocks).toHaveLength(2);
  });

  it("splits on every line break of the contract", () => {
    const input = "سطر أول\r\nسطر ثان\rسطر ثالث\u2028سطر رابع\u2029سطر خامس\n  سطر سادس  ";
    const result = check(input);
    expect(result.blocks.map((b) => b.text)).toEqual([
      "سطر أول",
      "سطر ثان",
      "سطر ثالث",
      "سطر رابع",
      "سطر خامس",
      "سطر سادس",
    ]);
  });
});

describe("stripBoilerplate: cues", () => {
  it("matches cues on normalized keys (hamza, tanween, ta marbuta, tatweel, case)", () => {
    for (const heading of ["اقرأ أيضاً", "إقرأ أيضا", "اقرا ايضا", "اقــرأ أيـضـاً:", "À LIRE AUSSI", "Les plus lus"]) {
      const result = check(`${heading}\nعنوان خبر آخر عن الاقتصاد الوطني\n${PARA1}\n${PARA2}`);
      expect(result.blocks[0]?.kind, heading).toBe("list-heading");
    }
    expect(check(`${PARA1}\nالأكثر قراءةً`).blocks[1]?.reason).toBe("cue:most-read-heading");
    expect(check(`${PARA1}\nالاكثر قراءه`).blocks[1]?.kind).toBe("list-heading");
  });

  it("does not take a title that contains a two-word chrome phrase for chrome", () => {
    const result = check(`سياسة الخصوصية الجديدة لفيسبوك\n${PARA1}`);
    expect(result.blocks[0]?.kind).toBe("heading");
    expect(check(`${PARA1}\nالأكثر قراءة هذا الأسبوع`).blocks[1]?.kind).toBe("list-heading");
  });

  it("matches whole words only", () => {
    const result = check(`${PARA1}\nتويتريون غاضبون من القرار`);
    expect(result.blocks[1]?.kind).not.toBe("social");
  });

  it("keeps a prose paragraph that merely mentions a cue", () => {
    const para =
      "وتصدر المقال قائمة الأكثر قراءة على موقع الصحيفة طيلة الأسبوع، وهو ما يعكس اهتمام القراء بالملف الاقتصادي.";
    const result = check(`${PARA1}\n${para}\n${PARA2}`);
    expect(result.blocks.every((b) => !b.boilerplate)).toBe(true);
    expect(result.text).toBe([PARA1, para, PARA2].join("\n"));
  });

  it("recognises comment forms, policy, social, credit, widget and ticker lines", () => {
    const input = [
      "عاجل",
      "بث مباشر",
      PARA1,
      PARA2,
      "الوسوم: الجزائر، الشباب، التشغيل",
      "تصوير: محمد علي",
      "شارك فيسبوك تويتر واتساب",
      "تابعونا على تيليغرام",
      "حمل التطبيق",
      "أضف تعليقاً",
      "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
      "جميع الحقوق محفوظة © 2024 جريدة الوطن",
      "تحميل المزيد",
      "Back to top button",
      "تسجيل الدخول",
    ].join("\n");
    const result = check(input);
    expect(kinds(result.blocks)).toEqual([
      "ticker",
      "ticker",
      "content",
      "content",
      "credit",
      "credit",
      "social",
      "social",
      "social",
      "comment-form",
      "comment-form",
      "policy",
      "widget",
      "widget",
      "navigation",
    ]);
    expect(result.text).toBe(`${PARA1}\n${PARA2}`);
  });

  it("recognises date and clock headers in every month system", () => {
    const dates = [
      "الأحد , أكتوبر 6 2024",
      "الخميس، 4 كانون الثاني 2024",
      "السبت 12 جانفي 2023",
      "الاثنين 15 رمضان 1445هـ الموافق 25 مارس 2024م",
      "jeudi 5 juin 2025 - 10:30",
      "Sunday, October 6, 2024",
      "06/10/2024",
      "10:45",
      "منذ ساعتين",
      "آخر تحديث: 12 شتنبر 2024",
    ];
    const result = check([...dates, PARA1].join("\n"));
    expect(result.blocks.slice(0, dates.length).map((b) => b.kind)).toEqual(dates.map(() => "date-header"));
    expect(result.blocks[dates.length - 1]?.reason).toBe("date:published");
    expect(result.blocks[0]?.reason).toBe("date:weekday-header");
  });

  it("does not take a dateline with a place for a date header", () => {
    const result = check(`الجزائر في 6 أكتوبر 2024\n${PARA1}`);
    expect(result.blocks[0]?.kind).toBe("heading");
  });

  it("recognises breadcrumbs, menu strips, glued menus and menus one item per line", () => {
    const input = [
      "الرئيسية › أخبار › الجزائر تطلق برنامجا للشباب",
      "Accueil » Politique » Économie",
      "سياسة | اقتصاد | رياضة | ثقافة",
      "أخبارأخبار عاجلةعربي",
      "الجزائرالجزائر",
      "رياضة",
      "ثقافة",
      "الجزائر تطلق برنامجا للشباب",
      PARA1,
      PARA2,
    ].join("\n");
    const result = check(input);
    expect(result.blocks.slice(0, 7).map((b) => b.reason)).toEqual([
      "nav:breadcrumb",
      "nav:breadcrumb",
      "nav:menu-strip",
      "nav:glued-menu",
      "nav:glued-menu",
      "nav:menu-column",
      "nav:menu-column",
    ]);
    expect(result.blocks[7]?.kind).toBe("heading");
    expect(result.blocks[7]?.boilerplate).toBe(false);
  });

  it("keeps a lone section word used as a kicker", () => {
    const result = check(`رياضة\nالمنتخب يتأهل إلى نهائيات كأس أفريقيا\n${PARA1}`);
    expect(result.blocks[0]?.kind).toBe("heading");
  });

  it("marks Latin spam after the body of an Arabic page, not Latin prose", () => {
    const quote = "The minister said the programme would start next month and run for three years.";
    const result = check(`${PARA1}\n${quote}\n${PARA2}\nWatch Dragon ball super\nBest casino bonus online`);
    expect(byText(result.blocks, quote)?.kind).toBe("content");
    expect(byText(result.blocks, "Watch Dragon ball super")?.kind).toBe("spam");
    expect(byText(result.blocks, "Best casino bonus online")?.reason).toBe("spam:latin-in-arabic-page");
    expect(stripBoilerplate(`${PARA1}\nWatch Dragon ball super`, { detectSpam: false }).blocks[1]?.kind).toBe(
      "content",
    );
  });

  it("keeps a body paragraph that only mentions a chrome phrase, but not the same line in the footer", () => {
    const mention = "وأكد النقابي أن جميع الحقوق محفوظة للعمال بموجب القانون الجديد.";
    const inside = check(`${PARA1}\n${mention}\n${PARA2}`);
    expect(inside.blocks[1]?.kind).toBe("content");
    const footer = check(`${PARA1}\n${PARA2}\n${mention}`);
    expect(footer.blocks[2]?.kind).toBe("policy");
  });

  it("keeps a breaking-news prefixed line that is the title, drops the ticker lines above it", () => {
    const result = check(`عاجل | انقطاع الكهرباء عن عدة أحياء\nعاجل: استقالة وزير الداخلية من منصبه\n${PARA1}`);
    expect(result.blocks[0]?.kind).toBe("ticker");
    expect(result.blocks[0]?.reason).toBe("cue:breaking-news:prefix");
    expect(result.blocks[1]?.kind).toBe("heading");
    expect(result.blocks[1]?.reason).toBe("ticker-prefixed-title");
  });

  it("does not take a Latin byline after the body for spam", () => {
    const result = check(`${PARA1}\nPar Karim Benali\nJohn Smith`);
    expect(result.blocks[1]?.kind).toBe("content");
    expect(result.blocks[2]?.kind).toBe("content");
  });

  it("marks symbol-only and number-only lines as widgets", () => {
    const result = check(`${PARA1}\n* * *\n1 2`);
    expect(result.blocks[1]?.reason).toBe("symbols-only");
    expect(result.blocks[2]?.reason).toBe("numbers-only");
  });

  it("marks pagers, live-blog clocks, cookie banners and follow rows", () => {
    const result = check(
      [
        "We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it. Ok Read more",
        "10:45 GMT",
        PARA1,
        "تاريخ 18.01.2024",
        "1 2 3 »",
        "« 4 5",
        "تابعوا RT على",
        "مدة الفيديو 02 minutes 30 seconds 02:30",
        "أدخل بريدك الإلكتروني",
      ].join("\n"),
    );
    expect(result.blocks.map((b) => b.reason)).toEqual([
      "cue:cookies",
      "date:clock",
      null,
      "date:date",
      "nav:pagination",
      "nav:pagination",
      "cue:follow",
      "cue:video-duration",
      "cue:subscribe",
    ]);
  });

  it("keeps dates and scores that are not pagers", () => {
    const result = check(`${PARA1}\n06 10 2024\n3 5 »`);
    expect(result.blocks[1]?.kind).toBe("date-header");
    expect(result.blocks[2]?.reason).toBe("numbers-only");
  });
});

describe("stripBoilerplate: lists and context", () => {
  it("returns a numbered most-read list with markers stripped", () => {
    const input = [
      PARA1,
      PARA2,
      "الأكثر قراءة",
      "1. رياح قوية وزوابع رملية على عدة ولايات",
      "٢- انفجار في مصنع للكيماويات بالعاصمة",
      "3) وفاة فنان مصري قدير عن عمر ناهز الثمانين",
    ].join("\n");
    const result = check(input);
    expect(result.lists).toHaveLength(1);
    const list = result.lists[0]!;
    expect(list.kind).toBe("most-read");
    expect(list.heading?.text).toBe("الأكثر قراءة");
    expect(list.items.map((i) => i.text)).toEqual([
      "رياح قوية وزوابع رملية على عدة ولايات",
      "انفجار في مصنع للكيماويات بالعاصمة",
      "وفاة فنان مصري قدير عن عمر ناهز الثمانين",
    ]);
    expect(list.start).toBe(input.indexOf("الأكثر قراءة"));
    expect(list.end).toBe(input.length);
    expect(result.text).toBe(`${PARA1}\n${PARA2}`);
  });

  it("takes at most three headlines after an in-article read-also insert", () => {
    const input = [
      PARA1,
      "اقرأ أيضا",
      "الحكومة تصادق على مشروع قانون المالية الجديد",
      "ارتفاع أسعار النفط في الأسواق العالمية اليوم",
      "وزير التجارة يلتقي ممثلي الغرف التجارية",
      "تحديات التمويل",
      PARA2,
    ].join("\n");
    const result = check(input);
    expect(result.lists[0]?.kind).toBe("read-also");
    expect(result.lists[0]?.items).toHaveLength(3);
    expect(byText(result.blocks, "تحديات التمويل")?.kind).toBe("heading");
    expect(result.text).toBe([PARA1, "تحديات التمويل", PARA2].join("\n"));
    const two = stripBoilerplate(input, { readAlsoMaxItems: 1 });
    expect(two.lists[0]?.items).toHaveLength(1);
  });

  it("leaves a short subheading under an in-article related box to the article", () => {
    const input = [
      PARA1,
      "مواضيع ذات صلة",
      "الحكومة تصادق على مشروع قانون المالية الجديد",
      "ارتفاع أسعار النفط في الأسواق العالمية اليوم",
      "تحديات التمويل الكبرى",
      PARA2,
    ].join("\n");
    const result = check(input);
    expect(result.lists[0]?.items).toHaveLength(2);
    expect(byText(result.blocks, "تحديات التمويل الكبرى")?.kind).toBe("heading");
  });

  it("splits an inline read-also line into heading and item spans", () => {
    const input = `${PARA1}\nاقرأ أيضاً: الحكومة تصادق على مشروع قانون المالية\n${PARA2}`;
    const result = check(input);
    const list = result.lists[0]!;
    expect(list.heading?.text).toBe("اقرأ أيضاً");
    expect(list.items[0]?.text).toBe("الحكومة تصادق على مشروع قانون المالية");
    expect(result.blocks[1]?.kind).toBe("list-item");
    expect(result.blocks[1]?.reason).toBe("cue:read-also-heading:inline");
  });

  it("finds a bare run of headlines after the body, with dates and media labels between them", () => {
    const input = [
      PARA1,
      PARA2,
      "إسلام كعبش",
      "الحكومة تصادق على مشروع قانون المالية الجديد",
      "منذ 3 ساعات",
      "ارتفاع أسعار النفط في الأسواق العالمية اليوم",
      "فيديو",
      "وزير التجارة يلتقي ممثلي الغرف التجارية بالعاصمة",
    ].join("\n");
    const result = check(input);
    expect(byText(result.blocks, "إسلام كعبش")?.boilerplate).toBe(false);
    expect(result.lists).toHaveLength(1);
    expect(result.lists[0]?.kind).toBe("headlines");
    expect(result.lists[0]?.heading).toBeNull();
    expect(result.lists[0]?.items).toHaveLength(3);
    // the writer's name under the body is the article's trailer: kept, but not body text
    expect(result.blocks.find((b) => b.text === "إسلام كعبش")).toMatchObject({ boilerplate: false, zone: "trailer" });
    expect(result.text).toBe([PARA1, PARA2].join("\n"));
  });

  it("leaves headline-shaped lines without prose features after the body outside the article", () => {
    const closing = [
      "الوزارة تعمل على إعداد دفتر شروط جديد يحدد معايير اختيار المشاريع المستفيدة من التمويل العمومي",
      "المصالح المختصة شرعت في إحصاء الشباب العاطلين عن العمل بالمناطق الداخلية تمهيدا لإدماجهم في البرنامج",
      "اللجنة الوطنية المكلفة بالمتابعة سترفع تقريرها الأول إلى الحكومة مطلع شهر سبتمبر المقبل حسب الرزنامة",
    ];
    const result = check([PARA1, PARA2, ...closing].join("\n"));
    expect(result.blocks.slice(2).map((b) => b.reason)).toEqual(closing.map(() => "outside-article"));
    const separated = check([PARA1, PARA2, "شارك", ...closing].join("\n"));
    expect(separated.lists).toHaveLength(1);
  });

  it("keeps headline-shaped lines before the body (title, deck, caption), not a short run after it", () => {
    const input = [
      "الحكومة تطلق برنامجا جديدا لدعم الشباب",
      "البرنامج يشمل تمويل المشاريع الصغيرة والتكوين",
      "وزير الداخلية خلال الندوة الصحفية بالعاصمة",
      PARA1,
      PARA2,
      "الحكومة تصادق على مشروع قانون المالية الجديد",
      "ارتفاع أسعار النفط في الأسواق العالمية اليوم",
    ].join("\n");
    const result = check(input);
    expect(result.blocks.slice(0, 5).every((b) => !b.boilerplate)).toBe(true);
    expect(kinds(result.blocks).slice(0, 3)).toEqual(["heading", "heading", "heading"]);
    expect(result.blocks.slice(5).map((b) => b.reason)).toEqual(["outside-article", "outside-article"]);
  });

  it("keeps an enumeration the article introduces with a colon", () => {
    const intro = "وتشمل الإجراءات الجديدة التي أعلنت عنها الوزارة في بيانها ما يلي:";
    const input = [
      PARA1,
      intro,
      "تمويل المشاريع الصغيرة في المناطق الداخلية",
      "تكوين حاملي الشهادات الجامعية في المهن الجديدة",
      "إعفاء المؤسسات الناشئة من الضرائب لمدة ثلاث سنوات",
    ].join("\n");
    expect(check(input).blocks.every((b) => !b.boilerplate)).toBe(true);
  });

  it("a list heading before the body leaves the title to the article", () => {
    const input = [
      "الأكثر قراءة",
      "الحكومة تصادق على مشروع قانون المالية الجديد",
      "ارتفاع أسعار النفط في الأسواق العالمية اليوم",
      "الحكومة تطلق برنامجا جديدا لدعم الشباب",
      PARA1,
    ].join("\n");
    const result = check(input);
    expect(result.lists[0]?.items).toHaveLength(2);
    expect(result.blocks[3]?.kind).toBe("heading");
  });

  it("ends a section at the next list heading or other chrome, and drops empty lists", () => {
    const input = [PARA1, PARA2, "مقالات الواجهة", "الأكثر قراءة", "أضف تعليقاً"].join("\n");
    const result = check(input);
    expect(result.lists).toEqual([]);
    expect(kinds(result.blocks).slice(2)).toEqual(["list-heading", "list-heading", "comment-form"]);
  });

  it("treats teasers ending in an ellipsis as part of the list", () => {
    const input = [
      PARA1,
      PARA2,
      "أخبار ذات صلة",
      "الحكومة تصادق على مشروع قانون المالية الجديد",
      "صادقت الحكومة في اجتماعها الأسبوعي على مشروع قانون المالية الذي...",
      "ارتفاع أسعار النفط في الأسواق العالمية اليوم",
    ].join("\n");
    const result = check(input);
    expect(result.lists[0]?.items).toHaveLength(2);
    expect(result.blocks[4]?.reason).toBe("list-teaser");
    expect(result.text).toBe(`${PARA1}\n${PARA2}`);
  });

  it("marks duplicates without removing them", () => {
    const title = "الحكومة تطلق برنامجا جديدا لدعم الشباب";
    const result = check(`${title}\n${title}\n${PARA1}`);
    expect(result.blocks[1]?.duplicateOf).toBe(0);
    expect(result.blocks[1]?.boilerplate).toBe(false);
    expect(result.blocks[0]?.duplicateOf).toBeNull();
  });

  it("keeps a two-line article", () => {
    const input =
      "أخبار عاجلة\nزلزال يضرب شرق تركيا\nضرب زلزال بقوة 5 درجات ولاية ملاطية صباح اليوم دون خسائر.\nأضف تعليقاً";
    const result = check(input);
    expect(result.text).toBe("زلزال يضرب شرق تركيا\nضرب زلزال بقوة 5 درجات ولاية ملاطية صباح اليوم دون خسائر.");
  });
});

describe("options", () => {
  const page = [
    PARA1,
    PARA2,
    "الأكثر قراءة",
    "1. عنوان أول عن الاقتصاد",
    "2. عنوان ثان عن الرياضة",
    "حمل التطبيق",
  ].join("\n");

  it("keepLists keeps list blocks in the text and still returns the lists", () => {
    const result = stripBoilerplate(page, { keepLists: true });
    expect(result.text).toContain("الأكثر قراءة");
    expect(result.text).toContain("1. عنوان أول عن الاقتصاد");
    expect(result.text).not.toContain("حمل التطبيق");
    expect(result.lists).toHaveLength(1);
  });

  it("keepKinds keeps chosen chrome kinds", () => {
    expect(stripBoilerplate(page, { keepKinds: ["social"] }).text).toContain("حمل التطبيق");
  });

  it("accepts caller cues as a map or a list, matched on normalized keys", () => {
    const input = `${PARA1}\nتابع قناتنا على واتساب الآن\nمن أخبارنا المختارة\nعنوان أول عن الاقتصاد الوطني`;
    // the built-in follow-row rule already knows it (the network named, a call to action after it) ...
    expect(stripBoilerplate(input).blocks[1]?.reason).toBe("cue:follow");
    // ... and a caller's cue names it with the caller's reason
    const mapped = stripBoilerplate(input, { cues: { social: ["تابع قناتنا"] } });
    expect(mapped.blocks[1]?.kind).toBe("social");
    expect(mapped.blocks[1]?.reason).toBe("user-cue:social");
    const listed = stripBoilerplate(input, {
      cues: [
        { pattern: "من أخبارنا المختارة", kind: "list-heading", listKind: "featured", reason: "site:picks" },
        { pattern: "تابع قناتنا على", kind: "social", match: "anywhere" },
      ],
    });
    expect(listed.blocks[2]?.reason).toBe("site:picks");
    expect(listed.lists[0]?.kind).toBe("featured");
    expect(listed.blocks[1]?.kind).toBe("social");
  });

  it("defaultCues: false relies on the caller's cues and structure only", () => {
    const result = stripBoilerplate(`${PARA1}\nأضف تعليقاً\nزر الطباعة`, {
      defaultCues: false,
      cues: { widget: ["زر الطباعة"] },
    });
    expect(result.blocks[1]?.kind).toBe("content");
    expect(result.blocks[2]?.kind).toBe("widget");
  });

  it("thresholds change what counts as prose and as a run", () => {
    const short = "وصل الوفد إلى العاصمة صباح اليوم.";
    expect(stripBoilerplate(`${short}\nعنوان أ ب ج\nعنوان د ه و\nعنوان ز ح ط`).lists).toHaveLength(0);
    const runs = stripBoilerplate(`${short}\nعنوان أ ب ج\nعنوان د ه و\nعنوان ز ح ط`, { minProseWords: 5 });
    expect(runs.lists).toHaveLength(1);
    expect(
      stripBoilerplate(`${short}\nعنوان أ ب ج\nعنوان د ه و`, { minProseWords: 5, minListItems: 2 }).lists,
    ).toHaveLength(1);
    expect(
      stripBoilerplate(`${short}\nعنوان أ ب ج\nعنوان د ه و\nعنوان ز ح ط`, { minProseWords: 5, headlineMinWords: 5 })
        .lists,
    ).toHaveLength(0);
    const long = stripBoilerplate(`${PARA1}\nالأكثر قراءة\nعنوان من خمس كلمات هنا`, { headlineMaxWords: 3 });
    expect(long.blocks[2]?.kind).toBe("content");
  });
});

describe("classifyBlocks", () => {
  it("classifies pre-split blocks and uses HTML features", () => {
    const input = "الرئيسية أخبار\nعنوان المقال هنا اليوم\nرابط رابط رابط\n" + PARA1;
    const spans = [];
    let at = 0;
    for (const line of input.split("\n")) {
      spans.push({ text: line, start: at, end: at + line.length });
      at += line.length + 1;
    }
    const result = classifyBlocks([
      { ...spans[0]!, features: { tagName: "NAV" } },
      { ...spans[1]!, features: { tagName: "h1" } },
      { ...spans[2]!, features: { linkDensity: 0.9 } },
      { ...spans[3]!, features: { tagName: "p", linkDensity: 0.1 } },
    ]);
    assertSpans(input, result.blocks, { nonOverlapping: true, trimmed: true });
    expect(result.blocks.map((b) => b.reason)).toEqual(["nav:menu-strip", null, "html:link-dense", null]);
    expect(classifyBlocks([{ ...spans[1]!, features: { tagName: "aside" } }]).blocks[0]?.reason).toBe("html:aside");
  });

  it("does not take a long heading element for prose", () => {
    const words = Array.from({ length: 24 }, (_, i) => `كلمة${i}`).join(" ");
    const result = classifyBlocks([{ text: words, start: 0, end: words.length, features: { tagName: "h2" } }]);
    expect(result.blocks[0]?.kind).toBe("heading");
  });

  it("rejects bad blocks", () => {
    expect(() => classifyBlocks("x" as never)).toThrow(/blocks must be an array, got string/);
    expect(() => classifyBlocks(null as never)).toThrow(/got null/);
    expect(() => classifyBlocks([{ text: 1 } as never])).toThrow(/blocks\[0\].text/);
    expect(() => classifyBlocks([{ text: "x", start: "0" } as never])).toThrow(/start/);
  });
});

describe("lexicon", () => {
  it("is frozen, versioned, and every entry names its kind, reason and source", () => {
    expect(Object.isFrozen(defaultCues)).toBe(true);
    expect(lexiconVersion).toMatch(/^\d+\.\d+\.\d+$/);
    for (const cue of defaultCues) {
      expect(cue.pattern.length).toBeGreaterThan(0);
      expect(cue.reason).toMatch(/^[a-z-]+:[a-z-]+$/);
      expect(cue.seen.length).toBeGreaterThan(3);
      expect(Object.isFrozen(cue)).toBe(true);
    }
  });
});

describe("sites that drop final periods, and unlabelled tags", () => {
  const TITLE = "الحكومة تعرض برنامجها الجديد أمام البرلمان";
  // 15 words, no final punctuation, one prose feature: a comma (no opener, no function word)
  const COMMA_ONLY =
    "الإجراءات الجديدة تشمل تخفيض الرسوم الجمركية، ومراجعة أسعار الطاقة وتحديث شبكات النقل الحضري بالمدن الكبرى";
  // 14 words, two features: conjunction + verb (not in the opener table) and a comma
  const RUN_ON = "وتسعى الحكومة عبر البرنامج الجديد لخفض نسبة البطالة لدى الشباب بنحو النصف، بحسب الوزير";
  const TAGS = ["الإصلاح الضريبي", "البرلمان"];
  const RELATED = ["مقالات ذات صلة", TITLE];

  it("takes a long unpunctuated line with one prose feature between paragraphs as content", () => {
    const inside = check([TITLE, PARA1, COMMA_ONLY, PARA2].join("\n"));
    expect(kinds(inside.blocks)).toEqual(["heading", "content", "content", "content"]);
    const before = check([TITLE, COMMA_ONLY, PARA1].join("\n"));
    expect(kinds(before.blocks)).toEqual(["heading", "heading", "content"]);
  });

  it("extends the body over a run-on line with two prose features, then finds the tags after it", () => {
    const page = check([TITLE, PARA1, PARA2, RUN_ON, ...TAGS, ...RELATED].join("\n"));
    expect(page.blocks.slice(3, 6).map((b) => `${b.kind} ${b.reason}`)).toEqual([
      "content null",
      "credit tags:unlabelled",
      "credit tags:unlabelled",
    ]);
    expect(page.text).toBe([PARA1, PARA2, RUN_ON].join("\n"));
    expect(page.blocks[0]).toMatchObject({ kind: "heading", boilerplate: false, zone: "header" });
    // one feature (a comma) costs nothing: the line joins the body it follows, and the tags come after it
    const weak = check([TITLE, PARA1, PARA2, COMMA_ONLY, ...TAGS, ...RELATED].join("\n"));
    expect(weak.blocks.slice(3, 6).map((b) => `${b.kind} ${b.reason}`)).toEqual([
      "content null",
      "credit tags:unlabelled",
      "credit tags:unlabelled",
    ]);
  });

  it("removes a run of short noun phrases between the body and page chrome as unlabelled tags", () => {
    const page = check([TITLE, PARA1, PARA2, ...TAGS, ...RELATED].join("\n"));
    expect(page.blocks.slice(3, 5).map((b) => `${b.kind} ${b.reason}`)).toEqual([
      "credit tags:unlabelled",
      "credit tags:unlabelled",
    ]);
    expect(page.text).toBe([PARA1, PARA2].join("\n"));
  });

  it("keeps a single author line under the body; other short runs after it lie outside the article", () => {
    const author = check([TITLE, PARA1, PARA2, "كريم بن علي", ...RELATED].join("\n"));
    expect(author.blocks[3]?.boilerplate).toBe(false);
    const last = check([TITLE, PARA1, PARA2, ...TAGS].join("\n"));
    expect(last.blocks.slice(3).map((b) => b.reason)).toEqual(["outside-article", "outside-article"]);
    const phrases = check([TITLE, PARA1, PARA2, "في البرلمان", "من الحكومة", ...RELATED].join("\n"));
    expect(phrases.blocks.slice(3, 5).map((b) => b.reason)).toEqual(["outside-article", "outside-article"]);
  });
});

describe("unseen page shapes", () => {
  const TITLE = "الحكومة تطلق برنامجا لدعم الشباب في المناطق الداخلية";

  it("keeps the title under a live label when a source line follows it", () => {
    const input = ["سياسة", "اقتصاد", "مباشر", TITLE, "المصدر: وكالات", PARA1, PARA2].join("\n");
    const { blocks } = check(input);
    expect(byText(blocks, TITLE)?.boilerplate).toBe(false);
    expect(byText(blocks, "المصدر: وكالات")?.boilerplate).toBe(false);
  });

  it("drops an Arabic skip link and reads 'قصص مقترحة' as a related list", () => {
    const input = [
      "تخطى إلى المحتوى",
      TITLE,
      PARA1,
      PARA2,
      "قصص مقترحة",
      "عن الثقة في المؤسسات العامة",
      "دروس من أزمة سابقة",
    ].join("\n");
    const result = check(input);
    expect(result.blocks[0]?.kind).toBe("widget");
    expect(result.lists.map((l) => [l.kind, l.items.length])).toEqual([["related", 2]]);
  });

  it("takes an opinion column's 'more by this writer' box as a related list", () => {
    const input = [TITLE, PARA1, PARA2, "المزيد من مقالات الكاتب", "عن الثقة في المؤسسات", "دروس من أزمة سابقة"].join(
      "\n",
    );
    const result = check(input);
    expect(result.lists.map((l) => [l.kind, l.items.length])).toEqual([["related", 2]]);
    expect(result.blocks.slice(3).every((b) => b.boilerplate)).toBe(true);
  });

  it("removes the title printed again after the body, not a line printed twice inside it", () => {
    const caption = "وزير الداخلية خلال الندوة الصحفية";
    const input = [TITLE, caption, PARA1, caption, PARA2, "شارك", TITLE].join("\n");
    const { blocks } = check(input);
    const last = blocks[blocks.length - 1]!;
    expect([last.kind, last.reason, last.boilerplate, last.duplicateOf]).toEqual([
      "navigation",
      "repeat:title",
      true,
      0,
    ]);
    expect(blocks[3]?.boilerplate).toBe(false);
    const kept = stripBoilerplate(input, { keepKinds: ["navigation"] }).blocks;
    expect(kept[kept.length - 1]?.boilerplate).toBe(false);
  });
});
