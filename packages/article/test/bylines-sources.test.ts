/** Sources and datelines (`bylines.ts`): the site or agency a story comes from, and the place it was filed from. */
import { describe, expect, it } from "vitest";
import { page } from "./helpers.ts";
import { INTEREST_RATES, MIGRATION, RAINWATER, VACCINATION } from "./pages.ts";

describe("credit lines between the title and the body", () => {
  it("reads a one-word site and a known place", () => {
    const article = page(INTEREST_RATES.TITLE, "اليوم24 من الدار البيضاء", INTEREST_RATES.P1, INTEREST_RATES.P2);
    expect([article.source?.text, article.dateline?.text, article.subtitles]).toEqual(["اليوم24", "الدار البيضاء", []]);
  });

  it("leaves an unknown place, a longer line or a line further up as a subtitle", () => {
    expect(page(INTEREST_RATES.TITLE, "رسالة من بلدتنا", INTEREST_RATES.P1, INTEREST_RATES.P2).source).toBeNull();
    expect(
      page(INTEREST_RATES.TITLE, "رسالة مفتوحة من الرباط", INTEREST_RATES.P1, INTEREST_RATES.P2).source,
    ).toBeNull();
    expect(
      page(
        INTEREST_RATES.TITLE,
        "أخبارنا من الرباط",
        "قرار متوقع وسط تباطؤ التضخم",
        INTEREST_RATES.P1,
        INTEREST_RATES.P2,
      ).source,
    ).toBeNull();
  });

  it("reads NAME (PLACE), PLACE/ AGENCY and PLACE: «PAPER» lines", () => {
    let article = page(INTEREST_RATES.TITLE, "عبدالله الحربي (جدة)", INTEREST_RATES.P1, INTEREST_RATES.P2);
    expect(article.authors.map((a) => a.name)).toEqual(["عبدالله الحربي"]);
    expect(article.dateline?.text).toBe("جدة");
    article = page(INTEREST_RATES.TITLE, "أنقرة/ الأناضول", INTEREST_RATES.P1, INTEREST_RATES.P2);
    expect(article.dateline?.text).toBe("أنقرة");
    expect(article.source?.name).toBe("وكالة الأناضول");
    article = page(INTEREST_RATES.TITLE, "دبي: «الخليج»", INTEREST_RATES.P1, INTEREST_RATES.P2);
    expect(article.dateline?.text).toBe("دبي");
    expect(article.source?.text).toBe("الخليج");
    expect(article.subtitles).toEqual([]);
  });

  it("reads a site, a colon and its reporter after the place", () => {
    const article = page(RAINWATER.TITLE, "القاهرة - بوابة الوسط: محمد الصريط", RAINWATER.P1, RAINWATER.P2);
    expect(article.dateline?.text).toBe("القاهرة");
    expect(article.source?.text).toBe("بوابة الوسط");
    expect(article.authors.map((a) => a.name)).toEqual(["محمد الصريط"]);
  });

  it("reads a site's glued name before its reporter, and a site in the lead's brackets", () => {
    const credit = page("الرئيسية / صحة", VACCINATION.TITLE, "مدار24 - نادين سالم", VACCINATION.P1, VACCINATION.P2);
    expect(credit.authors.map((a) => a.text)).toEqual(["نادين سالم"]);
    expect(credit.source?.text).toBe("مدار24");
    expect(credit.dateline).toBeNull();
    const lead = page("الرئيسية / صحة", VACCINATION.TITLE, `السليمانية (روداو24)- ${VACCINATION.P1}`, VACCINATION.P2);
    expect(lead.dateline?.text).toBe("السليمانية");
    expect(lead.source?.text).toBe("روداو24");
  });

  it("reads the masthead's reporter after the site name even when the name is a given name", () => {
    const article = page(
      "العربي الجديد",
      "سياسة",
      "مجتمع",
      VACCINATION.TITLE,
      "العربي الجديد - رامي خليل",
      VACCINATION.P1,
      VACCINATION.P2,
    );
    expect(article.authors.map((a) => a.text)).toEqual(["رامي خليل"]);
    expect(article.source?.text).toBe("العربي الجديد");
  });

  it("reads a known place alone on its line under the title as the dateline", () => {
    const article = page("الرئيسية / صحة", VACCINATION.TITLE, "عمّان", VACCINATION.P1, VACCINATION.P2);
    expect(article.dateline?.text).toBe("عمّان");
    expect(article.subtitles).toEqual([]);
  });

  it("reads 'PLACE / AGENCY', 'PLACE: «PAPER»' under the title and 'SITE/ PLACE' above the body", () => {
    const aa = page(
      ...VACCINATION.MENU,
      VACCINATION.TITLE,
      "إسطنبول / الأناضول",
      "12.06.2024",
      VACCINATION.P1,
      VACCINATION.P2,
    );
    expect(aa.source?.name).toBe("وكالة الأناضول");
    expect(aa.dateline?.text).toBe("إسطنبول");
    const paper = page(
      "الخليج",
      "Gulf Today",
      "الإمارات",
      "اقتصاد",
      VACCINATION.TITLE,
      "By سارة المرزوقي",
      "أبوظبي: «الخليج»",
      VACCINATION.P1,
    );
    expect(paper.source?.text).toBe("الخليج");
    expect(paper.dateline?.text).toBe("أبوظبي");
    expect(paper.authors.map((a) => a.text)).toEqual(["سارة المرزوقي"]);
    const site = page(
      ...VACCINATION.MENU,
      "عاجل",
      VACCINATION.TITLE,
      "2024-06-12 22:35",
      "السومرية نيوز/ بغداد",
      VACCINATION.P1,
      VACCINATION.P2,
    );
    expect(site.title?.text).toBe(VACCINATION.TITLE);
    expect(site.source?.text).toBe("السومرية نيوز");
    expect(site.dateline?.text).toBe("بغداد");
    expect(site.published?.iso).toBe("2024-06-12T22:35");
  });

  it("reads CGTN and Xinhua credits", () => {
    const cgtn = page(
      "CGTN العربية",
      ...MIGRATION.MENU,
      MIGRATION.TITLE,
      "CGTN العربية/ بكين",
      MIGRATION.P1,
      MIGRATION.P2,
    );
    expect(cgtn.source?.text).toBe("CGTN العربية");
    expect(cgtn.dateline?.text).toBe("بكين");
    expect(cgtn.subtitles).toEqual([]);
    const xinhua = page(
      ...MIGRATION.MENU,
      MIGRATION.TITLE,
      `بكين، 22 نوفمبر 2026 (شينخوا) -- ${MIGRATION.P1}`,
      MIGRATION.P2,
    );
    expect(xinhua.dateline?.text).toBe("بكين");
    expect(xinhua.source?.text).toBe("شينخوا");
    expect(xinhua.published?.iso).toBe("2026-11-22");
  });
});

describe("credits opening the lead", () => {
  it("reads the agency closing a dated lead", () => {
    const article = page(RAINWATER.TITLE, `القدس 5-6-2024 وفا- ${RAINWATER.P1}`, RAINWATER.P2);
    expect(article.source?.name).toBe("وكالة الأنباء الفلسطينية");
    expect(article.published?.iso).toBe("2024-06-05");
  });

  it("reads a site named before a slash opening the lead", () => {
    expect(page(RAINWATER.TITLE, `شفق نيوز/ ${RAINWATER.P1}`, RAINWATER.P2).source?.text).toBe("شفق نيوز");
    expect(page(RAINWATER.TITLE, `بغداد/ ${RAINWATER.P1}`, RAINWATER.P2).source).toBeNull();
  });

  it("reads a known agency closed by a full stop in the lead", () => {
    const article = page(RAINWATER.TITLE, `موسكو - سبوتنيك. ${RAINWATER.P1}`, RAINWATER.P2);
    expect(article.dateline?.text).toBe("موسكو");
    expect(article.source?.text).toBe("سبوتنيك");
  });

  it("does not take a short sentence after the lead's dash for a source", () => {
    const article = page(RAINWATER.TITLE, `القاهرة - انتهى الاجتماع. ${RAINWATER.P1}`, RAINWATER.P2);
    expect(article.source).toBeNull();
  });

  it("reads a news network named with الإخبارية in the lead", () => {
    const article = page(
      "الرئيسية / صحة",
      VACCINATION.TITLE,
      `رام الله - وطن الإخبارية: ${VACCINATION.P1}`,
      VACCINATION.P2,
    );
    expect(article.source?.text).toBe("وطن الإخبارية");
  });

  it("reads 'SITE من PLACE:' and 'علمت «PAPER»' opening the lead", () => {
    const elaph = page(...VACCINATION.MENU, VACCINATION.TITLE, `إيلاف من باريس: ${VACCINATION.P1}`, VACCINATION.P2);
    expect(elaph.source?.text).toBe("إيلاف");
    expect(elaph.dateline?.text).toBe("باريس");
    const okaz = page(
      ...VACCINATION.MENU,
      VACCINATION.TITLE,
      `علمت «عكاظ» من مصادر مطلعة أن ${VACCINATION.P1}`,
      VACCINATION.P2,
    );
    expect(okaz.source?.text).toBe("عكاظ");
    expect(okaz.dateline).toBeNull();
  });
});

describe("agency credits after the body", () => {
  it("reads editors' initials and the agencies after the body", () => {
    const article = page(INTEREST_RATES.TITLE, INTEREST_RATES.P1, INTEREST_RATES.P2, "ع.ش/ ح.ز (د ب أ، أ ف ب)");
    expect(article.source?.name).toBe("وكالة الأنباء الألمانية");
    expect(article.paragraphs.map((p) => p.text)).toEqual([INTEREST_RATES.P1, INTEREST_RATES.P2]);
  });

  it("reads the source from an agency credit under a read-also list", () => {
    const article = page(
      ...VACCINATION.MENU,
      VACCINATION.LINE1,
      VACCINATION.P1,
      VACCINATION.P2,
      "اقرأ أيضا",
      "مجلس الأمن يطالب بوقف حصار الفاشر",
      "(رويترز)",
    );
    expect(article.source?.name).toBe("رويترز");
    expect(article.lists[0]!.items).toHaveLength(1);
  });
});
