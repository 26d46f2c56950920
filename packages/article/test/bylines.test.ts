import { describe, expect, it } from "vitest";
import { findBracketAgency, parseBylineLine, parseLeadCredit, parseSiteCreditLine } from "../src/bylines.ts";
import { breadcrumbCategories, segmentCategoryStrip } from "../src/categories.ts";

function line(text: string, accept = {}) {
  return parseBylineLine(text, 0, text.length, accept);
}
function names(text: string, accept = {}) {
  return line(text, accept)?.authors.map((a) => a.name) ?? null;
}

describe("byline lines", () => {
  it("reads cue bylines", () => {
    expect(names("كتب: أحمد سامي")).toEqual(["أحمد سامي"]);
    expect(names("كتبت - منى خالد")).toEqual(["منى خالد"]);
    expect(names("بقلم د. خالد المطيري")).toEqual(["د. خالد المطيري"]);
    expect(names("كتب: أحمد سامي ومحمد عبد الحليم")).toEqual(["أحمد سامي", "محمد عبد الحليم"]);
    expect(names("كتب: أحمد سامي، منى خالد")).toEqual(["أحمد سامي", "منى خالد"]);
    expect(names("By John Smith and Jane Doe")).toEqual(["John Smith", "Jane Doe"]);
    expect(names("Par Karim Benali")).toEqual(["Karim Benali"]);
    expect(names("إعداد محمد العلي للنشرة العربية")).toEqual(["محمد العلي"]);
    expect(names("بقلم سارة بن علي")).toEqual(["سارة بن علي"]);
    expect(names("الكاتب: سارة ب.")).toEqual(["سارة ب."]);
  });

  it("keeps the author span inside the line", () => {
    const text = "كتب:   أحمد سامي  ";
    const author = line(text)!.authors[0]!;
    expect(text.slice(author.start, author.end)).toBe("أحمد سامي");
  });

  it("reads an agency after a cue byline", () => {
    const credit = line("كتب: أحمد سامي - (أ ش أ)");
    expect(credit?.source?.name).toBe("وكالة أنباء الشرق الأوسط");
  });

  it("reads source labels, covering only the name", () => {
    const text = "المصدر: وكالة الأناضول";
    const credit = line(text);
    expect(credit?.source).toEqual({ text: "وكالة الأناضول", start: 8, end: 22, name: "وكالة الأناضول" });
    expect(line("المصدر : موقع الشروق")?.source?.name).toBe("موقع الشروق");
    expect(line("Source : APS")?.source?.name).toBe("وكالة الأنباء الجزائرية");
    expect(line("نقلا عن رويترز")?.source?.name).toBe("رويترز");
  });

  it("reads place-dash lines only where the position allows them", () => {
    const text = "الجزائر – ربيعة خريس";
    expect(line(text)).toBeNull();
    const credit = line(text, { placeDash: true })!;
    expect(credit.dateline?.text).toBe("الجزائر");
    expect(credit.authors.map((a) => a.text)).toEqual(["ربيعة خريس"]);
    const agency = line("القاهرة - (أ ش أ)", { placeDash: true })!;
    expect(agency.dateline?.text).toBe("القاهرة");
    expect(agency.source?.text).toBe("أ ش أ");
    const latin = line("Paris – AFP", { placeDash: true })!;
    expect(latin.dateline?.text).toBe("Paris");
    expect(latin.source?.name).toBe("وكالة فرانس برس");
    const media = line("الشروق نيوز – محمد علي", { placeDash: true })!;
    expect(media.source?.text).toBe("الشروق نيوز");
    expect(media.dateline).toBeNull();
    expect(line("غزة – استشهاد خمسة في قصف على المخيم", { placeDash: true })).toBeNull();
    const colon = line("الجزائر: ربيعة خريس", { placeDash: true })!;
    expect([colon.dateline?.text, colon.authors[0]?.text]).toEqual(["الجزائر", "ربيعة خريس"]);
    expect(line("وهران/ محمد بن علي", { placeDash: true })?.dateline?.text).toBe("وهران");
    expect(line("تونس: البرلمان يصادق", { placeDash: true })).toBeNull();
  });

  it("reads an agency alone and a place with its agency", () => {
    expect(line("(واج)")?.source?.text).toBe("واج");
    expect(line("وكالة الأناضول")?.source?.name).toBe("وكالة الأناضول");
    const spa = line("الرياض (واس)")!;
    expect(spa.dateline?.text).toBe("الرياض");
    expect(spa.source?.name).toBe("وكالة الأنباء السعودية");
  });

  it("takes a bare name only when it starts with a known given name or is initials", () => {
    expect(names("ليلى بن يوسف", { bareName: true })).toEqual(["ليلى بن يوسف"]);
    expect(names("د. منى الحسيني", { bareName: true })).toEqual(["د. منى الحسيني"]);
    expect(names("عبد الله المطيري", { bareName: true })).toEqual(["عبد الله المطيري"]);
    expect(names("ع. ب", { bareName: true })).toEqual(["ع. ب"]);
    expect(names("قانون المالية", { bareName: true })).toBeNull();
    expect(names("مجلس الوزراء", { bareName: true })).toBeNull();
  });

  it("reads credit lines naming the site of the masthead", () => {
    const keys = new Set(["هسبريس"]);
    const site = (text: string) => parseSiteCreditLine(text, 0, text.length, keys);
    expect(site("الرباط - هسبريس")?.dateline?.text).toBe("الرباط");
    expect(site("الرباط - هسبريس")?.source?.text).toBe("هسبريس");
    expect(site("هسبريس من الرباط")?.dateline?.text).toBe("الرباط");
    expect(site("هسبريس – الدار البيضاء")?.dateline?.text).toBe("الدار البيضاء");
    expect(site("هسبريس")?.source?.text).toBe("هسبريس");
    expect(site("هسبريس تحاور وزير الصحة")).toBeNull();
    expect(parseSiteCreditLine("هسبريس", 0, 6, new Set())).toBeNull();
  });

  it("reads a bare name only after the body", () => {
    expect(names("إسلام كعبش")).toBeNull();
    expect(names("إسلام كعبش", { bareName: true })).toEqual(["إسلام كعبش"]);
    expect(names("هل انتهى؟", { bareName: true })).toBeNull();
    expect(names("في الجزائر", { bareName: true })).toBeNull();
    expect(names("انتهى", { bareName: true })).toBeNull();
  });

  it("leaves prose and headlines alone", () => {
    expect(line("كتب الوزير في رسالته إلى البرلمان أن الوضع مستقر")).toBeNull();
    expect(line("الحكومة تعلن خطة لخفض الأسعار")).toBeNull();
    expect(line("")).toBeNull();
  });
});

describe("lead credits", () => {
  function lead(text: string) {
    return parseLeadCredit(text, 0, text.length);
  }

  it("reads a dateline, an agency, or a site credit opening the first paragraph", () => {
    expect(lead("واشنطن - أكدت الخارجية الأمريكية أن ...")?.dateline?.text).toBe("واشنطن");
    const afp = lead("بيروت (أ ف ب) - أقرت الحكومة ...")!;
    expect([afp.dateline?.text, afp.source?.text]).toEqual(["بيروت", "أ ف ب"]);
    const petra = lead("عمان -(بترا)- قال وزير ...")!;
    expect([petra.dateline?.text, petra.source?.name]).toEqual(["عمان", "وكالة الأنباء الأردنية"]);
    const site = lead("أنباء انفو-  بعد أيام قليلة من قمة ...")!;
    expect([site.dateline, site.source?.text]).toEqual([null, "أنباء انفو"]);
    const bracketPlace = lead("الأخبار (نواكشوط) – قال وزير الداخلية ...")!;
    expect([bracketPlace.dateline?.text, bracketPlace.source?.text]).toEqual(["نواكشوط", "الأخبار"]);
    const reuters = lead("ALGIERS, Oct 6 (Reuters) - Algeria said ...")!;
    expect([reuters.dateline?.text, reuters.source?.text]).toEqual(["ALGIERS", "Reuters"]);
  });

  it("ignores paragraphs that do not open with a credit", () => {
    expect(lead("وقال الوزير إن الحكومة ستعمل على ذلك.")).toBeNull();
    expect(lead("تحالف أمركي-جزائري يحارب الإرهاب")).toBeNull();
    expect(lead("قال: إن الوضع - كما يبدو - مستقر")).toBeNull();
    expect(lead("الجزائر (العاصمة) شهدت اليوم ...")).toBeNull();
  });

  it("finds a bracketed agency anywhere in a paragraph", () => {
    const text = "وأكد الوزير أن العمل سيتواصل (واج).";
    expect(findBracketAgency(text, 0, text.length)?.text).toBe("واج");
    const none = "قال (في تصريح) إن ((العمل)) مستمر";
    expect(findBracketAgency(none, 0, none.length)).toBeNull();
  });
});

describe("categories", () => {
  function crumbs(text: string, exclude: string[] = []) {
    return breadcrumbCategories(text, 0, text.length, new Set(exclude))?.map((s) => s.text) ?? null;
  }

  it("reads the middle of a breadcrumb", () => {
    expect(crumbs("الرئيسية / الحدث / تثبيت استراتيجية أمنية موحدة :")).toEqual(["الحدث"]);
    expect(crumbs("الرئيسية > أخبار مصر > اقتصاد")).toEqual(["أخبار مصر", "اقتصاد"]);
    expect(crumbs("Accueil > عربي > Monde")).toEqual(["عربي", "Monde"]);
  });

  it("rejects menus and lines that are not breadcrumbs", () => {
    expect(crumbs("الرئيسية | سياسة | اقتصاد")).toBeNull();
    expect(crumbs("سياسة / اقتصاد")).toBeNull();
    expect(crumbs("الرئيسية / أ / ب / ج / د / هـ / و")).toBeNull();
  });

  it("segments a strip whose links lost their spaces, without ticker labels", () => {
    const text = "أخبارأخبار عاجلةعربي";
    expect(segmentCategoryStrip(text, 0, text.length)).toEqual([
      { text: "أخبار", start: 0, end: 5 },
      { text: "عربي", start: 16, end: 20 },
    ]);
    const unknown = "أخبارمنوعات جديدة";
    expect(segmentCategoryStrip(unknown, 0, unknown.length)).toBeNull();
  });
});
