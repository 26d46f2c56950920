/** The `latin-spam` pass: Latin lines after the body of an Arabic page. */
import { describe, expect, it } from "vitest";
import { INVESTMENT } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

const { TITLE, P1, P2 } = INVESTMENT;

describe("Latin spam after the body", () => {
  it("ends a bare most-read list at a Latin-only line glued under it", () => {
    const spam = "Watch One Piece episode 1100";
    const items = [
      "أسعار النفط تواصل الارتفاع في الأسواق",
      "وزارة التربية تكشف رزنامة الامتحانات",
      "رفع منحة البطالة ابتداء من جويلية",
    ];
    const { blocks, lists } = strip(TITLE, P1, P2, "الأكثر قراءة", ...items, spam);
    expect(lists[0]!.items.map((i) => i.text)).toEqual(items);
    expect(of(blocks, spam)).toBe("spam spam:latin-in-arabic-page");
  });
});
