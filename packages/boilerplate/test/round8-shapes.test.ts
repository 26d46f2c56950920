import { describe, expect, it } from "vitest";
import { lexiconVersion } from "../src/index.ts";
import { of, strip } from "./strip-lines.ts";

const TITLE = "وزارة الصحة تطلق حملة وطنية للتلقيح ضد الحصبة في المدارس";
const P1 =
  "أطلقت وزارة الصحة، صباح الاثنين، حملة وطنية للتلقيح ضد الحصبة تستهدف تلاميذ المدارس الابتدائية في جميع المحافظات.";
const P2 =
  "وقال مدير الوقاية بالوزارة إن الحملة ستستمر ثلاثة أسابيع، وإن فرقا طبية متنقلة ستزور المدارس النائية في الأرياف.";

describe("round 8 chrome", () => {
  it("bumps the lexicon version", () => {
    expect(lexiconVersion).toBe("1.8.0");
  });

  it("removes French and English skip links", () => {
    for (const skip of ["Passer au contenu principal", "Passer au contenu", "Skip to main"]) {
      const { blocks } = strip(skip, TITLE, P1, P2);
      expect(of(blocks, skip)).toBe("widget cue:widget");
      expect(blocks.find((b) => b.text === TITLE)?.boilerplate).toBe(false);
    }
  });

  it("removes a wire agency's web-summary notice", () => {
    const notice =
      "الأخبار المنشورة على الموقع الإلكتروني لوكالة الأناضول هي ملخص للأخبار المقدمة للمشتركين عبر نظام تدفق الأخبار.";
    const { blocks } = strip(TITLE, P1, P2, notice);
    expect(of(blocks, notice)).toBe("policy cue:disclaimer");
  });

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
