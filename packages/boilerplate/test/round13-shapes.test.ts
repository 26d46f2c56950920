import { describe, expect, it } from "vitest";
import { of, strip } from "./strip-lines.ts";

const TITLE = "الحكومة تقر إجراءات جديدة لدعم الاستثمار في الجنوب";
const P1 =
  "صادقت الحكومة خلال اجتماعها الأسبوعي على حزمة من الإجراءات الجديدة الموجهة لدعم الاستثمار في ولايات الجنوب، في خطوة تهدف إلى خلق مناصب شغل.";
const P2 =
  "وأوضح البيان أن هذه التدابير ستدخل حيز التنفيذ ابتداء من شهر جويلية المقبل، على أن تتابعها لجنة وزارية مشتركة.";

describe("round 13 chrome", () => {
  it("removes follow rows that name their network, not a sentence of the body", () => {
    const rows = ["تابعوا RT على تلغرام", "Follow us on Instagram", "Suivez-nous sur Facebook", "تابعونا على فيس بوك"];
    const { blocks } = strip(TITLE, P1, P2, ...rows);
    for (const row of rows) expect(of(blocks, row)).toBe("social cue:follow");
    const sentence = "تابع الرئيس المباراة على يوتيوب.";
    expect(of(strip(TITLE, P1, sentence, P2).blocks, sentence)).not.toMatch(/^social/);
  });

  it("removes a Markdown image line as markup", () => {
    const image = `![${TITLE}](https://example.com/a.jpg)`;
    const { blocks } = strip(TITLE, image, P1, P2);
    expect(of(blocks, image)).toBe("widget markup:image");
  });

  it("finds the outlet's masthead under a top bar of menu links", () => {
    const { blocks } = strip(
      "الرئيسية",
      "من نحن",
      "اتصل بنا",
      "وكالة الأنباء اليمنية سبأ",
      "محلي | اقتصاد | رياضة | دولي",
      TITLE,
      P1,
      P2,
    );
    expect(of(blocks, "وكالة الأنباء اليمنية سبأ")).toBe("navigation nav:masthead");
    expect(of(blocks, TITLE)).toBe("heading null");
  });

  it("reads editor codes printed in presentation forms", () => {
    const codes = "ﻡ ﻉ ﺡ / ﻉ ﺝ";
    expect(of(strip(TITLE, P1, P2, codes).blocks, codes)).toBe("credit credit:editor-initials");
  });

  it("trims invisible marks at line edges and finds the numbered item under them", () => {
    const { blocks, lists } = strip(
      TITLE,
      P1,
      P2,
      "الأكثر قراءة",
      "\u200F  1. أسعار النفط تواصل الارتفاع\u200E",
      "\u061C2. رفع منحة البطالة",
    );
    expect(blocks.map((b) => b.text)).toContain("1. أسعار النفط تواصل الارتفاع");
    expect(lists[0]!.items.map((i) => i.text)).toEqual(["أسعار النفط تواصل الارتفاع", "رفع منحة البطالة"]);
  });

  it("marks a copy differing by an ALM or a word joiner as a duplicate", () => {
    const { blocks } = strip(TITLE, `${TITLE.slice(0, 10)}\u061C${TITLE.slice(10)}`, P1, P2);
    expect(blocks[1]!.duplicateOf).toBe(0);
  });
});
