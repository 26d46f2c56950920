/** The `unpunctuated-title` pass: a title without a full stop above the body. */
import { describe, expect, it } from "vitest";
import { VISIT } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

const { P1, P2 } = VISIT;

describe("unpunctuated titles", () => {
  it("takes an unpunctuated title rich in function words above a punctuated paragraph for the title", () => {
    const title = "بدء توزيع المساعدات الغذائية على المتضررين من الفيضانات في كيهيدي";
    const { blocks } = strip(
      "مقالات الواجهة",
      "وزير الاقتصاد يلتقي بعثة صندوق النقد الدولي",
      "2024-03-28",
      title,
      P1,
      P2,
    );
    expect(of(blocks, title)).toBe("heading null");
    expect(of(blocks, "وزير الاقتصاد يلتقي بعثة صندوق النقد الدولي")).toBe("list-item list-item");
  });
});
