/**
 * The four real pages of eval/realpages (other sites' HTML, with a gold body): the printed title and
 * token F1 of the body paragraphs against gold.txt, with exactly the bag-of-tokens metric of
 * tools/eval-pages.mjs. A development set, not fixtures: no rule may be tuned to these strings.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prf, tidy, tokens } from "../../../tools/token-f1.mjs";
import { extractArticle } from "../src/index.ts";
import { assertHtmlSpans } from "./helpers.ts";

const DIR = join(import.meta.dirname, "../../../eval/realpages");
const ids = readdirSync(DIR)
  .filter((id) => existsSync(join(DIR, id, "source.html")))
  .sort();

describe("real pages (eval/realpages/*/source.html)", () => {
  it("holds the four pages", () => {
    expect(ids).toHaveLength(4);
  });
  for (const id of ids) {
    const read = (file: string) => readFileSync(join(DIR, id, file), "utf8");
    it(`${id}: printed title, body F1 >= 0.95, publication day, spans located`, () => {
      const html = read("source.html");
      const want = JSON.parse(read("article.json")) as { title: string; date: string };
      const article = extractArticle(html);
      assertHtmlSpans(html, article);
      expect(tidy(article.title?.text)).toBe(tidy(want.title));
      expect(article.titleSource).toBe("text");
      const score = prf(tokens(article.paragraphs.map((p) => p.text).join("\n")), tokens(read("gold.txt")));
      console.log(`${id}: P ${score.p.toFixed(3)} R ${score.r.toFixed(3)} F1 ${score.f.toFixed(3)}`);
      expect(score.f).toBeGreaterThanOrEqual(0.95);
      expect(article.publishedDate).toBe(want.date);
      expect(article.url).toMatch(/^https:\/\//u);
      // plain-text paragraphs map back to their own characters in the source
      for (const p of article.paragraphs) {
        if (p.htmlEnd - p.htmlStart === p.text.length) expect(html.slice(p.htmlStart, p.htmlEnd)).toBe(p.text);
      }
    });
  }
});
