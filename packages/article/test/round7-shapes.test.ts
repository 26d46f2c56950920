import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.ts";
import { page } from "./helpers.ts";

const TITLE = "وزارة الصحة تطلق حملة وطنية للتلقيح ضد الحصبة في المدارس";
const P1 =
  "أطلقت وزارة الصحة، صباح الاثنين، حملة وطنية للتلقيح ضد الحصبة تستهدف تلاميذ المدارس الابتدائية في جميع المحافظات.";
const P2 =
  "وقال مدير الوقاية بالوزارة إن الحملة ستستمر ثلاثة أسابيع، وإن فرقا طبية متنقلة ستزور المدارس النائية في الأرياف.";

describe("round 7 shapes", () => {
  it("reads a title printed in presentation-form letters", () => {
    const shaped = "ﻭﺯﺍﺭﺓ ﺍﻟﺼﺤﺔ ﺗﻄﻠﻖ ﺣﻤﻠﺔ ﻭﻃﻨﻴﺔ ﻟﻠﺘﻠﻘﻴﺢ";
    const article = page("الرئيسية / صحة", shaped, shaped, P1, P2);
    expect(article.title?.text).toBe(shaped);
    expect(article.paragraphs).toHaveLength(2);
    expect(parseArticle([shaped, P1].join("\n"), { normalize: "search" }).title?.normalized).toBe(
      "وزاره الصحه تطلق حمله وطنيه للتلقيح",
    );
  });

  it("takes a four-word columnist's name above the headline for the author", () => {
    const article = page("الرئيسية / مقالات", "د. نزار بن سالم", TITLE, P1, P2);
    expect(article.title?.text).toBe(TITLE);
    expect(article.authors.map((a) => a.text)).toEqual(["د. نزار بن سالم"]);
  });

  it("reads a site's glued name before its reporter, and a site in the lead's brackets", () => {
    const credit = page("الرئيسية / صحة", TITLE, "مدار24 - نادين سالم", P1, P2);
    expect(credit.authors.map((a) => a.text)).toEqual(["نادين سالم"]);
    expect(credit.source?.text).toBe("مدار24");
    expect(credit.dateline).toBeNull();
    const lead = page("الرئيسية / صحة", TITLE, `السليمانية (روداو24)- ${P1}`, P2);
    expect(lead.dateline?.text).toBe("السليمانية");
    expect(lead.source?.text).toBe("روداو24");
  });

  it("reads the masthead's reporter after the site name even when the name is a given name", () => {
    const article = page("العربي الجديد", "سياسة", "مجتمع", TITLE, "العربي الجديد - رامي خليل", P1, P2);
    expect(article.authors.map((a) => a.text)).toEqual(["رامي خليل"]);
    expect(article.source?.text).toBe("العربي الجديد");
  });

  it("reads a known place alone on its line under the title as the dateline", () => {
    const article = page("الرئيسية / صحة", TITLE, "عمّان", P1, P2);
    expect(article.dateline?.text).toBe("عمّان");
    expect(article.subtitles).toEqual([]);
  });

  it("reads a news network named with الإخبارية in the lead", () => {
    const article = page("الرئيسية / صحة", TITLE, `رام الله - وطن الإخبارية: ${P1}`, P2);
    expect(article.source?.text).toBe("وطن الإخبارية");
  });
});
