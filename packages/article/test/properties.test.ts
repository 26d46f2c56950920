import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hijriMonthLength, isHijriLeapYear } from "../src/calendar.ts";
import { parseArabicDate, parseArticle } from "../src/index.ts";
import { assertArticleSpans } from "./helpers.ts";

/** Lines that look like the pieces of a news page, to build random pages from. */
const PIECES = [
  "الرئيسية / أخبار / رياضة",
  "أخبارأخبار عاجلةعربي",
  "الأحد , أكتوبر 6 2024",
  "عاجل",
  "تثبيت استراتيجية أمنية موحدة :",
  "تنسيق مغاربي لمواجهة عودة الإرهابيين",
  "الجيش الوطني الشعبي",
  "كتب: أحمد سامي ومحمد علي",
  "الجزائر – ربيعة خريس",
  "نشر في 12 جانفي 2023 - 10:30",
  "منذ ساعتين",
  "بيروت (أ ف ب) - أقرت الحكومة اللبنانية خطة طوارئ لمواجهة تداعيات المواجهات على الحدود.",
  "وقال الوزير إن الحكومة ستعمل على تنفيذ الخطة في أقرب الآجال، مؤكدا أهمية التنسيق بين القطاعات.",
  "دور الغرف التجارية",
  "المصدر: وكالة الأناضول",
  "إسلام كعبش",
  "الأكثر قراءة",
  "1. رياح قوية وزوابع رملية على 5 ولايات",
  "اترك تعليقاً",
  "Back to top button",
  "١٥ رمضان ١٤٤٥ هـ",
  "(واج)",
  "",
  "   ",
];

const page = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 40 })), { maxLength: 30 })
  .chain((lines) => fc.constantFrom("\n", "\r\n", "\n\n", "\u2028").map((eol) => lines.join(eol)));

function checkArticle(text: string): void {
  const article = parseArticle(text, { referenceDate: "2024-10-06T12:00:00Z" });
  assertArticleSpans(text, article);
  for (let i = 1; i < article.paragraphs.length; i++) {
    expect(article.paragraphs[i]!.start).toBeGreaterThanOrEqual(article.paragraphs[i - 1]!.end);
  }
  // a paragraph, the title, the kicker, a subtitle or a caption is never also a removed block
  for (const span of [...article.paragraphs, ...article.subtitles, ...article.captions]) {
    expect(article.removed.some((r) => r.start < span.end && r.end > span.start)).toBe(false);
  }
  for (const span of [article.title, article.kicker]) {
    if (span) expect(article.removed.some((r) => r.start < span.end && r.end > span.start)).toBe(false);
  }
  // nothing is lost: every line with text is some field's, paragraph's or list's, or it is in `removed`
  const spans: { start: number; end: number }[] = [...article.removed, ...article.paragraphs, ...article.lists];
  for (const field of [article.title, article.kicker, article.dateline, article.source, article.published]) {
    if (field) spans.push(field);
  }
  if (article.pageDate) spans.push(article.pageDate);
  spans.push(...article.subtitles, ...article.captions, ...article.authors, ...article.categories);
  for (const line of text.matchAll(/[^\n\r\u2028\u2029]+/gu)) {
    if (!/\S/u.test(line[0])) continue;
    const start = line.index;
    const end = start + line[0].length;
    expect(
      spans.some((s) => s.start < end && s.end > start),
      `line lost: ${JSON.stringify(line[0])}`,
    ).toBe(true);
  }
  expect(article.stats.arabicRatio).toBeGreaterThanOrEqual(0);
  expect(article.stats.arabicRatio).toBeLessThanOrEqual(1);
}

describe("parseArticle properties", () => {
  it("every span satisfies the contract on page-like input", () => {
    fc.assert(fc.property(page, checkArticle), { numRuns: 300 });
  });

  it("never throws on arbitrary strings (including lone surrogates)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), checkArticle), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), checkArticle), { numRuns: 200 });
  });

  it("does not mutate options and gives the same result twice", () => {
    fc.assert(
      fc.property(page, (text) => {
        const options = { referenceDate: "2024-10-06T12:00:00Z", wordsPerMinute: 200 };
        const copy = structuredClone(options);
        expect(parseArticle(text, options)).toEqual(parseArticle(text, options));
        expect(options).toEqual(copy);
      }),
      { numRuns: 50 },
    );
  });
});

describe("parseArabicDate properties", () => {
  const civil = new Intl.DateTimeFormat("en-US-u-ca-islamic-civil", {
    timeZone: "UTC",
    year: "numeric",
    month: "numeric",
    day: "numeric",
  });
  const HIJRI_NAMES = [
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
  ];

  it("converts Hijri dates like the ICU islamic-civil calendar (an independent implementation)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1350, max: 1500 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 30 }),
        (year, month, day) => {
          fc.pre(day <= hijriMonthLength(year, month));
          const found = parseArabicDate(`${day} ${HIJRI_NAMES[month - 1]} ${year} هـ`);
          expect(found?.hijri).toEqual({ year, month, day });
          const parts = Object.fromEntries(
            civil.formatToParts(new Date(`${found!.iso}T12:00:00Z`)).map((p) => [p.type, p.value]),
          );
          expect([Number(parts.year), Number(parts.month), Number(parts.day)]).toEqual([year, month, day]);
        },
      ),
      { numRuns: 500 },
    );
    // 11 leap years in every 30-year cycle
    let leap = 0;
    for (let year = 1441; year <= 1470; year++) if (isHijriLeapYear(year)) leap++;
    expect(leap).toBe(11);
  });

  it("round-trips any Gregorian date written numerically, in any digit system", () => {
    const arabicIndic = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        fc.boolean(),
        (date, indic) => {
          const iso = date.toISOString().slice(0, 10);
          const [y, m, d] = iso.split("-");
          const written = `نشر يوم ${d}/${m}/${y} على الموقع`;
          const text = indic ? arabicIndic(written) : written;
          const found = parseArabicDate(text);
          expect(found?.iso).toBe(iso);
          expect(text.slice(found!.start, found!.end)).toBe(found!.text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws and returns a valid span on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const found = parseArabicDate(text, { referenceDate: "2024-10-06T12:00:00Z" });
        if (found) expect(text.slice(found.start, found.end)).toBe(found.text);
      }),
      { numRuns: 500 },
    );
  });
});
