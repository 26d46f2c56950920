import { describe, expect, it } from "vitest";
import { lexiconVersion } from "../src/index.ts";
import { of, strip } from "./strip-lines.ts";

const TITLE = "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الجبلية";
const P1 =
  "أعلنت الحكومة، اليوم الأحد، عن خطة جديدة لدعم المزارعين في المناطق الجبلية، تشمل قروضا ميسرة وتوزيع بذور محسنة على صغار الفلاحين.";
const P2 = "وأوضح وزير الفلاحة أن الخطة ستنطلق مطلع الشهر المقبل، وأنها تستهدف أكثر من عشرين ألف أسرة ريفية.";

describe("round 18 chrome (audit of the boilerplate decisions)", () => {
  it("bumps the lexicon to 1.12 or later", () => {
    const [major, minor] = lexiconVersion.split(".").map(Number);
    expect(major! > 1 || minor! >= 12).toBe(true);
  });

  it("reads a short site name above the menu, a ticker or a skip link as the masthead", () => {
    const overMenu = strip("فرانس 24", "الرئيسية | سياسة | اقتصاد | رياضة", TITLE, P1, P2).blocks;
    expect(of(overMenu, "فرانس 24")).toBe("navigation nav:masthead");
    expect(of(overMenu, TITLE)).toBe("heading null");
    const underSkip = strip("Skip to main content", "اندبندنت عربية", "Advertisement", TITLE, P1, P2).blocks;
    expect(of(underSkip, "اندبندنت عربية")).toBe("navigation nav:masthead");
  });

  it("keeps a short title above a date line when no other headline precedes the body", () => {
    const { blocks } = strip("زلزال مدمر", "12 يونيو 2024", P1, P2);
    expect(of(blocks, "زلزال مدمر")).toBe("heading null");
  });

  it("reads a bare e-mail label by the box it stands in", () => {
    const form = strip(TITLE, P1, P2, "Laisser un commentaire", "Nom", "E-mail").blocks;
    expect(of(form, "E-mail")).toBe("comment-form cue:comment-field");
    const share = strip(TITLE, P1, P2, "Share", "Facebook", "Email").blocks;
    expect(of(share, "Email")).toBe("social cue:share");
    const news = strip(TITLE, P1, P2, "اشترك في نشرتنا البريدية", "البريد الإلكتروني").blocks;
    expect(of(news, "البريد الإلكتروني")).toBe("widget cue:subscribe");
  });

  it("removes Jetpack share links and heads a section-more list", () => {
    const share = "Click to share on Facebook (Opens in new window)";
    const items = ["مقتل ثلاثة في اشتباكات بالعاصمة السودانية", "تونس.. جدل حول قانون الجمعيات الجديد"];
    const { blocks, lists } = strip(TITLE, P1, P2, share, "المزيد في سياسة", ...items);
    expect(of(blocks, share)).toBe("social cue:share");
    expect(of(blocks, "المزيد في سياسة")).toBe("list-heading cue:more-news-heading");
    expect(lists.at(-1)?.items.map((i) => i.text)).toEqual(items);
  });
});
