import { describe, expect, it } from "vitest";
import { lexiconVersion } from "../src/index.ts";
import { of, strip } from "./strip-lines.ts";

const TITLE = "وزير الصحة يفتتح مستشفى جديدا في أسوان بتكلفة 500 مليون جنيه";
const P1 =
  "افتتح وزير الصحة والسكان، اليوم الأحد، مستشفى أسوان التخصصي الجديد بتكلفة بلغت 500 مليون جنيه، بحضور محافظ أسوان.";
const P2 = "وقال الوزير، في كلمته خلال الافتتاح، إن المستشفى يضم 200 سرير و12 غرفة عمليات، ويخدم أكثر من مليون مواطن.";
const H1 = "الحكومة تعلن خطة جديدة لخفض أسعار السلع الأساسية";
const H2 = "الأهلي يفوز على الزمالك في قمة الدوري الممتاز";
const MENU = ["مصراوي", "أخبار", "رياضة", "اقتصاد"];

describe("round 10 chrome", () => {
  it("bumps the lexicon version", () => {
    const [major, minor] = lexiconVersion.split(".").map(Number);
    expect(major === 1 && (minor ?? 0) >= 8).toBe(true);
  });

  it("reads English and Arabic top-stories headings over a strip above the title", () => {
    for (const heading of ["Top Stories", "Top news", "أهم العناوين", "الأخبار الرئيسية"]) {
      const { blocks, lists } = strip(...MENU, heading, H1, H2, TITLE, "الأحد 22 نوفمبر 2026", P1, P2);
      expect(of(blocks, heading)).toBe("list-heading cue:top-news-heading");
      expect(lists[0]!.items.map((i) => i.text)).toEqual([H1, H2]);
      expect(of(blocks, TITLE)).toBe("heading null");
    }
  });

  it("ends a tag box at a contributor's credit", () => {
    const credit = "إعداد: لي وانغ";
    const { blocks } = strip(TITLE, P1, P2, "الكلمات المفتاحية", "الصين", "البرازيل", credit);
    expect(of(blocks, "البرازيل")).toBe("credit tag");
    expect(of(blocks, credit)).toBe("credit credit:contributor");
    const line = "شارك في التغطية: سامي أبو سالم، وأحمد عبد الله";
    expect(of(strip(TITLE, P1, P2, "دلالات", "غزة", line).blocks, line)).toBe("credit cue:contributor");
    // a sentence opening with the same words is prose
    const prose = "شارك في التغطية الإعلامية للمؤتمر أكثر من مئتي صحفي من عشرين بلدا عربيا وأجنبيا.";
    expect(of(strip(TITLE, P1, prose, P2).blocks, prose)).toBe("content null");
  });
});
