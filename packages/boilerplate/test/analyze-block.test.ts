/** What one block's own text says (`analyze-block.ts`): editor initials, Markdown markup. */
import { describe, expect, it } from "vitest";
import { BUDGET, INVESTMENT } from "./pages.ts";
import { of, strip } from "./strip-lines.ts";

describe("a desk editor's initials", () => {
  it("removes a wire desk's editor codes but leaves a single group of initials", () => {
    const { blocks } = strip(BUDGET.TITLE, BUDGET.P1, BUDGET.P2, "م ع ح / ع ج", "ع. ب");
    expect(of(blocks, "م ع ح / ع ج")).toBe("credit credit:editor-initials");
    expect(blocks.find((b) => b.text === "ع. ب")?.boilerplate).toBe(false);
  });

  it("reads editor codes printed in presentation forms", () => {
    const codes = "ﻡ ﻉ ﺡ / ﻉ ﺝ";
    expect(of(strip(INVESTMENT.TITLE, INVESTMENT.P1, INVESTMENT.P2, codes).blocks, codes)).toBe(
      "credit credit:editor-initials",
    );
  });
});

describe("Markdown markup", () => {
  it("removes a Markdown image line as markup", () => {
    const image = `![${INVESTMENT.TITLE}](https://example.com/a.jpg)`;
    const { blocks } = strip(INVESTMENT.TITLE, image, INVESTMENT.P1, INVESTMENT.P2);
    expect(of(blocks, image)).toBe("widget markup:image");
  });
});
