import { describe, expect, it } from "vitest";
import { lexiconVersion } from "../src/index.ts";
import { of, strip } from "./strip-lines.ts";

const TITLE = "البرلمان يصوت على قانون الموازنة العامة بعد جدل استمر أسابيع";
const P1 =
  "صوت مجلس النواب، مساء الاثنين، على قانون الموازنة العامة الاتحادية لعام 2024، بعد جدل سياسي استمر عدة أسابيع بين الكتل.";
const P2 =
  "وقال مصدر برلماني إن الجلسة شهدت حضور أغلبية النواب، وإن التصويت جرى على جميع فقرات القانون دون تعديلات جوهرية.";

describe("round 6 chrome", () => {
  it("bumps the lexicon version", () => {
    const [major, minor] = lexiconVersion.split(".").map(Number);
    expect(major === 1 && (minor ?? 0) >= 4).toBe(true);
  });

  it("removes opinion disclaimers in Arabic, English and French, even long ones", () => {
    const ar = "الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعبر بالضرورة عن الموقع.";
    const en =
      "(The views expressed in this article are those of the author and do not necessarily reflect the views of the site.)";
    const fr = "Les opinions exprimées dans cette tribune n'engagent que leurs auteurs.";
    const { blocks } = strip(TITLE, ar, P1, P2, en, fr);
    expect(of(blocks, ar)).toBe("policy cue:disclaimer");
    expect(of(blocks, en)).toBe("policy cue:disclaimer");
    expect(of(blocks, fr)).toBe("policy cue:disclaimer");
    expect(of(blocks, P1)).toBe("content null");
  });

  it("removes paywall teasers and AMP full-version links", () => {
    const { blocks } = strip(
      TITLE,
      P1,
      P2,
      "لقراءة المقال كاملاً اشترك الآن",
      "هذا المقال مخصص للمشتركين",
      "عرض النسخة الكاملة",
    );
    expect(of(blocks, "لقراءة المقال كاملاً اشترك الآن")).toBe("widget cue:paywall");
    expect(of(blocks, "هذا المقال مخصص للمشتركين")).toBe("widget cue:paywall");
    expect(of(blocks, "عرض النسخة الكاملة")).toBe("widget cue:print-version");
  });

  it("reads readers' comments printed without dates or reply links under a comments heading", () => {
    const { blocks } = strip(
      TITLE,
      P1,
      P2,
      "التعليقات",
      "أبو محمد",
      "كلام جميل لكن الواقع في الأسواق مختلف تماما.",
      "مواطن",
      "ننتظر التطبيق على الأرض",
    );
    expect(of(blocks, "أبو محمد")).toBe("comment-form comment");
    expect(of(blocks, "كلام جميل لكن الواقع في الأسواق مختلف تماما.")).toBe("comment-form comment");
    expect(of(blocks, "ننتظر التطبيق على الأرض")).toBe("comment-form comment");
    expect(of(blocks, P2)).toBe("content null");
  });

  it("keeps a comments heading followed by prose as it was (no name line)", () => {
    const { blocks } = strip(TITLE, P1, "التعليقات", P2);
    expect(of(blocks, P2)).toBe("content null");
  });

  it("takes an unlabelled run of headlines with a writer under each as a list with writer credits", () => {
    const { blocks, lists } = strip(
      TITLE,
      P1,
      P2,
      "لماذا تتعثر التسويات في المنطقة؟",
      "عبد الرحمن الراشد",
      "الاقتصاد العالمي بين التضخم والركود",
      "سليمان جودة",
    );
    expect(lists[0]?.items.map((i) => i.text)).toEqual([
      "لماذا تتعثر التسويات في المنطقة؟",
      "الاقتصاد العالمي بين التضخم والركود",
    ]);
    expect(of(blocks, "عبد الرحمن الراشد")).toBe("credit list:writer");
    expect(of(blocks, "سليمان جودة")).toBe("credit list:writer");
  });

  it("does not take one headline and one name after the body for a writer strip", () => {
    const { lists } = strip(TITLE, P1, P2, "الاقتصاد العالمي بين التضخم والركود", "سليمان جودة");
    expect(lists).toEqual([]);
  });

  it("takes a top-stories strip between the menu and a repeated section name as a list", () => {
    const { blocks, lists } = strip(
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
    );
    expect(lists[0]?.kind).toBe("headlines");
    expect(lists[0]?.items).toHaveLength(2);
    expect(of(blocks, "ارتفاع نسبة امتلاء السدود إلى 35 بالمائة")).toBe("list-item list-item:top-strip");
    expect(of(blocks, TITLE)).toBe("heading null");
  });

  it("keeps a title and its decks under a menu when no section name separates them", () => {
    const { blocks, lists } = strip(
      "وطنية",
      "جهات",
      "رياضة",
      TITLE,
      "تحوز بنك معلومات ثريا حول التنظيمات الجهادية",
      "تقارير تؤكد الصلة بين الإرهاب والجريمة المنظمة",
      P1,
      P2,
    );
    expect(lists).toEqual([]);
    expect(of(blocks, TITLE)).toBe("heading null");
  });
});
