/** Kickers: the label right above the title. */
import { describe, expect, it } from "vitest";
import { page } from "./helpers.ts";
import { DROUGHT, INTEREST_RATES, MIGRATION, RAINWATER } from "./pages.ts";

describe("kickers above the title", () => {
  it("takes a format label right above the title as its kicker", () => {
    expect(
      page(...INTEREST_RATES.MENU, "حصري", INTEREST_RATES.TITLE, INTEREST_RATES.P1, INTEREST_RATES.P2).kicker?.text,
    ).toBe("حصري");
    expect(page("Exclusif", INTEREST_RATES.TITLE, INTEREST_RATES.P1, INTEREST_RATES.P2).kicker?.text).toBe("Exclusif");
    expect(
      page("الأربعاء 15 مايو 2024", "فيديو", INTEREST_RATES.TITLE, INTEREST_RATES.P1, INTEREST_RATES.P2).kicker?.text,
    ).toBe("فيديو");
  });

  it("leaves a media label ending a menu, breaking-news labels and sections alone", () => {
    expect(
      page(...INTEREST_RATES.MENU, "فيديو", INTEREST_RATES.TITLE, INTEREST_RATES.P1, INTEREST_RATES.P2).kicker,
    ).toBeNull();
    expect(page("عاجل", INTEREST_RATES.TITLE, INTEREST_RATES.P1, INTEREST_RATES.P2).kicker).toBeNull();
    expect(page("مباشر", INTEREST_RATES.TITLE, INTEREST_RATES.P1, INTEREST_RATES.P2).kicker).toBeNull();
    expect(page("اقتصاد", INTEREST_RATES.TITLE, INTEREST_RATES.P1, INTEREST_RATES.P2).kicker).toBeNull();
  });

  it("takes a press-release label above the title as the kicker", () => {
    expect(page("بيان صحفي", RAINWATER.TITLE, RAINWATER.P1, RAINWATER.P2).kicker?.text).toBe("بيان صحفي");
  });

  it("reads a media label printed again under a menu that lists it as the kicker", () => {
    const article = page("الرئيسية", "سياسة", "فيديو", "رياضة", "فيديو", MIGRATION.TITLE, MIGRATION.P1, MIGRATION.P2);
    expect(article.kicker?.text).toBe("فيديو");
    // the menu's last item is not
    expect(page("الرئيسية", "سياسة", "رياضة", "فيديو", MIGRATION.TITLE, MIGRATION.P1, MIGRATION.P2).kicker).toBeNull();
  });

  it("reads a short line ending with '..' right above the headline as the kicker", () => {
    const article = page("بعد تأخر الأمطار..", DROUGHT.TITLE, DROUGHT.P1, DROUGHT.P2);
    expect(article.kicker?.text).toBe("بعد تأخر الأمطار..");
    expect(article.title?.text).toBe(DROUGHT.TITLE);
    // four words ending with ".." are still the kicker, not the title
    const long = page("بعد تأخر تساقط الأمطار..", DROUGHT.TITLE, DROUGHT.P1, DROUGHT.P2);
    expect(long.kicker?.text).toBe("بعد تأخر تساقط الأمطار..");
    expect(long.title?.text).toBe(DROUGHT.TITLE);
    // the crumb that repeats the kicker is no category
    const crumb = page(
      "الرئيسية / وطنية / بعد تأخر الأمطار..",
      DROUGHT.TITLE,
      "",
      "بعد تأخر الأمطار..",
      DROUGHT.TITLE,
      DROUGHT.P1,
      DROUGHT.P2,
    );
    expect(crumb.categories.map((c) => c.text)).toEqual(["وطنية"]);
    expect(crumb.kicker?.text).toBe("بعد تأخر الأمطار..");
  });
});
