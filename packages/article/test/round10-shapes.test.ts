import { describe, expect, it } from "vitest";
import { page } from "./helpers.ts";

const P1 =
  "أعلنت الحكومة، اليوم الأحد، عن حزمة إجراءات جديدة لتشديد قواعد الهجرة القانونية، تشمل رفع الحد الأدنى للأجور المطلوبة لتأشيرات العمل.";
const P2 =
  "وقالت وزيرة الداخلية في بيان إن الإجراءات تهدف إلى خفض أعداد المهاجرين بمقدار 300 ألف شخص سنويا، مؤكدة أن الحكومة ستعرضها على البرلمان.";
const MENU = ["الرئيسية", "سياسة", "اقتصاد", "رياضة"];
const TITLE = "الحكومة تعتزم تشديد قواعد الهجرة خلال العام المقبل";
const DECK = "تشمل القائمة 15 مادة واسعة الاستهلاك وتدخل حيز التنفيذ مطلع جانفي المقبل.";

describe("round 10 shapes", () => {
  it("reads a question headline of twelve words as the title, with a kicker after a menu", () => {
    const title = "عودة النفط إلى 90 دولارا: مكاسب مؤقتة أم تحول دائم في السوق؟";
    const article = page(...MENU, "تحليل", title, "عبدالله الشمري", "23 نوفمبر 2026", P1, P2);
    expect(article.title?.text).toBe(title);
    expect(article.kicker?.text).toBe("تحليل");
    expect(article.authors.map((a) => a.name)).toEqual(["عبدالله الشمري"]);
    expect(article.paragraphs).toHaveLength(2);
  });

  it("reads a media label printed again under a menu that lists it as the kicker", () => {
    const article = page("الرئيسية", "سياسة", "فيديو", "رياضة", "فيديو", TITLE, P1, P2);
    expect(article.kicker?.text).toBe("فيديو");
    // the menu's last item is not
    expect(page("الرئيسية", "سياسة", "رياضة", "فيديو", TITLE, P1, P2).kicker).toBeNull();
  });

  it("keeps a deck ending with a full stop under the title when a byline, a date or a credited lead follows", () => {
    for (const next of [["سمير بن زيان"], ["2026/11/22 18:30"], ["طرابلس (وكالات) - " + P1]]) {
      const article = page(...MENU, TITLE, DECK, ...next, P1, P2);
      expect(article.title?.text).toBe(TITLE);
      expect(article.subtitles.map((s) => s.text)).toEqual([DECK]);
    }
    const credited = page(...MENU, TITLE, DECK, "طرابلس (وكالات) - " + P1, P2);
    expect(credited.dateline?.text).toBe("طرابلس");
    expect(credited.source?.text).toBe("وكالات");
    // a short first paragraph followed by the body stays a paragraph
    const lead = page(...MENU, TITLE, DECK, P1, P2);
    expect(lead.subtitles).toEqual([]);
    expect(lead.paragraphs[0]!.text).toBe(DECK);
  });

  it("never takes a labelled or masthead 'today' line for the publication date", () => {
    const labelled = page("اليوم: الأحد 22 نوفمبر 2026", "إيلاف", TITLE, P1, P2);
    expect(labelled.published).toBeNull();
    expect(labelled.pageDate?.iso).toBe("2026-11-22");
    const masthead = page("الأحد 22 نوفمبر 2026", "إيلاف", TITLE, P1, P2);
    expect(masthead.published).toBeNull();
    expect(masthead.pageDate?.iso).toBe("2026-11-22");
    // with the article's own date under the title
    const dated = page("اليوم: الأحد 22 نوفمبر 2026", "إيلاف", TITLE, "السبت 21 نوفمبر 2026", P1, P2);
    expect(dated.published?.iso).toBe("2026-11-21");
    expect(dated.pageDate?.iso).toBe("2026-11-22");
  });

  it("reads CGTN and Xinhua credits", () => {
    const cgtn = page("CGTN العربية", ...MENU, TITLE, "CGTN العربية/ بكين", P1, P2);
    expect(cgtn.source?.text).toBe("CGTN العربية");
    expect(cgtn.dateline?.text).toBe("بكين");
    expect(cgtn.subtitles).toEqual([]);
    const xinhua = page(...MENU, TITLE, `بكين، 22 نوفمبر 2026 (شينخوا) -- ${P1}`, P2);
    expect(xinhua.dateline?.text).toBe("بكين");
    expect(xinhua.source?.text).toBe("شينخوا");
    expect(xinhua.published?.iso).toBe("2026-11-22");
  });

  it("reads contributors after a tag box as authors", () => {
    const article = page(...MENU, TITLE, P1, P2, "دلالات", "غزة", "شارك في التغطية: سامي أبو سالم، وأحمد عبد الله");
    expect(article.authors.map((a) => a.name)).toEqual(["سامي أبو سالم", "أحمد عبد الله"]);
    expect(article.paragraphs).toHaveLength(2);
    // "وليد" keeps its و
    const walid = page(...MENU, TITLE, P1, P2, "شارك في التغطية: سامي أبو سالم، وليد حسن");
    expect(walid.authors.map((a) => a.name)).toEqual(["سامي أبو سالم", "وليد حسن"]);
  });
});
