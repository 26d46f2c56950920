/**
 * The title is read from the header zone @nass/boilerplate locates above the article core: the headline
 * the lead echoes, nearest above the body, never a menu, a strip of other stories or a run-on ticker.
 */
import { describe, expect, it } from "vitest";
import { page } from "./helpers.ts";

const TITLE = "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الجبلية";
const P1 =
  "أعلنت الحكومة، اليوم الأحد، عن خطة جديدة لدعم المزارعين في المناطق الجبلية، تشمل قروضا ميسرة وتوزيع بذور محسنة على صغار الفلاحين.";
const P2 = "وأوضح وزير الفلاحة أن الخطة ستنطلق مطلع الشهر المقبل، وأنها تستهدف أكثر من عشرين ألف أسرة ريفية.";
const OTHER = "منتخب الشباب يتأهل إلى نهائي البطولة العربية بعد فوز مثير";

describe("the title from the header zone", () => {
  it("takes the headline the lead echoes over another story's headline left above it", () => {
    const article = page("الرئيسية / أخبار", OTHER, TITLE, "كتب أحمد علي", P1, P2);
    expect(article.title?.text).toBe(TITLE);
  });

  it("keeps the first headline when none echoes the lead (a creative title)", () => {
    const creative = "حين تصبح الجبال أرضا للأمل من جديد";
    expect(page("الرئيسية / أخبار", creative, P1, P2).title?.text).toBe(creative);
  });

  it("takes a long run-on headline with '..' joints as the title, not the first paragraph", () => {
    const long =
      "وزارة الفلاحة تطلق خطة جديدة لدعم المزارعين.. وتؤكد: التسجيل يبدأ الأحد عبر تطبيق هاتفي والدفع إلكترونيا.. والقروض بلا فوائد لصغار الفلاحين في المناطق الجبلية والنائية.. صور";
    const article = page("الرئيسية أخبار عاجلة", long, "الأحد، 12 مايو 2024 07:00 ص", P1, P2);
    expect(article.title?.text).toBe(long);
    expect(article.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });

  it("never takes a ticker run on into one line of more than 50 words for the title", () => {
    const ticker = Array.from({ length: 12 }, (_, i) => `خبر عاجل رقم ${i} عن الأحداث الجارية`).join("   ");
    expect(page(ticker, P1, P2).title?.text ?? null).not.toBe(ticker);
  });

  it("does not take the site's masthead (a name under 'رئيس التحرير') for an author", () => {
    const article = page("رئيس التحرير", "محمد علي", "رئيس التحرير", "محمد علي", TITLE, P1, P2);
    expect(article.authors).toEqual([]);
    expect(article.title?.text).toBe(TITLE);
  });
});
