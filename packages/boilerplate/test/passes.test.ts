import { afterEach, describe, expect, it, vi } from "vitest";
import { type BlockTrace, classifyBlocks, REASONS, stripBoilerplate } from "../src/index.ts";
import { PASSES } from "../src/passes/index.ts";
import { strip } from "./strip-lines.ts";

const TITLE = "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الجبلية";
const P1 =
  "أعلنت الحكومة، اليوم الأحد، عن خطة جديدة لدعم المزارعين في المناطق الجبلية، تشمل قروضا ميسرة وتوزيع بذور محسنة على صغار الفلاحين.";
const P2 = "وأوضح وزير الفلاحة أن الخطة ستنطلق مطلع الشهر المقبل، وأنها تستهدف أكثر من عشرين ألف أسرة ريفية.";
const H1 = "منتخب مصر يتأهل إلى نهائي كأس الأمم الأفريقية";
const H2 = "ارتفاع أسعار النفط بعد هجوم على ناقلة في البحر الأحمر";
const H3 = "افتتاح معرض الكتاب الدولي بمشاركة ألف دار نشر";

/** The deciders of a trace that are not passes. */
const OTHER_DECIDERS = ["analyze", "core", "final"];

/** Strip `lines` with a trace; "pass reason" of the block whose text is `text`. */
function tracedOf(lines: readonly string[], text: string): string {
  const result = strip(...lines);
  const { trace } = stripBoilerplate(lines.join("\n"), { trace: true });
  const block = result.blocks.find((b) => b.text === text);
  if (!block) return "missing";
  return `${trace![block.index]!.pass} ${block.reason}`;
}

describe("PASSES", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("has unique kebab-case ids that no other decider uses", () => {
    const ids = PASSES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(OTHER_DECIDERS).not.toContain(id);
    }
  });

  it("gives every pass a one-line doc and a run function", () => {
    for (const pass of PASSES) {
      expect(pass.doc.length, pass.id).toBeGreaterThan(20);
      expect(pass.doc, pass.id).not.toMatch(/\n/);
      expect(typeof pass.run, pass.id).toBe("function");
    }
  });

  it("is the order classifyBlocks and stripBoilerplate run the passes in, each once", () => {
    const calls: string[] = [];
    for (const pass of PASSES) {
      const run = pass.run;
      vi.spyOn(pass, "run").mockImplementation((state) => {
        calls.push(pass.id);
        run.call(pass, state);
      });
    }
    const ids = PASSES.map((p) => p.id);
    stripBoilerplate([TITLE, P1, P2].join("\n"));
    expect(calls).toEqual(ids);
    calls.length = 0;
    classifyBlocks([{ text: "الأكثر قراءة", start: 0, end: 12 }]);
    expect(calls).toEqual(ids);
  });

  it("finds the article before any pass decides a block", () => {
    const ids = PASSES.map((p) => p.id);
    const locate = ids.indexOf("locate-article");
    expect(locate).toBeGreaterThan(-1);
    for (const early of ids.slice(0, locate)) {
      expect(["headline-under-list-heading", "unpunctuated-title"]).toContain(early);
    }
  });
});

describe("trace", () => {
  const page = [
    "الرئيسية",
    "أخبار",
    "رياضة",
    "اقتصاد",
    "تسجيل الدخول للحصول على النشرة اليومية",
    TITLE,
    P1,
    P2,
    "الأكثر قراءة",
    H1,
    H2,
    H3,
    "اترك تعليقاً",
  ];

  it("names the pass, the block's own analysis, the article zone or the final assembly for every block", () => {
    const result = stripBoilerplate(page.join("\n"), { trace: true });
    const pass = (text: string): string | undefined =>
      result.trace?.[result.blocks.find((b) => b.text === text)!.index]?.pass;
    expect(result.trace).toHaveLength(page.length);
    expect(result.trace!.map((t) => t.index)).toEqual(page.map((_, i) => i));
    expect(pass("الرئيسية")).toBe("analyze"); // its own navigation cue
    expect(pass("رياضة")).toBe("menu-columns");
    expect(pass("تسجيل الدخول للحصول على النشرة اليومية")).toBe("core"); // outside the article
    expect(pass(TITLE)).toBe("final");
    expect(pass(P1)).toBe("final");
    expect(pass("الأكثر قراءة")).toBe("list-sections");
    for (const h of [H1, H2, H3]) expect(pass(h)).toBe("list-sections");
    expect(pass("اترك تعليقاً")).toBe("analyze"); // its own comment-form cue
  });

  it("says 'core' exactly for the blocks reasoned outside-article", () => {
    const result = stripBoilerplate(page.join("\n"), { trace: true });
    for (const t of result.trace!) {
      expect(t.pass === "core", String(t.index)).toBe(result.blocks[t.index]!.reason === REASONS.outsideArticle);
    }
  });

  it("is returned by classifyBlocks too, one entry per block", () => {
    const text = "الأكثر قراءة\n1. عنوان الخبر الأول هنا";
    const { blocks, trace } = classifyBlocks(
      [
        { text: "الأكثر قراءة", start: 0, end: 12 },
        { text: "1. عنوان الخبر الأول هنا", start: 13, end: 37 },
      ],
      { trace: true },
    );
    expect(text.slice(13, 37)).toBe(blocks[1]!.text);
    expect(trace).toEqual<BlockTrace[]>([
      { index: 0, pass: "list-sections" },
      { index: 1, pass: "list-sections" },
    ]);
  });

  it("changes nothing else, and is absent unless asked for", () => {
    const text = page.join("\n");
    const plain = stripBoilerplate(text);
    const off = stripBoilerplate(text, { trace: false });
    const { trace, ...traced } = stripBoilerplate(text, { trace: true });
    expect(Object.keys(plain)).toEqual(["text", "blocks", "lists"]);
    expect(Object.keys(off)).toEqual(["text", "blocks", "lists"]);
    expect(trace).toBeDefined();
    expect(JSON.stringify(traced)).toBe(JSON.stringify(plain));
    expect(Object.keys(classifyBlocks([{ text: P1, start: 0, end: P1.length }]))).toEqual(["blocks", "lists"]);
  });

  it("names only passes of PASSES or the three other deciders", () => {
    const ids = new Set([...PASSES.map((p) => p.id), ...OTHER_DECIDERS]);
    const { trace } = stripBoilerplate(page.join("\n"), { trace: true });
    for (const t of trace!) expect(ids.has(t.pass), t.pass).toBe(true);
  });

  it("rejects a trace option that is not a boolean", () => {
    expect(() => stripBoilerplate("نص", { trace: "yes" as unknown as boolean })).toThrow(TypeError);
    expect(() => stripBoilerplate("نص", { trace: "yes" as unknown as boolean })).toThrow(/options\.trace/);
    expect(() => classifyBlocks([], { trace: 1 as unknown as boolean })).toThrow(TypeError);
  });
});

/** One page per pass that decides blocks: the pass the trace names for a line, with the class it gives. */
const DECIDING: readonly { pass: string; name: string; lines: readonly string[]; line: string; reason: string }[] = [
  {
    pass: "menu-columns",
    name: "section names printed one per line above the title",
    lines: ["الرئيسية", "أخبار", "رياضة", "اقتصاد", TITLE, P1, P2],
    line: "رياضة",
    reason: REASONS.menuColumn,
  },
  {
    pass: "tag-boxes",
    name: "tags under a bare label, ended by a contributor's credit",
    lines: [TITLE, P1, P2, "الكلمات المفتاحية", "الصين", "البرازيل", "إعداد: لي وانغ"],
    line: "البرازيل",
    reason: REASONS.tag,
  },
  {
    pass: "tag-boxes",
    name: "a contributor's credit under a tag box",
    lines: [TITLE, P1, P2, "الكلمات المفتاحية", "الصين", "البرازيل", "إعداد: لي وانغ"],
    line: "إعداد: لي وانغ",
    reason: REASONS.contributor,
  },
  {
    pass: "menu-runs",
    name: "short plain lines in a row above the title",
    lines: ["نبض الشارع", "صوت القراء", "زوايا", TITLE, P1, P2],
    line: "صوت القراء",
    reason: REASONS.menuRun,
  },
  {
    pass: "section-labels",
    name: "a one-word section tag between two chrome lines",
    lines: ["آخر الأخبار", "سياسي", "عاجل", "الرئيسية / أخبار", TITLE, P1, P2],
    line: "سياسي",
    reason: REASONS.sectionLabel,
  },
  {
    pass: "top-strip",
    name: "headlines between the menu and a repeated section name above the title",
    lines: [
      "وطنية",
      "جهات",
      "رياضة",
      "ثقافة",
      "الحكومة تصادق على مشروع قانون المالية التكميلي",
      "ارتفاع نسبة امتلاء السدود إلى 35 بالمائة",
      "وطنية",
      TITLE,
      P1,
      P2,
    ],
    line: "ارتفاع نسبة امتلاء السدود إلى 35 بالمائة",
    reason: REASONS.topStrip,
  },
  {
    pass: "bare-top-strip",
    name: "three other stories' headlines over the title that echoes the lead",
    lines: [
      "الرئيسية | أخبار | رياضة | اقتصاد",
      "ارتفاع سعر الدولار في السوق الموازية",
      "الأمم المتحدة تحذر من مجاعة في دارفور",
      "مفاوضات جدة تستأنف الأسبوع المقبل",
      TITLE,
      P1,
      P2,
    ],
    line: "الأمم المتحدة تحذر من مجاعة في دارفور",
    reason: REASONS.bareTopStrip,
  },
  {
    pass: "list-sections",
    name: "headlines under a most-read heading",
    lines: [TITLE, P1, P2, "الأكثر قراءة", H1, H2, H3],
    line: H2,
    reason: REASONS.listItem,
  },
  {
    pass: "skip-boxes",
    name: "a line between a skip link and its end marker",
    lines: [
      TITLE,
      P1,
      "تخطى يستحق الانتباه وواصل القراءة",
      "يستحق الانتباه",
      "شرح معمق لأهم القضايا في العالم العربي",
      "يستحق الانتباه نهاية",
      P2,
    ],
    line: "شرح معمق لأهم القضايا في العالم العربي",
    reason: REASONS.skippedBox,
  },
  {
    pass: "labelled-captions",
    name: "the caption under a caption label",
    lines: [TITLE, P1, "التعليق على الصورة،", "متظاهرة تحمل لافتة في غلاسكو", P2],
    line: "متظاهرة تحمل لافتة في غلاسكو",
    reason: REASONS.labelledCaption,
  },
  {
    pass: "comment-threads",
    name: "a reader's comment between comment scaffolding",
    lines: [TITLE, P1, P2, "التعليقات", "أحمد محمود", "منذ ساعة", "مقال رائع ومفيد شكرا للكاتب", "رد"],
    line: "مقال رائع ومفيد شكرا للكاتب",
    reason: REASONS.comment,
  },
  {
    pass: "adjacent-article",
    name: "the neighbouring article's headline under a post-navigation label",
    lines: [TITLE, P1, P2, "المقال السابق", H1, "المقال التالي", H2],
    line: H1,
    reason: REASONS.adjacentArticle,
  },
  {
    pass: "bare-runs",
    name: "an unlabelled run of headlines after the body",
    lines: [
      TITLE,
      P1,
      P2,
      "مشاركة",
      "تبون يترأس اجتماعا لمجلس الوزراء",
      "الحماية المدنية: 12 وفاة في حوادث المرور خلال 48 ساعة",
      "مفاوضات جدة تستأنف الأسبوع المقبل",
    ],
    line: "مفاوضات جدة تستأنف الأسبوع المقبل",
    reason: REASONS.bareRun,
  },
  {
    pass: "ticker-prefixed-title",
    name: "a breaking-news prefixed line right above the body",
    lines: ["عاجل | انقطاع الكهرباء عن عدة أحياء", "عاجل: استقالة وزير الداخلية من منصبه", P1, P2],
    line: "عاجل: استقالة وزير الداخلية من منصبه",
    reason: REASONS.tickerPrefixedTitle,
  },
  {
    pass: "unlabelled-tags",
    name: "two noun phrases after the last paragraph, ended by chrome",
    lines: [TITLE, P1, P2, "قانون المالية", "الحدود", "مشاركة"],
    line: "الحدود",
    reason: REASONS.unlabelledTags,
  },
  {
    pass: "latin-spam",
    name: "a Latin line after the body of an Arabic page",
    lines: [TITLE, P1, P2, "Watch Dragon ball super"],
    line: "Watch Dragon ball super",
    reason: REASONS.latinSpam,
  },
  {
    pass: "masthead",
    name: "a site's long name above the menu",
    lines: ["بي بي سي نيوز عربي", "الرئيسية", "أخبار", "اقتصاد", TITLE, P1, P2],
    line: "بي بي سي نيوز عربي",
    reason: REASONS.masthead,
  },
  {
    pass: "email-labels",
    name: "an e-mail label under a comment form's field",
    lines: [TITLE, P1, P2, "اترك تعليقاً", "الاسم", "البريد الإلكتروني"],
    line: "البريد الإلكتروني",
    reason: REASONS.commentField,
  },
];

describe("each deciding pass, as the trace names it", () => {
  it.each(DECIDING)("$pass: $name", ({ pass, lines, line, reason }) => {
    expect(tracedOf(lines, line)).toBe(`${pass} ${reason}`);
  });

  it("covers every pass that writes decisions", () => {
    const revising = ["headline-under-list-heading", "unpunctuated-title", "locate-article", "body-lines"];
    const covered = new Set([...DECIDING.map((c) => c.pass), ...revising]);
    for (const pass of PASSES) expect(covered.has(pass.id), pass.id).toBe(true);
  });
});
