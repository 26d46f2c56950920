import { describe, expect, it } from "vitest";
import { assertSpans } from "../../../tools/assert-spans.ts";
import { parseArabicDate } from "../src/index.ts";

const REF = { referenceDate: "2024-10-06T12:00:00Z" };

function iso(text: string, options = {}): string | null {
  const found = parseArabicDate(text, options);
  if (found) assertSpans(text, [found], { trimmed: true });
  return found?.iso ?? null;
}

describe("parseArabicDate: month-name systems", () => {
  it.each([
    // Egyptian / Gulf names
    ["14 يناير 2025", "2025-01-14"],
    ["3 إبريل 2023", "2023-04-03"],
    ["1 ابريل 2023", "2023-04-01"],
    ["9 يونيه 2022", "2022-06-09"],
    ["31 ديسمبر 2024", "2024-12-31"],
    // Levantine (Syriac) names, two-word names included
    ["12 كانون الثاني 2023", "2023-01-12"],
    ["28 شباط 2023", "2023-02-28"],
    ["5 آذار 2021", "2021-03-05"],
    ["7 نيسان 2020", "2020-04-07"],
    ["8 أيار 2020", "2020-05-08"],
    ["9 حزيران 2020", "2020-06-09"],
    ["10 تموز 2020", "2020-07-10"],
    ["11 آب 2020", "2020-08-11"],
    ["12 أيلول 2020", "2020-09-12"],
    ["13 تشرين الأول 2020", "2020-10-13"],
    ["14 تشرين الثاني 2020", "2020-11-14"],
    ["25 كانون الأول 2020", "2020-12-25"],
    // Algerian / Tunisian names
    ["3 جانفي 2018", "2018-01-03"],
    ["4 فيفري 2018", "2018-02-04"],
    ["5 أفريل 2018", "2018-04-05"],
    ["6 ماي 2018", "2018-05-06"],
    ["7 جوان 2018", "2018-06-07"],
    ["8 جويلية 2018", "2018-07-08"],
    ["9 أوت 2018", "2018-08-09"],
    // Moroccan names
    ["10 غشت 2019", "2019-08-10"],
    ["11 شتنبر 2019", "2019-09-11"],
    ["12 دجنبر 2019", "2019-12-12"],
    // French and English names on Maghreb and Gulf sites
    ["10 décembre 2024", "2024-12-10"],
    ["1er octobre 2024", "2024-10-01"],
    ["October 6, 2024", "2024-10-06"],
    ["6 Oct. 2024", "2024-10-06"],
  ])("%s -> %s", (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it("reads a pair of month names in two systems", () => {
    expect(iso("الخميس 12 يونيو/ حزيران 2025م")).toBe("2025-06-12");
    expect(iso("في 3 سبتمبر (أيلول) 2017")).toBe("2017-09-03");
    expect(parseArabicDate("في 3 سبتمبر (أيلول) 2017")?.text).toBe("3 سبتمبر (أيلول) 2017");
  });

  it("includes a leading weekday and a following time in the span", () => {
    expect(parseArabicDate("نشر في الأحد 6 أكتوبر 2024 - 10:30")).toEqual({
      iso: "2024-10-06T10:30",
      start: 7,
      end: 34,
      text: "الأحد 6 أكتوبر 2024 - 10:30",
    });
    expect(iso("الثلاثاء 14 يناير 2025 03:15 م")).toBe("2025-01-14T15:15");
    expect(iso("الثلاثاء 14 يناير 2025 الساعة 09:05 صباحا")).toBe("2025-01-14T09:05");
    expect(iso("Publié le 10 décembre 2024 à 16:45")).toBe("2024-12-10T16:45");
    expect(iso("le 6 octobre 2024 à 10h30")).toBe("2024-10-06T10:30");
    expect(iso("Oct 6, 2024 10:30 PM")).toBe("2024-10-06T22:30");
  });

  it("reads a site header with the month before the day", () => {
    expect(parseArabicDate("الأحد , أكتوبر 6 2024")).toEqual({
      iso: "2024-10-06",
      start: 0,
      end: 21,
      text: "الأحد , أكتوبر 6 2024",
    });
  });
});

describe("parseArabicDate: numeric forms", () => {
  it.each([
    ["2024-10-06", "2024-10-06"],
    ["2024/10/06", "2024-10-06"],
    ["06/10/2024", "2024-10-06"],
    ["6.10.2024", "2024-10-06"],
    ["06-10-2024", "2024-10-06"],
    ["٠٦/١٠/٢٠٢٤", "2024-10-06"],
    ["۰۶/۱۰/۲۰۲۴", "2024-10-06"],
    ["10/25/2024", "2024-10-25"],
    ["٠٦/١٠/٢٠٢٤ ١٠:٣٠", "2024-10-06T10:30"],
    ["2024-10-06T10:30:00Z", "2024-10-06T10:30"],
  ])("%s -> %s", (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it("rejects impossible dates and numbers that only look like dates", () => {
    expect(iso("31/02/2024")).toBeNull();
    expect(iso("29 فبراير 2023")).toBeNull();
    expect(iso("29 فبراير 2024")).toBe("2024-02-29");
    expect(iso("1.2.3.2024")).toBeNull();
    expect(iso("192.168.1.1")).toBeNull();
    expect(iso("3.5")).toBeNull();
    expect(iso("بلغ النمو 3.5 في المئة")).toBeNull();
    expect(iso("32 مارس 2024")).toBeNull();
  });
});

describe("parseArabicDate: Hijri dates", () => {
  it("converts with the tabular Islamic calendar and keeps the date as written", () => {
    expect(parseArabicDate("١٥ رمضان ١٤٤٥ هـ")).toEqual({
      iso: "2024-03-25",
      start: 0,
      end: 16,
      text: "١٥ رمضان ١٤٤٥ هـ",
      hijri: { year: 1445, month: 9, day: 15 },
    });
    // 1 Muharram 1400 AH = 21 November 1979
    expect(iso("1 محرم 1400هـ")).toBe("1979-11-21");
    // Eid al-Adha 1444 was 28 June 2023 by Umm al-Qura; the tabular calendar says 29 June: the
    // documented ±1 day difference between arithmetic and observational calendars
    expect(iso("10 ذو الحجة 1444 هـ")).toBe("2023-06-29");
    expect(iso("5 جمادى الآخرة 1446")).toBe("2024-12-07");
    expect(iso("12 ربيع الأول 1446 هـ")).toBe("2024-09-16");
  });

  it("prefers the Gregorian equivalent the page states after a Hijri date", () => {
    const text = "الخميس 12 ذو الحجة 1445 هـ الموافق 20 يونيو 2024";
    expect(parseArabicDate(text)).toEqual({
      iso: "2024-06-20",
      start: 0,
      end: text.length,
      text,
      hijri: { year: 1445, month: 12, day: 12 },
    });
    // without the stated equivalent, the tabular calendar gives the day before
    expect(iso("الخميس 12 ذو الحجة 1445 هـ")).toBe("2024-06-19");
  });

  it("rejects a Hijri day the month does not have", () => {
    expect(iso("30 صفر 1446 هـ")).toBeNull();
  });

  it("reads the Gregorian date a Hijri-first masthead prints after a dash", () => {
    expect(parseArabicDate("الأربعاء - 6 ذو الحجة 1445 هـ - 12 يونيو 2024 م")?.iso).toBe("2024-06-12");
    expect(parseArabicDate("6 ذو الحجة 1445 هـ")?.iso).toBe("2024-06-13");
  });
});

describe("parseArabicDate: relative dates", () => {
  it("needs a reference date", () => {
    expect(iso("منذ ساعتين")).toBeNull();
    expect(iso("أمس")).toBeNull();
  });

  it.each([
    ["منذ ساعتين", "2024-10-06T10:00:00.000Z"],
    ["منذ ساعة", "2024-10-06T11:00:00.000Z"],
    ["منذ 3 ساعات", "2024-10-06T09:00:00.000Z"],
    ["منذ ١٠ دقائق", "2024-10-06T11:50:00.000Z"],
    ["قبل يومين", "2024-10-04"],
    ["منذ 3 أيام", "2024-10-03"],
    ["منذ أسبوع", "2024-09-29"],
    ["أمس", "2024-10-05"],
    ["أول أمس", "2024-10-04"],
    ["5 hours ago", "2024-10-06T07:00:00.000Z"],
    ["il y a 2 heures", "2024-10-06T10:00:00.000Z"],
  ])("%s -> %s", (text, expected) => {
    expect(iso(text, REF)).toBe(expected);
  });

  it("accepts a Date as reference and ignores a relative word without a unit", () => {
    expect(iso("منذ ساعتين", { referenceDate: new Date("2024-10-06T12:00:00Z") })).toBe("2024-10-06T10:00:00.000Z");
    expect(iso("منذ بدء العدوان", REF)).toBeNull();
    expect(iso("منذ 2017", REF)).toBeNull();
    expect(iso("منذ سنوات", REF)).toBeNull();
  });
});

describe("parseArabicDate: what is not a date", () => {
  it("needs a day, a month and a year", () => {
    expect(iso("في يونيو/ حزيران المقبل")).toBeNull();
    expect(iso("في جوان القادم")).toBeNull();
    expect(iso("بين سبتمبر (أيلول) 2017 وفبراير (شباط) 2018")).toBeNull();
    expect(iso("")).toBeNull();
    expect(iso("no date here")).toBeNull();
  });

  it("finds the first date among several", () => {
    const found = parseArabicDate("عقد في 3 مارس 2020 ثم في 4 أبريل 2021");
    expect(found?.iso).toBe("2020-03-03");
  });
});

describe("parseArabicDate: bad input", () => {
  it("throws TypeError on a non-string", () => {
    expect(() => parseArabicDate(42 as unknown as string)).toThrow(new TypeError("text must be a string, got number"));
    expect(() => parseArabicDate(null as unknown as string)).toThrow(TypeError);
  });

  it("throws RangeError on an invalid reference date", () => {
    expect(() => parseArabicDate("أمس", { referenceDate: "not a date" })).toThrow(RangeError);
    expect(() => parseArabicDate("أمس", { referenceDate: 5 as unknown as string })).toThrow(/referenceDate/);
  });
});

describe("parseArabicDate: clocks printed before or glued to the date", () => {
  it("reads a time printed before the date", () => {
    expect(parseArabicDate("21:10-6 يونيو 2024")?.iso).toBe("2024-06-06T21:10");
    expect(parseArabicDate("11:30 م الخميس 13 يونيو 2024")).toMatchObject({
      iso: "2024-06-13T23:30",
      text: "11:30 م الخميس 13 يونيو 2024",
    });
    expect(parseArabicDate("12:05:30 6 يونيو 2024")?.iso).toBe("2024-06-06");
  });

  it("reads a time glued to the year", () => {
    expect(parseArabicDate("8/7/202410:30")).toMatchObject({ iso: "2024-07-08T10:30", text: "8/7/202410:30" });
    expect(parseArabicDate("8/7/20249:05")?.iso).toBe("2024-07-08T09:05");
    expect(parseArabicDate("8/7/202499:30")).toBeNull();
  });

  it("reads a month name between dashes and a time with its zone before the date", () => {
    expect(parseArabicDate("08-Jul-2024")?.iso).toBe("2024-07-08");
    expect(parseArabicDate("12-mars-2024 à 10h30")?.iso).toBe("2024-03-12T10:30");
    expect(parseArabicDate("Updated 10:45 GMT, 08-Jul-2024")?.iso).toBe("2024-07-08T10:45");
    expect(parseArabicDate("08-Jul/2024")).toBeNull();
  });
});
