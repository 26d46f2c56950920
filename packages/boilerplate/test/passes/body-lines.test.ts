/** The `body-lines` pass: short lines inside the body that are part of it. */
import { describe, expect, it } from "vitest";
import { VISIT } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

const { TITLE, P1, P2 } = VISIT;

describe("body lines", () => {
  it("keeps bulleted points closed by a full stop between paragraphs as body lines", () => {
    const point = "- تمديد ساعات عمل مصالح الاستعجالات.";
    const { blocks } = strip(TITLE, P1, "وأوضح بيان للوزارة أن الإجراءات تشمل ما يلي بالتفصيل:", point, P2);
    expect(of(blocks, point)).toBe("content null");
  });
});
