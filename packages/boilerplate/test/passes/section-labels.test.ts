/** The `section-labels` pass: one-word section names between chrome lines above the title. */
import { describe, expect, it } from "vitest";
import { FARMERS } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

const { TITLE, P1, P2 } = FARMERS;

describe("section labels", () => {
  it("removes a one-word section tag between two chrome lines, keeps one right above the title", () => {
    const blocks = strip("آخر الأخبار", "سياسي", "عاجل", "الرئيسية / أخبار", TITLE, P1, P2).blocks;
    expect(of(blocks, "سياسي")).toBe("navigation nav:section-label");
    const above = strip("الرئيسية / أخبار", "سياسي", TITLE, P1, P2).blocks;
    expect(of(above, "سياسي")).not.toBe("navigation nav:section-label");
  });
});
