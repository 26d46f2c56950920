import { describe, expect, it } from "vitest";
import { leadStems, sharesLead } from "../src/index.ts";

const LEAD = "أعلنت الحكومة الجزائرية اليوم عن خطة جديدة لدعم الفلاحين في الولايات الجنوبية.";

describe("leadStems / sharesLead", () => {
  it("folds, drops function words and cuts clitics and suffixes", () => {
    expect([...leadStems("أعلنت الحكومة الجزائرية عن خطة جديدة")]).toEqual(["اعلنت", "حكوم", "جزاير", "خطه", "جديد"]);
    expect(leadStems("").size).toBe(0);
    expect(leadStems("في من على").size).toBe(0);
  });

  it("tells the article's own headline from another story's", () => {
    const lead = leadStems(LEAD);
    expect(sharesLead("الحكومة الجزائرية تعلن خطة جديدة لدعم الفلاحين", lead)).toBe(true);
    expect(sharesLead("ارتفاع أسعار النفط في الأسواق العالمية", lead)).toBe(false);
    // two shared stems are not enough
    expect(sharesLead("الحكومة الجزائرية ترفع أسعار الوقود", lead)).toBe(false);
    expect(sharesLead("الحكومة الجزائرية تعلن خطة", new Set())).toBe(false);
  });
});
