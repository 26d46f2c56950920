/** Subtitles: the decks under the title. */
import { describe, expect, it } from "vitest";
import { page } from "./helpers.ts";
import { DROUGHT, MIGRATION, VACCINATION } from "./pages.ts";

describe("decks under the title", () => {
  it("keeps a deck that starts a new statement as a subtitle", () => {
    for (const deck of [
      "وزير الخارجية يبحث الأزمة مع نظيره المصري",
      "تقارير أممية تحذر من مجاعة وشيكة",
      "وتحذيرات أممية من مجاعة وشيكة في الإقليم بعد أشهر من الحصار الخانق على المدينة",
    ]) {
      const article = page(...VACCINATION.MENU, VACCINATION.LINE1, deck, VACCINATION.P1, VACCINATION.P2);
      expect(article.title?.text).toBe(VACCINATION.LINE1);
      expect(article.subtitles.map((s) => s.text)).toEqual([deck]);
    }
    // not right under the title
    const apart = page(
      ...VACCINATION.MENU,
      VACCINATION.LINE1,
      "الخرطوم",
      VACCINATION.LINE2,
      VACCINATION.P1,
      VACCINATION.P2,
    );
    expect(apart.title?.text).toBe(VACCINATION.LINE1);
  });

  it("keeps a deck ending with a full stop under the title when a byline, a date or a credited lead follows", () => {
    for (const next of [["سمير بن زيان"], ["2026/11/22 18:30"], ["طرابلس (وكالات) - " + MIGRATION.P1]]) {
      const article = page(...MIGRATION.MENU, MIGRATION.TITLE, MIGRATION.DECK, ...next, MIGRATION.P1, MIGRATION.P2);
      expect(article.title?.text).toBe(MIGRATION.TITLE);
      expect(article.subtitles.map((s) => s.text)).toEqual([MIGRATION.DECK]);
    }
    const credited = page(
      ...MIGRATION.MENU,
      MIGRATION.TITLE,
      MIGRATION.DECK,
      "طرابلس (وكالات) - " + MIGRATION.P1,
      MIGRATION.P2,
    );
    expect(credited.dateline?.text).toBe("طرابلس");
    expect(credited.source?.text).toBe("وكالات");
    // a short first paragraph followed by the body stays a paragraph
    const lead = page(...MIGRATION.MENU, MIGRATION.TITLE, MIGRATION.DECK, MIGRATION.P1, MIGRATION.P2);
    expect(lead.subtitles).toEqual([]);
    expect(lead.paragraphs[0]!.text).toBe(MIGRATION.DECK);
  });

  it("keeps a full-stop deck a subtitle when a photo caption stands between it and the date", () => {
    const deck = "أقرت الحكومة خطة طوارئ جديدة لإنقاذ الموسم الزراعي، وسط انتقادات من النقابات الفلاحية.";
    const a = page(DROUGHT.TITLE, deck, "صورة من: Michael Kappeler/dpa", "12.05.2024", DROUGHT.P1, DROUGHT.P2);
    expect(a.subtitles.map((s) => s.text)).toEqual([deck]);
    expect(a.captions.map((s) => s.text)).toEqual(["صورة من: Michael Kappeler/dpa"]);
    expect(a.paragraphs[0]?.text).toBe(DROUGHT.P1);
  });
});
