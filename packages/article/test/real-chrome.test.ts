/**
 * Real chrome around many articles (round 20): the reverse of the chrome-swap test. The five REAL seeds
 * carry the most realistic chrome we have (seed 001/002's "مقالات الواجهة" then a numbered "الأكثر قراءة"
 * list, seed 003's date header, "أخبار عاجلة" ticker, breadcrumb, title printed twice, writer's name,
 * comment form and Latin spam, seed 004's glued menu, "مواضيع مشابهة", "أضف تعليقاً", e-mail notice and
 * "Back to top button", seed 000's "أرسل تعليقك"). Each hand-written fixture's article core (its kicker or
 * title to its last paragraph and closing byline, as its golden says: `realCore`) is wrapped in every real
 * seed's header chrome (its removed lines above its title, `headerChromeOver`) and every real seed's tail
 * (everything after its last paragraph, `tailChrome`), in three layouts:
 *
 * - compact: one block per line;
 * - scraped: blank lines between the blocks and a no-break-space separator line before the first paragraph
 *   and around each chrome line, as seeds 001, 002 and 004 print them;
 * - sidebar first: the footer chrome printed above the title and the header chrome under the body (the
 *   order of a page whose sidebar precedes the article), copies of the seed's title left out.
 *
 * Each page must keep the fixture's title (compared with whitespace collapsed: a two-line title is one
 * headline) and exactly its body paragraphs in order, with no chrome line among them. Left out, as in
 * chrome-swap-cases.ts: fixtures without a body paragraph (nothing to wrap), and over a title-less
 * article (rule 4) only the body is checked, since any headline-shaped chrome line (a Latin spam line in
 * a sidebar included) could be its title. One test per fixture runs all its combinations.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.ts";
import {
  footerChrome,
  headerChrome,
  headerChromeOver,
  isRealSeed,
  loadFixtures,
  type RealCore,
  realCore,
  tailChrome,
  wrap,
} from "./chrome-swap-cases.ts";
import { assertArticleSpans, page } from "./helpers.ts";

const fixtures = loadFixtures();
const seeds = fixtures.filter((f) => isRealSeed(f.name));
const cores = fixtures.filter((f) => !isRealSeed(f.name) && f.golden.paragraphs.length > 0).map((f) => realCore(f));

/** The no-break space of the real seeds' separator lines. */
const NBSP = "\u00a0";

const fold = (text: string | null) => (text === null ? null : text.replace(/\s+/g, " "));

/** Distinct line lists (seeds 000-002 share an empty header). */
function distinct(lists: string[][]): string[][] {
  const seen = new Set<string>();
  return lists.filter((list) => {
    const key = list.join("\n");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Chrome lines as scraped: each between blank lines and no-break-space lines. */
const scraped = (lines: readonly string[]) => lines.flatMap((line) => ["", NBSP, "", line]);

/** The core with blank lines between its lines and a no-break-space line before its first paragraph. */
function scrapedCore(core: RealCore): RealCore {
  const first = core.paragraphs[0] === undefined ? -1 : core.core.indexOf(core.paragraphs[0]);
  const text = first > 0 ? `${core.core.slice(0, first)}${NBSP}\n${core.core.slice(first)}` : core.core;
  return { ...core, core: text.split("\n").join("\n\n") };
}

/** What went wrong with one page, or null. */
function check(core: RealCore, page: string, chrome: readonly string[]): string | null {
  const article = parseArticle(page);
  assertArticleSpans(page, article);
  const paragraphs = article.paragraphs.map((p) => p.text);
  const problems: string[] = [];
  const strays = paragraphs.filter((text) => chrome.includes(text));
  if (strays.length > 0) problems.push(`chrome in the body: ${strays.join(" / ")}`);
  if (paragraphs.join("\n") !== core.paragraphs.join("\n")) problems.push("body changed");
  const title = article.title?.text ?? null;
  if (core.title !== null && fold(title) !== fold(core.title)) problems.push(`title read as ${title}`);
  if (core.title === null && title !== null && core.paragraphs.includes(title)) problems.push("body line as title");
  return problems.length > 0 ? problems.join("; ") : null;
}

describe("real chrome: every written article keeps its title and body in the real seeds' chrome", () => {
  it("wraps the written fixtures in the five real seeds' chrome", () => {
    expect(seeds).toHaveLength(5);
    expect(cores.length).toBeGreaterThan(100);
  });

  const footers = distinct(seeds.map(tailChrome));
  const sideHeaders = distinct(seeds.map(footerChrome));
  const sideFooters = distinct(seeds.map(headerChrome));

  for (const core of cores) {
    it(core.name, () => {
      const failures: string[] = [];
      const spaced = scrapedCore(core);
      const headers = distinct(seeds.map((seed) => headerChromeOver(seed, core.title)));
      headers.forEach((header, h) => {
        footers.forEach((footer, f) => {
          const chrome = header.concat(footer).filter((line) => line !== fold(core.title));
          const compact = check(core, wrap(core, header, footer), chrome);
          if (compact) failures.push(`compact h${h} f${f}: ${compact}`);
          const loose = check(core, wrap(spaced, scraped(header), scraped(footer)), chrome);
          if (loose) failures.push(`scraped h${h} f${f}: ${loose}`);
        });
      });
      sideHeaders.forEach((header, h) => {
        sideFooters.forEach((footer, f) => {
          const side = check(core, wrap(core, header, footer), header.concat(footer));
          if (side) failures.push(`sidebar first h${h} f${f}: ${side}`);
        });
      });
      expect(failures).toEqual([]);
    });
  }
});

describe("a Latin line over an Arabic title", () => {
  const body = "وقال المتحدث باسم الوزارة إن الاجتماع بحث سبل تعزيز التعاون الأمني بين البلدين في المرحلة المقبلة.";
  it("is not the title of an Arabic article", () => {
    const article = page("Watch Dragon ball super", "تنسيق مغاربي لمواجهة عودة الإرهابيين", body);
    expect(article.title?.text).toBe("تنسيق مغاربي لمواجهة عودة الإرهابيين");
    expect(article.paragraphs.map((p) => p.text)).toEqual([body]);
  });
  it("is the title when no Arabic headline is there (a bilingual site's French title)", () => {
    const article = page("Le Maroc renforce sa coopération sécuritaire", body);
    expect(article.title?.text).toBe("Le Maroc renforce sa coopération sécuritaire");
  });
});
