/** Invisible format marks: trimmed at line edges (`split-lines.ts`), ignored when matching copies of a line. */
import { describe, expect, it } from "vitest";
import { INVESTMENT } from "./pages.ts";
import { strip } from "./strip-lines.ts";

const { TITLE, P1, P2 } = INVESTMENT;

describe("invisible marks at line edges", () => {
  it("trims invisible marks at line edges and finds the numbered item under them", () => {
    const { blocks, lists } = strip(
      TITLE,
      P1,
      P2,
      "الأكثر قراءة",
      "\u200F  1. أسعار النفط تواصل الارتفاع\u200E",
      "\u061C2. رفع منحة البطالة",
    );
    expect(blocks.map((b) => b.text)).toContain("1. أسعار النفط تواصل الارتفاع");
    expect(lists[0]!.items.map((i) => i.text)).toEqual(["أسعار النفط تواصل الارتفاع", "رفع منحة البطالة"]);
  });
});

describe("copies that differ by invisible marks", () => {
  it("marks a copy differing by an ALM or a word joiner as a duplicate", () => {
    const { blocks } = strip(TITLE, `${TITLE.slice(0, 10)}\u061C${TITLE.slice(10)}`, P1, P2);
    expect(blocks[1]!.duplicateOf).toBe(0);
  });
});
