import { describe, expect, it } from "vitest";
import { parseBylineLine, parseLeadCredit } from "../src/bylines.ts";
import { parseArticle } from "../src/index.ts";
import { isKnownPlace } from "../src/place-lookup.ts";
import { assertArticleSpans } from "./helpers.ts";

const TITLE = "وزير الخارجية يبحث مع نظيره الفرنسي تطورات الأوضاع في المنطقة";
const P1 =
  "بحث وزير الخارجية مع نظيره الفرنسي، في اتصال هاتفي اليوم، تطورات الأوضاع في المنطقة وسبل تعزيز التعاون الثنائي بين البلدين.";
const P2 = "وأكد الوزيران أهمية مواصلة التنسيق والتشاور بشأن القضايا ذات الاهتمام المشترك، وفق بيان صادر عن الوزارة.";

/** Parse a page of the given lines and check its spans against the contract. */
function page(...lines: string[]) {
  const text = lines.join("\n");
  const article = parseArticle(text);
  assertArticleSpans(text, article);
  return article;
}

function credit(article: ReturnType<typeof page>) {
  return {
    authors: article.authors.map((a) => a.name),
    dateline: article.dateline?.text ?? null,
    source: article.source?.name ?? null,
  };
}

describe("place table", () => {
  it("knows Arab and world capitals in their common spellings", () => {
    for (const place of ["الرباط", "الدار البيضاء", "عمان", "عمّان", "ابوظبي", "أبو ظبي", "واشنطن", "إسطنبول"]) {
      expect(isKnownPlace(place), place).toBe(true);
    }
    expect(isKnownPlace("ALGER")).toBe(true);
    expect(isKnownPlace("هسبريس")).toBe(false);
    expect(isKnownPlace("الحكومة")).toBe(false);
    expect(isKnownPlace("و".repeat(200))).toBe(false);
  });
});

describe("PLACE - SITE lines between title and body", () => {
  it("reads a one-word site after a place as the source, not a subtitle", () => {
    const article = page(TITLE, "الرباط - هسبريس", P1, P2);
    expect(article.subtitles).toEqual([]);
    expect(credit(article)).toEqual({ authors: [], dateline: "الرباط", source: "هسبريس" });
  });

  it("reads an unknown place and a site name with digits", () => {
    expect(credit(page(TITLE, "تارودانت - مدار24", P1, P2))).toEqual({
      authors: [],
      dateline: "تارودانت",
      source: "مدار24",
    });
  });

  it("reads a name with the article or a place inside as a site, a given name as a person", () => {
    expect(credit(page(TITLE, "نواكشوط - الأخبار", P1, P2)).source).toBe("الأخبار");
    expect(credit(page(TITLE, "طرابلس - ليبيا الأحرار", P1, P2)).source).toBe("ليبيا الأحرار");
    expect(credit(page(TITLE, "الناظور - أريفينو نت", P1, P2)).source).toBe("أريفينو نت");
    expect(credit(page(TITLE, "سيدي بنور - جريدة العمق المغربي", P1, P2)).source).toBe("جريدة العمق المغربي");
    expect(credit(page(TITLE, "إسطنبول - محمد الأمين", P1, P2))).toEqual({
      authors: ["محمد الأمين"],
      dateline: "إسطنبول",
      source: null,
    });
  });

  it("reads a quoted newspaper as the source, never an author", () => {
    expect(credit(page(TITLE, 'بيروت - "النهار الجديد"', P1, P2))).toEqual({
      authors: [],
      dateline: "بيروت",
      source: "النهار الجديد",
    });
    expect(credit(page(TITLE, "القاهرة - «الشروق»", P1, P2)).source).toBe("الشروق");
  });

  it("reads a place, a site or agency and an author on one line", () => {
    expect(credit(page(TITLE, "الرباط - هسبريس - محمد الراجي", P1, P2))).toEqual({
      authors: ["محمد الراجي"],
      dateline: "الرباط",
      source: "هسبريس",
    });
    expect(credit(page(TITLE, "القاهرة - (أ ش أ) - سمير بوعزة", P1, P2))).toEqual({
      authors: ["سمير بوعزة"],
      dateline: "القاهرة",
      source: "وكالة أنباء الشرق الأوسط",
    });
    expect(credit(page(TITLE, "بيروت - النهار -", P1, P2))).toEqual({
      authors: [],
      dateline: "بيروت",
      source: "النهار",
    });
    const line = "الرباط - هسبريس - الحكومة الجديدة";
    expect(parseBylineLine(line, 0, line.length, { placeDash: true })).toBeNull();
  });

  it("keeps a known agency's full name", () => {
    expect(credit(page(TITLE, "دبي - وام", P1, P2))).toEqual({
      authors: [],
      dateline: "دبي",
      source: "وكالة أنباء الإمارات",
    });
  });

  it("reads a known place's credit line under the title even when it is not right above the body", () => {
    const article = page(TITLE, "الرباط - هسبريس", "الجمعة 8 مارس 2024 - 10:30", "صورة: أرشيف", P1, P2);
    expect(article.dateline?.text).toBe("الرباط");
    expect(article.source?.text).toBe("هسبريس");
  });

  it("does not take two places or a clause for a site", () => {
    expect(parseBylineLine("غزة - رفح", 0, 9, { placeDash: true })?.source ?? null).toBeNull();
    const text = "واشنطن - الرئيس الأمريكي يلتقي نظيره";
    expect(parseBylineLine(text, 0, text.length, { placeDash: true })).toBeNull();
  });

  it("does not take a headline opening with a place for a credit", () => {
    const article = page("القدس - اقتحامات متواصلة للمسجد الأقصى", P1, P2);
    expect(article.title?.text).toBe("القدس - اقتحامات متواصلة للمسجد الأقصى");
    expect(article.authors).toEqual([]);
  });
});

describe("glued agency credits (Petra)", () => {
  it("splits 'عمان-بترا-' opening the first paragraph", () => {
    const article = page(TITLE, `عمان-بترا- ${P1}`, P2);
    expect(credit(article)).toEqual({ authors: [], dateline: "عمان", source: "وكالة الأنباء الأردنية" });
    expect(article.source?.text).toBe("بترا");
  });

  it("splits 'عمان-بترا-' alone on its line", () => {
    const article = page(TITLE, "عمان-بترا-", P1, P2);
    expect(credit(article)).toEqual({ authors: [], dateline: "عمان", source: "وكالة الأنباء الأردنية" });
    expect(article.paragraphs).toHaveLength(2);
  });

  it("reads the bracketed forms", () => {
    for (const lead of ["عمان (بترا) - ", "عمان -(بترا)- ", "-(بترا)- ", "(بترا) - "]) {
      const article = page(TITLE, `${lead}${P1}`, P2);
      expect(article.source?.name, lead).toBe("وكالة الأنباء الأردنية");
      expect(article.dateline?.text ?? null, lead).toBe(lead.startsWith("عمان") ? "عمان" : null);
    }
  });

  it("splits a known place glued to an unknown site, and leaves other hyphenated words alone", () => {
    const text = `الرباط-هسبريس- ${P1}`;
    const lead = parseLeadCredit(text, 0, text.length)!;
    expect([lead.dateline?.text, lead.source?.text]).toEqual(["الرباط", "هسبريس"]);
    const other = `أمريكي-جزائري- ${P1}`;
    expect(parseLeadCredit(other, 0, other.length)?.source ?? null).toBeNull();
  });
});

describe("credits opening the first paragraph", () => {
  it("reads a site or agency between two dashes", () => {
    for (const [lead, dateline, source] of [
      ["الرباط - هسبريس - ", "الرباط", "هسبريس"],
      ["القاهرة – بوابة الأهرام – ", "القاهرة", "بوابة الأهرام"],
      ["عمان - بترا - ", "عمان", "وكالة الأنباء الأردنية"],
      ["عمان ـ بترا ـ ", "عمان", "وكالة الأنباء الأردنية"],
      ["الرياض - واس: ", "الرياض", "وكالة الأنباء السعودية"],
      ["وجدة – اليوم 24 – ", "وجدة", "اليوم 24"],
      ["بيروت - النهار الجديد - ", "بيروت", "النهار الجديد"],
    ] as const) {
      const article = page(TITLE, `${lead}${P1}`, P2);
      expect([article.dateline?.text, article.source?.name], lead).toEqual([dateline, source]);
    }
  });

  it("reads a dated place before a bracketed agency", () => {
    for (const lead of ["عمان 5 آذار (بترا) - ", "الرباط 12/03/2024 (ومع) - "]) {
      const article = page(TITLE, `${lead}${P1}`, P2);
      expect([article.dateline?.text, article.source?.text], lead).toEqual([
        lead.split(" ")[0],
        lead.includes("بترا") ? "بترا" : "ومع",
      ]);
    }
    const other = `الوزير 5 مرات (بترا) - ${P1}`;
    expect(parseLeadCredit(other, 0, other.length)).toBeNull();
  });

  it("does not take a clause after the dateline for a source", () => {
    for (const lead of ["الرباط - أكد الوزير - ", "الرباط - الوزير: ", "الرباط - قال، "]) {
      const article = page(TITLE, `${lead}${P1}`, P2);
      expect(article.dateline?.text, lead).toBe("الرباط");
      expect(article.source, lead).toBeNull();
    }
  });
});

describe("bylines", () => {
  const line = (text: string, accept = {}) => parseBylineLine(text, 0, text.length, accept);

  it("reads cue bylines of every shape", () => {
    for (const [byline, expected] of [
      ["كتب - أحمد عبد الحليم", ["أحمد عبد الحليم"]],
      ["كتب أحمد عبد الحليم", ["أحمد عبد الحليم"]],
      ["كتبت: سارة محمود", ["سارة محمود"]],
      ["إعداد: خالد يوسف", ["خالد يوسف"]],
      ["ترجمة: خالد يوسف", ["خالد يوسف"]],
      ["تحرير: خالد يوسف", ["خالد يوسف"]],
      ["بقلم: د. خالد يوسف", ["د. خالد يوسف"]],
      ["كتب: أحمد علي ومحمد حسن", ["أحمد علي", "محمد حسن"]],
      ["Par Karim B.", ["Karim B."]],
      ["Par Karim B. et Samir M.", ["Karim B.", "Samir M."]],
      ["ترجمة وتحرير: خالد يوسف", ["خالد يوسف"]],
      ["بواسطة محمد علي", ["محمد علي"]],
      ["نشر بواسطة: سارة محمود", ["سارة محمود"]],
      ["Rédigé par Karim Benali", ["Karim Benali"]],
      ["Written by John Smith", ["John Smith"]],
      ["Par Karim B. - Alger", ["Karim B."]],
      ["Alger - Par Karim B.", ["Karim B."]],
    ] as const) {
      expect(credit(page(TITLE, byline, P1, P2)).authors, byline).toEqual(expected);
    }
  });

  it("reads an author with a job title, before or after the body", () => {
    expect(credit(page(TITLE, "محمد سعيد - صحفي", P1, P2)).authors).toEqual(["محمد سعيد"]);
    const after = page(TITLE, P1, P2, "محمد سعيد - صحفي");
    expect(credit(after).authors).toEqual(["محمد سعيد"]);
    expect(after.removed).toEqual([]);
    const role = line("ليلى بن يوسف - مراسلة الجزيرة في تونس", { placeDash: true })!;
    expect([role.authors[0]?.name, role.dateline?.text, role.source?.text]).toEqual([
      "ليلى بن يوسف",
      "تونس",
      "الجزيرة",
    ]);
    expect(line("الرباط - صحفي", { placeDash: true })?.authors ?? []).toEqual([]);
    expect(line("وزير الخارجية - رئيس الوفد", { placeDash: true })).toBeNull();
    expect(line("النهار الجديد - صحفي", { placeDash: true })).toBeNull();
  });

  it("reads the place after a cue byline and a site printed before its place", () => {
    expect(credit(page(TITLE, "كتب: محمد علي - القاهرة", P1, P2))).toEqual({
      authors: ["محمد علي"],
      dateline: "القاهرة",
      source: null,
    });
    expect(credit(page(TITLE, "هسبريس - الرباط", P1, P2))).toEqual({
      authors: [],
      dateline: "الرباط",
      source: "هسبريس",
    });
  });

  it("reads correspondent credits", () => {
    expect(credit(page(TITLE, "مراسل الجزيرة نت في القاهرة", P1, P2))).toEqual({
      authors: [],
      dateline: "القاهرة",
      source: "الجزيرة نت",
    });
    expect(credit(page(TITLE, "مراسلنا في غزة: يوسف حماد", P1, P2))).toEqual({
      authors: ["يوسف حماد"],
      dateline: "غزة",
      source: null,
    });
    for (const [byline, dateline, source] of [
      ["من مراسلنا في الرباط", "الرباط", null],
      ["باريس - مراسل الجزيرة نت", "باريس", "الجزيرة نت"],
      ["القاهرة - مراسلنا", "القاهرة", null],
      ["مراسلو الجزيرة نت", null, "الجزيرة نت"],
    ] as const) {
      const article = page(TITLE, byline, P1, P2);
      expect([article.dateline?.text ?? null, article.source?.text ?? null, article.authors], byline).toEqual([
        dateline,
        source,
        [],
      ]);
    }
    expect(line("مراسلو الجزيرة نت")).toBeNull();
    expect(line("مراسل الجزيرة يتعرض لاعتداء في غزة")).toBeNull();
    expect(line("مراسلنا في غزة: الوضع مأساوي في المستشفيات")).toBeNull();
    expect(line("مراسل في")).toBeNull();
  });

  it("takes a newspaper, a site or an agency named as an author for the source", () => {
    expect(credit(page(TITLE, "كتب: موقع الأخبار", P1, P2))).toEqual({
      authors: [],
      dateline: null,
      source: "موقع الأخبار",
    });
    expect(credit(page("هسبريس", TITLE, "بقلم: هسبريس", P1, P2)).authors).toEqual([]);
  });

  it("reads a name and a date on one line", () => {
    const article = page(TITLE, "محمد علي | 12 مارس 2024", P1, P2);
    expect([credit(article).authors, article.published?.iso]).toEqual([["محمد علي"], "2024-03-12"]);
    const par = page(TITLE, "Publié par Karim B. le 12/03/2024", P1, P2);
    expect([credit(par).authors, par.published?.iso]).toEqual([["Karim B."], "2024-03-12"]);
    // a phrase before a date is not a name
    expect(page(TITLE, "قانون المالية | 12 مارس 2024", P1, P2).authors).toEqual([]);
  });

  it("reads labelled publication dates", () => {
    for (const [label, iso] of [
      ["حرر بتاريخ: 12 مارس 2024", "2024-03-12"],
      ["آخر تحديث: 12 مارس 2024", "2024-03-12"],
      ["تاريخ النشر: 12/03/2024 10:30", "2024-03-12T10:30"],
    ] as const) {
      expect(page(TITLE, label, P1, P2).published?.iso, label).toBe(iso);
    }
  });
});

describe("plain text without title or chrome", () => {
  const A =
    "شهدت العاصمة خلال الأسبوع الماضي موجة حر غير مسبوقة، تجاوزت فيها درجات الحرارة أربعين درجة مئوية في ساعات الظهيرة";
  const B = "وقالت مديرية الحماية المدنية إن فرقها تدخلت في عشرات الحوادث المرتبطة بالحرارة.";
  const C = "ويتوقع خبراء الأرصاد أن تتراجع درجات الحرارة تدريجيا ابتداء من نهاية الأسبوع الجاري.";

  it("keeps every paragraph in the body and has no title", () => {
    for (const first of [`${A}.`, A, "ارتفعت درجات الحرارة بشكل كبير.", "وقال المتحدث باسم المديرية في تصريح صحفي:"]) {
      for (const sep of ["\n", "\n\n", "\r\n"]) {
        const article = parseArticle([first, B, C].join(sep));
        expect(article.title, first).toBeNull();
        expect(article.paragraphs.map((p) => p.text)).toEqual([first, B, C]);
      }
    }
  });

  it("keeps a one- or two-sentence plain text whole", () => {
    expect(parseArticle("ارتفعت درجات الحرارة بشكل كبير.").paragraphs).toHaveLength(1);
    const two = parseArticle("ارتفعت درجات الحرارة.\nوقال المتحدث إن الوضع تحت السيطرة.");
    expect([two.title, two.paragraphs.length]).toEqual([null, 2]);
  });

  it("keeps a line holding two sentences whatever its final mark", () => {
    // "." then a space and a letter inside the line: two sentences, so a paragraph, not a title
    const line = "واشنطن تستعجل تعاون الجزائر. وقالت المسؤولة إن التعاون ضروري!";
    const article = parseArticle(line);
    expect([article.title, article.paragraphs.map((p) => p.text)]).toEqual([null, [line]]);
  });

  it("reads a headline with '..' separators or a decimal number as a title", () => {
    for (const headline of [
      "تحسبا لعيد الفطر.. بريد الجزائر يصدر بيانا هاما",
      "النمو يبلغ 3.5 بالمئة في الربع الثالث هذا العام",
    ]) {
      const article = parseArticle([headline, B, C].join("\n"));
      expect(article.title?.text).toBe(headline);
    }
  });

  it("still reads a headline-shaped first line as the title", () => {
    const article = parseArticle(["موجة حر غير مسبوقة تضرب العاصمة", B, C].join("\n"));
    expect(article.title?.text).toBe("موجة حر غير مسبوقة تضرب العاصمة");
    expect(article.paragraphs).toHaveLength(2);
  });
});
