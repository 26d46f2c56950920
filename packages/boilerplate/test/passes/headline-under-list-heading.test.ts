/** The `headline-under-list-heading` pass: headlines under a list heading above the title. */
import { describe, expect, it } from "vitest";
import { VACCINATION } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

const { TITLE, P1, P2 } = VACCINATION;

describe("headlines under a list heading above the title", () => {
  it("reads unpunctuated headlines under a list heading above the title as the list, not the body", () => {
    const first = "النفط يقفز 3% بعد هجوم على ناقلة في البحر الأحمر";
    const second = "الذهب يتراجع مع صعود الدولار";
    const { blocks, lists } = strip("الرئيسية", "أخبار", "اقتصاد", "الأكثر قراءة", first, second, TITLE, P1, P2);
    expect(of(blocks, first)).toBe("list-item list-item");
    expect(of(blocks, second)).toBe("list-item list-item");
    expect(blocks.find((b) => b.text === TITLE)?.boilerplate).toBe(false);
    expect(lists[0]?.items.map((i) => i.text)).toEqual([first, second]);
  });
});
