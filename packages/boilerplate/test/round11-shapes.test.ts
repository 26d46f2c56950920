import { describe, expect, it } from "vitest";
import { lexiconVersion } from "../src/index.ts";
import { of, strip } from "./strip-lines.ts";

const TITLE = "عطاف يستقبل نظيره التونسي لبحث ملف الحدود والتعاون الطاقوي";
const P1 =
  "استقبل وزير الشؤون الخارجية، اليوم الجمعة بمقر الوزارة، نظيره التونسي في زيارة عمل تدوم يومين تتناول ملفات التعاون الثنائي.";
const P2 =
  "وحسب بيان للوزارة، فقد تطرق الطرفان إلى سبل تعزيز التنسيق الأمني على الحدود، إضافة إلى مشاريع الربط الكهربائي.";
const H1 = "تبون يترأس اجتماعا لمجلس الوزراء";
const H2 = "الحماية المدنية: 12 وفاة في حوادث المرور خلال 48 ساعة";

describe("round 11 chrome (Maghreb WordPress themes)", () => {
  it("bumps the lexicon version", () => {
    const [major, minor] = lexiconVersion.split(".").map(Number);
    expect(major === 1 && (minor ?? 0) >= 9).toBe(true);
  });

  it("removes the neighbouring articles' headlines under post-navigation labels", () => {
    for (const [prev, next] of [
      ["المقال السابق", "المقال التالي"],
      ["Article précédent", "Article suivant"],
      ["Previous article", "Next article"],
      ["المقالة السابقة", "المقالة التالية"],
    ] as const) {
      const { blocks } = strip(TITLE, P1, P2, prev, H1, next, H2);
      expect(of(blocks, prev)).toBe("navigation cue:pagination");
      expect(of(blocks, H1)).toBe("navigation nav:adjacent-article");
      expect(of(blocks, H2)).toBe("navigation nav:adjacent-article");
    }
    // a label with the headline on its own line is the only shape: prose after a label stays prose
    const { blocks } = strip(TITLE, P1, "التالي", P2);
    expect(of(blocks, P2)).toBe("content null");
  });

  it("removes theme widgets, placeholders and footers in Arabic, French and English", () => {
    const cases: [string, string][] = [
      ["زر الذهاب إلى الأعلى", "widget cue:widget"],
      ["Like Loading...", "widget cue:widget"],
      ["دقيقة واحدة", "widget cue:reading-time"],
      ["admin", "credit cue:placeholder-author"],
      ["شاركها", "social cue:share"],
      ["اشتراك", "widget cue:subscribe"],
      ["Designed by Atlas Web", "policy cue:site-credits"],
      ["Theme: ColorMag by ThemeGrill. Powered by WordPress.", "policy cue:site-credits"],
    ];
    for (const [line, expected] of cases) {
      const { blocks } = strip(TITLE, P1, P2, line);
      expect(of(blocks, line), line).toBe(expected);
    }
    const top = strip("Sidebar", TITLE, P1, P2);
    expect(of(top.blocks, "Sidebar")).toBe("navigation cue:menu");
  });

  it("removes cookie banners' buttons", () => {
    const banner = "Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site web.";
    const { blocks } = strip(banner, "Ok", "Plus d'informations", TITLE, P1, P2);
    expect(of(blocks, "Ok")).toBe("policy cue:consent-button");
    expect(of(blocks, "Plus d'informations")).toBe("policy cue:consent-button");
    expect(of(blocks, TITLE)).toBe("heading null");
  });

  it("reads a ticker label glued to its headlines as a ticker, not the title", () => {
    const ticker = "آخر الأخبارقيس سعيد يستقبل رئيسة الحكومةوزارة الفلاحة تحدد سعر قبول الحبوب";
    const { blocks } = strip("الرئيسية", ticker, TITLE, P1, P2);
    expect(of(blocks, ticker)).toBe("ticker ticker-item:glued-label");
    expect(of(blocks, TITLE)).toBe("heading null");
    // a headline that merely starts with the label's words is not glued
    const plain = strip("آخر الأخبار عن الحكومة الجديدة في تونس", P1, P2);
    expect(plain.blocks[0]!.boilerplate).toBe(false);
  });

  it("keeps a columnist's name and bio under the article, and the name above the title", () => {
    const name = "سالم العوكلي";
    const bio = "كاتب وصحفي ليبي";
    const { blocks } = strip("الرئيسية", "ليبيا", "اقتصاد", "رأي", name, TITLE, P1, P2, name, bio, "مشاركة");
    expect(blocks[4]!.kind).toBe("heading");
    expect(blocks[8]!.kind).toBe("content");
    expect(of(blocks, bio)).toBe("content null");
    // two tags closed by chrome are still tags
    const tags = strip(TITLE, P1, P2, "قانون المالية", "الحدود", "مشاركة");
    expect(of(tags.blocks, "الحدود")).toBe("credit tags:unlabelled");
  });

  it("takes an unpunctuated title rich in function words above a punctuated paragraph for the title", () => {
    const title = "بدء توزيع المساعدات الغذائية على المتضررين من الفيضانات في كيهيدي";
    const { blocks } = strip(
      "مقالات الواجهة",
      "وزير الاقتصاد يلتقي بعثة صندوق النقد الدولي",
      "2024-03-28",
      title,
      P1,
      P2,
    );
    expect(of(blocks, title)).toBe("heading null");
    expect(of(blocks, "وزير الاقتصاد يلتقي بعثة صندوق النقد الدولي")).toBe("list-item list-item");
  });

  it("keeps bulleted points closed by a full stop between paragraphs as body lines", () => {
    const point = "- تمديد ساعات عمل مصالح الاستعجالات.";
    const { blocks } = strip(TITLE, P1, "وأوضح بيان للوزارة أن الإجراءات تشمل ما يلي بالتفصيل:", point, P2);
    expect(of(blocks, point)).toBe("content null");
  });
});
