/** Widget cues (`cues/widget.ts`). */
import { describe, expect, it } from "vitest";
import { BUDGET, DESALINATION, VACCINATION, VISIT } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

describe("paywalls, print pages and links to the source", () => {
  it("removes paywall teasers and AMP full-version links", () => {
    const { blocks } = strip(
      BUDGET.TITLE,
      BUDGET.P1,
      BUDGET.P2,
      "لقراءة المقال كاملاً اشترك الآن",
      "هذا المقال مخصص للمشتركين",
      "عرض النسخة الكاملة",
    );
    expect(of(blocks, "لقراءة المقال كاملاً اشترك الآن")).toBe("widget cue:paywall");
    expect(of(blocks, "هذا المقال مخصص للمشتركين")).toBe("widget cue:paywall");
    expect(of(blocks, "عرض النسخة الكاملة")).toBe("widget cue:print-version");
  });

  it("removes a print page's original URL and print date", () => {
    const url = "العنوان الأصلي للمقال: https://example.com/2024/05/20/story";
    const printed = "تاريخ الطباعة: 21/05/2024";
    const { blocks } = strip("نسخة للطباعة", url, printed, DESALINATION.TITLE, DESALINATION.P1, DESALINATION.P2);
    expect(of(blocks, url)).toBe("widget cue:print-version");
    expect(of(blocks, printed)).toBe("widget cue:print-version");
  });

  it("removes read-at-source links of any length, the aggregator's notice and its Powered-by footer", () => {
    const links = [
      "Lire la suite sur Le Quotidien d'Oran",
      "أكمل القراءة على موقع المصدر أونلاين",
      "انقر هنا لقراءة الخبر من مصدره",
    ];
    const notice = "هذا الخبر منشور من طرف المصدر أونلاين ولا يعبر عن رأي يمرس";
    const { blocks } = strip(
      DESALINATION.TITLE,
      DESALINATION.P1,
      DESALINATION.P2,
      ...links,
      notice,
      "Powered by Yemeress",
    );
    for (const link of links) expect(of(blocks, link)).toBe("widget cue:read-at-source");
    expect(of(blocks, notice)).toBe("policy cue:disclaimer");
    expect(of(blocks, "Powered by Yemeress")).toBe("policy cue:site-credits");
    expect(of(blocks, DESALINATION.P2)).toBe("content null");
  });
});

describe("skip links, counters, reading times and theme widgets", () => {
  it("removes French and English skip links", () => {
    for (const skip of ["Passer au contenu principal", "Passer au contenu", "Skip to main"]) {
      const { blocks } = strip(skip, VACCINATION.TITLE, VACCINATION.P1, VACCINATION.P2);
      expect(of(blocks, skip)).toBe("widget cue:widget");
      expect(blocks.find((b) => b.text === VACCINATION.TITLE)?.boilerplate).toBe(false);
    }
  });

  it("removes view counters with K/M suffixes and Arabic magnitudes", () => {
    for (const counter of ["1.2K مشاهدة", "3M views", "12 ألف مشاهدة", "3 ملايين مشاهدة", "850 مشاهدة"]) {
      const { blocks } = strip(VACCINATION.TITLE, VACCINATION.P1, VACCINATION.P2, counter);
      expect(of(blocks, counter)).toBe("widget cue:view-count");
    }
    // a number word alone is not a count (the line is still outside the article)
    const { blocks } = strip(VACCINATION.TITLE, VACCINATION.P1, VACCINATION.P2, "ألف مشاهدة ومشاهدة في ليلة واحدة");
    expect(of(blocks, "ألف مشاهدة ومشاهدة في ليلة واحدة")).toBe("content outside-article");
  });

  it("removes reading-time lines as reading-time, not as dates", () => {
    for (const line of [
      "3 دقائق",
      "قراءة 4 دقائق",
      "5 min read",
      "Lecture 3 min",
      "دقيقتان للقراءة",
      "Temps de lecture 4 min",
    ]) {
      const { blocks } = strip(VACCINATION.TITLE, line, VACCINATION.P1, VACCINATION.P2);
      expect(of(blocks, line)).toBe("widget cue:reading-time");
    }
    const { blocks } = strip(VACCINATION.TITLE, "منذ 5 دقائق", VACCINATION.P1, VACCINATION.P2);
    expect(of(blocks, "منذ 5 دقائق")).toBe("date-header date:relative");
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
      const { blocks } = strip(VISIT.TITLE, VISIT.P1, VISIT.P2, line);
      expect(of(blocks, line), line).toBe(expected);
    }
    const top = strip("Sidebar", VISIT.TITLE, VISIT.P1, VISIT.P2);
    expect(of(top.blocks, "Sidebar")).toBe("navigation cue:menu");
  });
});
