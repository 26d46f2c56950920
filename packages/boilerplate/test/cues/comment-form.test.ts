/** Comment form cues (`cues/comment-form.ts`). */
import { describe, expect, it } from "vitest";
import { FARMERS } from "../pages.ts";
import { of, strip } from "../strip-lines.ts";

const { TITLE, P1, P2 } = FARMERS;

describe("comment form fields", () => {
  it("names required comment fields and subscribe-on-YouTube rows", () => {
    const blocks = strip(TITLE, P1, P2, "Leave a Reply", "Comment *", "Name *").blocks;
    expect(of(blocks, "Comment *")).toBe("comment-form cue:comment-field");
    const follow = strip(TITLE, P1, P2, "اشترك في «الأخبار» على يوتيوب هنا").blocks;
    expect(of(follow, "اشترك في «الأخبار» على يوتيوب هنا")).toBe("social cue:follow");
  });
});
