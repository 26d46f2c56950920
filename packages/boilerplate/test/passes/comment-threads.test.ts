/** The `comment-threads` pass: readers' comments under a comments heading. */
import { describe, expect, it } from "vitest";
import { BUDGET } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

const { TITLE, P1, P2 } = BUDGET;

describe("comment threads", () => {
  it("reads readers' comments printed without dates or reply links under a comments heading", () => {
    const { blocks } = strip(
      TITLE,
      P1,
      P2,
      "التعليقات",
      "أبو محمد",
      "كلام جميل لكن الواقع في الأسواق مختلف تماما.",
      "مواطن",
      "ننتظر التطبيق على الأرض",
    );
    expect(of(blocks, "أبو محمد")).toBe("comment-form comment");
    expect(of(blocks, "كلام جميل لكن الواقع في الأسواق مختلف تماما.")).toBe("comment-form comment");
    expect(of(blocks, "ننتظر التطبيق على الأرض")).toBe("comment-form comment");
    expect(of(blocks, P2)).toBe("content null");
  });

  it("keeps a comments heading followed by prose as it was (no name line)", () => {
    const { blocks } = strip(TITLE, P1, "التعليقات", P2);
    expect(of(blocks, P2)).toBe("content null");
  });
});
