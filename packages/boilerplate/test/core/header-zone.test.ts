import { describe, expect, it } from "vitest";
import { of, strip } from "../strip-lines.ts";

const TITLE = "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الجبلية";
const P1 =
  "أعلنت الحكومة، اليوم الأحد، عن خطة جديدة لدعم المزارعين في المناطق الجبلية، تشمل قروضا ميسرة وتوزيع بذور محسنة على صغار الفلاحين.";
const P2 = "وأوضح وزير الفلاحة أن الخطة ستنطلق مطلع الشهر المقبل، وأنها تستهدف أكثر من عشرين ألف أسرة ريفية.";
const STRIP = [
  "ارتفاع سعر الدولار في السوق الموازية اليوم",
  "الأمم المتحدة تحذر من مجاعة وشيكة في دارفور",
  "مفاوضات جدة تستأنف الأسبوع المقبل بين الطرفين",
];
const zoneOf = (blocks: readonly { text: string; zone: string }[], text: string) =>
  blocks.find((b) => b.text === text)?.zone;

describe("header zone: the lines above the core that belong to the article", () => {
  it("holds the title, the byline and the date line, not the menu over them", () => {
    const { blocks, text } = strip("الرئيسية | أخبار | رياضة | اقتصاد", TITLE, "كتب أحمد علي", "12 مارس 2024", P1, P2);
    expect(blocks.map((b) => b.zone)).toEqual(["outside", "header", "header", "header", "body", "body"]);
    expect(text).toBe([P1, P2].join("\n"));
  });

  it("reaches the breadcrumb right above the title", () => {
    const { blocks } = strip(...STRIP, "الرئيسية / أخبار / اقتصاد", TITLE, P1, P2);
    expect(zoneOf(blocks, "الرئيسية / أخبار / اقتصاد")).toBe("header");
    for (const line of STRIP) expect(zoneOf(blocks, line)).toBe("outside");
  });

  it("stops at three headlines that do not echo the lead: a strip of other stories", () => {
    const { blocks } = strip("رياضة", "ثقافة", ...STRIP, TITLE, P1, P2);
    expect(zoneOf(blocks, TITLE)).toBe("header");
    for (const line of STRIP) expect(of(blocks, line)).not.toBe("heading null");
  });

  it("keeps a title printed twice, a short title sharing two words with the lead, its deck and kicker", () => {
    const short = "لماذا تتأخر خطة دعم المزارعين؟";
    const deck = "الفلاحون في الجبال ينتظرون القروض منذ سنوات طويلة";
    const { blocks } = strip("رياضة", "ثقافة", short, short, deck, P1, P2);
    expect(blocks.filter((b) => b.zone === "header").map((b) => b.text)).toEqual(["ثقافة", short, short, deck]);
  });

  it("keeps a section label right above the title as its kicker", () => {
    const { blocks } = strip("الرئيسية", "أخبار", "اقتصاد", "اقتصاد", TITLE, P1, P2);
    expect(blocks.slice(3).map((b) => b.zone)).toEqual(["header", "header", "body", "body"]);
  });

  it("keeps a columnist's name and role line over the title", () => {
    const { blocks } = strip("الرئيسية", "أخبار", "مقالات الرأي", "سمير عطا الله", "كاتب صحفي", TITLE, P1, P2);
    expect(zoneOf(blocks, "سمير عطا الله")).toBe("header");
  });

  it("leaves the site's masthead (a name under a role line, printed twice) outside", () => {
    const { blocks } = strip("رئيس التحرير", "محمد علي", "رئيس التحرير", "محمد علي", TITLE, P1, P2);
    expect(blocks.slice(0, 4).every((b) => b.zone === "outside")).toBe(true);
    expect(zoneOf(blocks, TITLE)).toBe("header");
  });

  it("keeps a short title above a date line when no other headline precedes the body", () => {
    const { blocks } = strip("زلزال مدمر", "12 يونيو 2024", P1, P2);
    expect(of(blocks, "زلزال مدمر")).toBe("heading null");
  });

  it("leaves a columnist's name and role line above the title to the article", () => {
    const blocks = strip("الرئيسية", "أخبار", "مقالات الرأي", "سمير عطا الله", "كاتب صحفي", TITLE, P1, P2).blocks;
    expect(of(blocks, "سمير عطا الله")).toBe("heading null");
    expect(of(blocks, "كاتب صحفي")).toBe("heading byline:role");
  });

  it("reaches the title over a share row printed one network per line (cue lines do not use up its reach)", () => {
    const share = ["مشاركة", "فيسبوك", "تويتر", "واتساب", "تلغرام", "لينكدإن", "البريد الإلكتروني", "طباعة"];
    const credits = ["كتب أحمد علي", "12 مارس 2024", "آخر تحديث: 12 مارس 2024 - 14:20"];
    const { blocks } = strip("الرئيسية | أخبار | رياضة", TITLE, ...credits, ...share, ...share, P1, P2);
    expect(zoneOf(blocks, TITLE)).toBe("header");
  });
});
