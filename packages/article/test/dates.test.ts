/** The publication date and the page date: which date line of the page is the story's. */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.ts";
import { page } from "./helpers.ts";
import { DROUGHT, FARMERS, INTEREST_RATES, MEASLES, MIGRATION, RAINWATER, SALARIES, VACCINATION } from "./pages.ts";

describe("date lines above and under the title", () => {
  it("prefers the publication stamp to an update stamp printed above it", () => {
    const article = page(
      "آخر تحديث: 03/05/2024 - 12:40",
      "نشرت في: 03/05/2024 - 09:15",
      INTEREST_RATES.TITLE,
      INTEREST_RATES.P1,
      INTEREST_RATES.P2,
    );
    expect(article.published?.iso).toBe("2024-05-03T09:15");
  });

  it("prefers the timed stamp under the title to a bare day line above it", () => {
    const article = page(
      ...VACCINATION.MENU,
      "السبت 22 جوان 2024",
      VACCINATION.TITLE,
      "22 جوان 2024 - 18:35",
      VACCINATION.P1,
      VACCINATION.P2,
    );
    expect(article.published?.iso).toBe("2024-06-22T18:35");
    // an update stamp never wins that way
    const updated = page(
      ...VACCINATION.MENU,
      "السبت 22 جوان 2024",
      VACCINATION.TITLE,
      "آخر تحديث: 23 جوان 2024 - 10:00",
      VACCINATION.P1,
      VACCINATION.P2,
    );
    expect(updated.published?.iso).toBe("2024-06-22");
  });

  it("never takes a labelled or masthead 'today' line for the publication date", () => {
    const labelled = page("اليوم: الأحد 22 نوفمبر 2026", "إيلاف", MIGRATION.TITLE, MIGRATION.P1, MIGRATION.P2);
    expect(labelled.published).toBeNull();
    expect(labelled.pageDate?.iso).toBe("2026-11-22");
    const masthead = page("الأحد 22 نوفمبر 2026", "إيلاف", MIGRATION.TITLE, MIGRATION.P1, MIGRATION.P2);
    expect(masthead.published).toBeNull();
    expect(masthead.pageDate?.iso).toBe("2026-11-22");
    // with the article's own date under the title
    const dated = page(
      "اليوم: الأحد 22 نوفمبر 2026",
      "إيلاف",
      MIGRATION.TITLE,
      "السبت 21 نوفمبر 2026",
      MIGRATION.P1,
      MIGRATION.P2,
    );
    expect(dated.published?.iso).toBe("2026-11-21");
    expect(dated.pageDate?.iso).toBe("2026-11-22");
  });

  it("prefers a labelled publication stamp to a bare day line above the title, which becomes the page date", () => {
    const article = page("الأحد 16 جوان 2024", SALARIES.TITLE, "تاريخ النشر: 15 جوان 2024", SALARIES.P1, SALARIES.P2);
    expect(article.published?.iso).toBe("2024-06-15");
    expect(article.pageDate?.iso).toBe("2024-06-16");
  });

  it("never takes a print page's print date for the publication date", () => {
    const article = page("تاريخ الطباعة: 21/05/2024", SALARIES.TITLE, "20 مايو 2024", SALARIES.P1, SALARIES.P2);
    expect(article.published?.iso).toBe("2024-05-20");
    expect(article.title?.text).toBe(SALARIES.TITLE);
  });

  it("takes the date line under the title for the publication and the one above it for the page date", () => {
    const article = page("الأحد 20 أكتوبر 2024", MEASLES.TITLE, "ع. ب", "2024/10/19", MEASLES.P1, MEASLES.P2);
    expect(article.published?.iso).toBe("2024-10-19");
    expect(article.published?.text).toBe("2024/10/19");
    expect(article.pageDate?.iso).toBe("2024-10-20");
    // the same day printed above and under the title: the lower line is the story's
    const twice = page(
      "الأربعاء 12 يونيو 2024",
      MEASLES.TITLE,
      "ميسم رزق",
      "الأربعاء 12 يونيو 2024",
      MEASLES.P1,
      MEASLES.P2,
    );
    expect(twice.published?.start).toBeGreaterThan(twice.title?.start ?? Number.POSITIVE_INFINITY);
    expect(twice.pageDate?.start).toBeLessThan(twice.title?.start ?? -1);
  });

  it("reads one stamp printed twice to the minute as the publication only", () => {
    const stamp = "الجمعة 05 أبريل 2024 - 14:22";
    const article = page(stamp, MEASLES.TITLE, stamp, MEASLES.P1, MEASLES.P2);
    expect(article.published?.iso).toBe("2024-04-05T14:22");
    expect(article.pageDate).toBeNull();
  });

  it("keeps a labelled update line under the title from displacing the date above it", () => {
    const article = page(
      "الأحد 20 أكتوبر 2024",
      MEASLES.TITLE,
      "آخر تحديث: 21 أكتوبر 2024 - 10:00",
      MEASLES.P1,
      MEASLES.P2,
    );
    expect(article.published?.iso).toBe("2024-10-20");
  });
});

describe("date line shapes", () => {
  it("reads a date line that also prints the Hijri date", () => {
    const article = page(
      INTEREST_RATES.TITLE,
      "نُشر: 21:10-6 يونيو 2024 م ـ 29 ذو القِعدة 1445 هـ",
      INTEREST_RATES.P1,
      INTEREST_RATES.P2,
    );
    expect(article.published?.iso).toBe("2024-06-06T21:10");
  });

  it("reads dates and sections through ZWNJ/ZWJ and presentation forms", () => {
    const a = page("ﺍﻟﺮﺋﻴﺴﻴﺔ / ﺍﻗﺘﺼﺎﺩ / ﻓﻼﺣﺔ", DROUGHT.TITLE, "12 أك\u200Cتوبر 2024", DROUGHT.P1, DROUGHT.P2);
    expect(a.published?.iso).toBe("2024-10-12");
    expect(a.categories.map((c) => c.text.normalize("NFKC"))).toContain("اقتصاد");
    expect(a.title?.text).toBe(DROUGHT.TITLE);
  });

  it("reads labelled date lines with a label verb, a French clock or a time-zone remark", () => {
    expect(
      parseArticle([FARMERS.TITLE, "تم النشر: 3 مارس 2025 08:45 GMT", FARMERS.P1, FARMERS.P2].join("\n")).published
        ?.iso,
    ).toBe("2025-03-03T08:45");
    expect(
      parseArticle([FARMERS.TITLE, "Publié le 12 juin 2024 à 10h30", FARMERS.P1, FARMERS.P2].join("\n")).published?.iso,
    ).toBe("2024-06-12T10:30");
    const zoned = parseArticle(
      [FARMERS.TITLE, "آخر تحديث: 12 يونيو 2024 - 14:20 (توقيت القدس)", FARMERS.P1, FARMERS.P2].join("\n"),
    );
    expect(zoned.published?.iso).toBe("2024-06-12T14:20");
  });
});

describe("dates in the lead and after the body", () => {
  it("reads a 'نشر في' line under an empty 'more news' heading", () => {
    const article = page(
      INTEREST_RATES.TITLE,
      INTEREST_RATES.P1,
      INTEREST_RATES.P2,
      "المزيد من الأخبار",
      "نشر في 2023/11/09",
    );
    expect(article.published?.iso).toBe("2023-11-09");
  });

  it("still ignores dates under a list with items", () => {
    const article = page(
      INTEREST_RATES.TITLE,
      INTEREST_RATES.P1,
      INTEREST_RATES.P2,
      "المزيد من الأخبار",
      "ارتفاع أسعار الذهب في الأسواق المحلية هذا الأسبوع",
      "نشر في 2023/11/09",
      "تراجع صادرات النفط الخام خلال الربع الثالث من العام",
    );
    expect(article.published).toBeNull();
  });

  it("takes the date of a dated lead dateline as the publication date", () => {
    const lead = `الخرطوم 12 يونيو 2024 (سودان تربيون) - ${RAINWATER.P1}`;
    const article = page(RAINWATER.TITLE, lead, RAINWATER.P2);
    expect(article.dateline?.text).toBe("الخرطوم");
    expect(article.source?.text).toBe("سودان تربيون");
    expect(article.published?.iso).toBe("2024-06-12");
  });

  it("reads the original outlet and date from an aggregator's 'نشر في OUTLET يوم DATE' stamp", () => {
    const ar = page(SALARIES.TITLE, "نشرت في المصدر أونلاين بتاريخ 22 - 09 - 2024", SALARIES.P1, SALARIES.P2);
    expect(ar.source?.name).toBe("المصدر أونلاين");
    expect(ar.published?.iso).toBe("2024-09-22");
    expect(ar.subtitles).toEqual([]);
    const fr = page(SALARIES.TITLE, "Publié dans Le Quotidien d'Oran le 04 - 08 - 2024", SALARIES.P1, SALARIES.P2);
    expect(fr.source?.name).toBe("Le Quotidien d'Oran");
    expect(fr.published?.iso).toBe("2024-08-04");
    // a plain stamp names no outlet
    const plain = page(SALARIES.TITLE, "نشر في 22 - 09 - 2024", SALARIES.P1, SALARIES.P2);
    expect(plain.source).toBeNull();
    expect(plain.published?.iso).toBe("2024-09-22");
  });
});
