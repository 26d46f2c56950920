/** Authors (`bylines.ts`): the names a page credits the story to. */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.ts";
import { page } from "./helpers.ts";
import { DROUGHT, FARMERS, INTEREST_RATES, MIGRATION, RAINWATER, VACCINATION } from "./pages.ts";

describe("columnists above the headline", () => {
  it("reads the name as the author", () => {
    const article = page(
      "الرئيسية",
      "آراء",
      "هدى العلي",
      "كاتبة وباحثة",
      INTEREST_RATES.TITLE,
      INTEREST_RATES.P1,
      INTEREST_RATES.P2,
    );
    expect(article.authors.map((a) => a.name)).toEqual(["هدى العلي"]);
    expect(article.title?.text).toBe(INTEREST_RATES.TITLE);
  });

  it("does not take an office or a place for a name", () => {
    expect(
      page("وزير الخارجية", "محلل سياسي", INTEREST_RATES.TITLE, INTEREST_RATES.P1, INTEREST_RATES.P2).authors,
    ).toEqual([]);
    expect(page("الدار البيضاء", "مراسل", INTEREST_RATES.TITLE, INTEREST_RATES.P1, INTEREST_RATES.P2).authors).toEqual(
      [],
    );
  });

  it("reads a writer's name alone above the title, not as the site", () => {
    const article = page(
      "الشرق الأوسط",
      "الرأي",
      "سمير عطا الله",
      INTEREST_RATES.TITLE,
      INTEREST_RATES.P1,
      INTEREST_RATES.P2,
    );
    expect(article.authors.map((a) => a.name)).toEqual(["سمير عطا الله"]);
    expect(article.source).toBeNull();
  });

  it("takes a four-word columnist's name above the headline for the author", () => {
    const article = page("الرئيسية / مقالات", "د. نزار بن سالم", VACCINATION.TITLE, VACCINATION.P1, VACCINATION.P2);
    expect(article.title?.text).toBe(VACCINATION.TITLE);
    expect(article.authors.map((a) => a.text)).toEqual(["د. نزار بن سالم"]);
  });

  it("reads a columnist's name and role line above the title as the byline, not a category", () => {
    const page = [
      "الرئيسية",
      "أخبار",
      "مقالات الرأي",
      "سمير عطا الله",
      "كاتب صحفي",
      FARMERS.TITLE,
      FARMERS.P1,
      FARMERS.P2,
    ].join("\n");
    const article = parseArticle(page);
    expect(article.title?.text).toBe(FARMERS.TITLE);
    expect(article.authors.map((a) => a.name)).toEqual(["سمير عطا الله"]);
    expect(article.categories).toEqual([]);
    expect(article.removed.find((r) => r.text === "كاتب صحفي")?.reason).toBe("article:author-bio");
  });
});

describe("reporters in byline lines", () => {
  it("takes a bare name for the author across a site-and-place line", () => {
    const article = page(INTEREST_RATES.TITLE, "فهد العتيبي", "سبق- الرياض", INTEREST_RATES.P1, INTEREST_RATES.P2);
    expect(article.authors.map((a) => a.name)).toEqual(["فهد العتيبي"]);
    expect(article.dateline?.text).toBe("الرياض");
    expect(article.subtitles).toEqual([]);
  });

  it("reads interview and text credits, but not a statement's label", () => {
    expect(page(RAINWATER.TITLE, "حاوره: سالم البلوشي", RAINWATER.P1, RAINWATER.P2).authors.map((a) => a.name)).toEqual(
      ["سالم البلوشي"],
    );
    const opinion = page(RAINWATER.TITLE, RAINWATER.P1, RAINWATER.P2, "نص: إبراهيم العلوش");
    expect(opinion.authors.map((a) => a.name)).toEqual(["إبراهيم العلوش"]);
    expect(opinion.dateline).toBeNull();
    const statement = page(RAINWATER.TITLE, RAINWATER.P1, "نص البيان:", RAINWATER.P2);
    expect(statement.authors).toEqual([]);
    expect(statement.paragraphs.map((p) => p.text)).toContain("نص البيان:");
  });

  it("reads a Tunisian reporter's name after the place and a colon", () => {
    const article = page(RAINWATER.TITLE, "تونس: المنجي السعيداني", RAINWATER.P1, RAINWATER.P2);
    expect(article.dateline?.text).toBe("تونس");
    expect(article.authors.map((a) => a.text)).toEqual(["المنجي السعيداني"]);
  });

  it("reads several reporters with the places they filed from", () => {
    const article = page(
      ...VACCINATION.MENU,
      VACCINATION.TITLE,
      "فهد الشمري، عبدالله العتيبي (جدة، الرياض)",
      VACCINATION.P1,
      VACCINATION.P2,
    );
    expect(article.authors.map((a) => a.text)).toEqual(["فهد الشمري", "عبدالله العتيبي"]);
    expect(article.dateline?.text).toBe("جدة، الرياض");
    expect(article.subtitles).toEqual([]);
  });

  it("splits a dateline's two reporters joined by و, and keeps a Mauritanian ولد name whole", () => {
    const two = page("الجزائر – ربيعة خريس وسمير بوعلام", DROUGHT.P1, DROUGHT.P2);
    expect(two.authors.map((a) => a.name)).toEqual(["ربيعة خريس", "سمير بوعلام"]);
    expect(two.dateline?.text).toBe("الجزائر");
    const ould = page("نواكشوط – سيدي محمد ولد أحمد", DROUGHT.P1, DROUGHT.P2);
    expect(ould.authors.map((a) => a.name)).toEqual(["سيدي محمد ولد أحمد"]);
  });

  it("splits authors joined by و in presentation forms", () => {
    const a = page(DROUGHT.TITLE, DROUGHT.P1, DROUGHT.P2, "ﺷﺎﺭﻙ ﻓﻲ ﺍﻟﺘﻐﻄﻴﺔ: ﻣﺤﻤﺪ ﻋﻠﻲ ﻭﺃﺣﻤﺪ ﻋﺒﺪ ﺍﻟﻠﻪ");
    expect(a.authors.map((x) => x.name.normalize("NFKC"))).toEqual(["محمد علي", "أحمد عبد الله"]);
  });
});

describe("authors after the body", () => {
  it("takes a writer's bio under the name after the body out of the body", () => {
    const article = page(RAINWATER.TITLE, RAINWATER.P1, RAINWATER.P2, "سامي الخطيب", "كاتب وصحفي مصري مقيم في القاهرة");
    expect(article.paragraphs.map((p) => p.text)).toEqual([RAINWATER.P1, RAINWATER.P2]);
    expect(article.authors.map((a) => a.text)).toEqual(["سامي الخطيب"]);
    expect(article.removed.find((r) => r.reason === "article:author-bio")?.text).toBe(
      "كاتب وصحفي مصري مقيم في القاهرة",
    );
  });

  it("reads contributors after a tag box as authors", () => {
    const article = page(
      ...MIGRATION.MENU,
      MIGRATION.TITLE,
      MIGRATION.P1,
      MIGRATION.P2,
      "دلالات",
      "غزة",
      "شارك في التغطية: سامي أبو سالم، وأحمد عبد الله",
    );
    expect(article.authors.map((a) => a.name)).toEqual(["سامي أبو سالم", "أحمد عبد الله"]);
    expect(article.paragraphs).toHaveLength(2);
    // "وليد" keeps its و
    const walid = page(
      ...MIGRATION.MENU,
      MIGRATION.TITLE,
      MIGRATION.P1,
      MIGRATION.P2,
      "شارك في التغطية: سامي أبو سالم، وليد حسن",
    );
    expect(walid.authors.map((a) => a.name)).toEqual(["سامي أبو سالم", "وليد حسن"]);
  });
});

describe("newsroom credits and page order", () => {
  it("names no author for a newsroom credit but keeps the site as source", () => {
    for (const staff of ["هيئة التحرير", "La rédaction"]) {
      const article = page(INTEREST_RATES.TITLE, `جريدة الوطن - ${staff}`, INTEREST_RATES.P1, INTEREST_RATES.P2);
      expect(article.authors, staff).toEqual([]);
    }
  });

  it("lists authors in page order", () => {
    const article = page("1. رياح قوية وزوابع رملية على 5 ولايات", "إسلام كعبش", "الجزائر – ربيعة خريس");
    const starts = article.authors.map((a) => a.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
