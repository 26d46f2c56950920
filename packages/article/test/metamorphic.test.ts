/**
 * Metamorphic robustness (round 13): a scraper's output of the same page varies (blank lines,
 * line endings, invisible marks, digit scripts, presentation forms, an extra menu or footer...).
 * Each test below applies one such variation to the five real seed pages and to some hand-written
 * fixtures, and claims that the parsed article MEANS the same: the texts of title, kicker,
 * subtitles, captions, authors, dateline, source, dates (with their ISO value), categories, the
 * paragraphs (texts and kinds) and the headline lists are those of the untransformed parse, after
 * mapping both sides through the same canonical function where the variation edits the text
 * itself (e.g. digits or tatweel). Offsets are not compared (they legitimately move).
 */
import { describe, expect, it } from "vitest";
import { readSeedPage, seedCases } from "../../../tools/seed-pages.ts";
import { type Article, parseArticle } from "../src/index.ts";
import { assertArticleSpans } from "./helpers.ts";
import {
  addEdgeSpaces,
  addMarksAtLineStarts,
  addMenuAndFooter,
  addZeroWidthJoiners,
  chromeLines,
  crlf,
  doubleBlankLines,
  dropDuplicateLines,
  dropSeparatorLines,
  easternDigits,
  presentationForms,
  removeBlankLines,
  stripListNumbers,
  tatweelInLines,
  withBom,
} from "./metamorphic-transforms.ts";

const CASES = seedCases();

type Canon = (text: string) => string;
const same: Canon = (text) => text;

/**
 * What an article means, as texts: every field the parse fills, mapped through `canon`. White-space
 * runs count as one space: a title printed over two lines is one span whose text holds the raw line
 * break ("\n", "\r\n", " \n\t"), which the layout changes without changing the title.
 */
function meaning(article: Article, mapText: Canon) {
  const canon = (text: string) => mapText(text).replace(/\s+/gu, " ");
  const c = (span: { text: string } | null) => (span ? canon(span.text) : null);
  return {
    title: c(article.title),
    kicker: c(article.kicker),
    subtitles: article.subtitles.map(c),
    captions: article.captions.map(c),
    authors: article.authors.map((a) => [canon(a.text), canon(a.name)]),
    dateline: c(article.dateline),
    source: article.source ? [canon(article.source.text), canon(article.source.name)] : null,
    published: article.published ? [canon(article.published.text), article.published.iso] : null,
    pageDate: article.pageDate ? [canon(article.pageDate.text), article.pageDate.iso] : null,
    categories: article.categories.map(c),
    paragraphs: article.paragraphs.map((p) => [p.kind, canon(p.text)]),
    lists: article.lists.map((list) => [list.kind, c(list.heading), list.items.map(c)]),
  };
}

function parse(text: string): Article {
  const article = parseArticle(text);
  assertArticleSpans(text, article);
  return article;
}

/**
 * Check that `transform` keeps every case's meaning. `canon` maps texts of both parses (the
 * transformation's own edits, e.g. digits, must not count as a change); `pick` may narrow the
 * compared fields for a transformation that legitimately changes some of them.
 */
function invariant(
  transform: (page: string, original: Article) => string,
  canon: Canon = same,
  pick: (m: ReturnType<typeof meaning>) => unknown = (m) => m,
) {
  const changedPages: string[] = [];
  for (const name of CASES) {
    it(name, () => {
      const page = readSeedPage(name);
      const original = parse(page);
      const changed = transform(page, original);
      if (changed !== page) changedPages.push(name);
      expect(pick(meaning(parse(changed), canon))).toEqual(pick(meaning(original, canon)));
    });
  }
  // the claim is not vacuous: the transformation changed some pages, real seeds among them
  it("changes real seed pages", () => {
    expect(changedPages.filter((name) => /^\d{3}_/.test(name)).length).toBeGreaterThan(0);
  });
}

const stripMarks: Canon = (text) => text.replace(/[\u200c-\u200f]/g, "");
const stripTatweel: Canon = (text) => text.replace(/\u0640/g, "");
const nfkc: Canon = (text) => text.normalize("NFKC");
const asciiDigits: Canon = (text) => text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));

describe("metamorphic robustness: variations a scraper makes keep the article's meaning", () => {
  it("runs on the five real seeds", () => {
    expect(CASES.filter((name) => /^\d{3}_/.test(name))).toHaveLength(5);
  });
  // 1. Blank lines between blocks are layout, not content: a page printed without them is the same page.
  describe("1. all blank lines removed", () => invariant(removeBlankLines));
  // 2. Doubling every blank line changes no block.
  describe("2. every blank line doubled", () => invariant(doubleBlankLines));
  // 3. Windows line endings (CRLF) split lines as LF does.
  describe("3. CRLF line endings", () => invariant(crlf));
  // 4. A byte-order mark before the first line is not part of its text.
  describe("4. a BOM at the start", () => invariant(withBom));
  // 5. Spaces, NBSP and tabs at both ends of lines are trimmed from every block.
  describe("5. spaces, NBSP and tabs at line starts and ends", () => invariant(addEdgeSpaces));
  // 6. RLM/LRM marks at line starts (copied from RTL widgets) change no reading: texts compared
  //    without the marks.
  describe("6. RLM/LRM at line starts", () => invariant(addMarksAtLineStarts, stripMarks));
  // 7. ZWNJ/ZWJ inside words are invisible: texts compared without them.
  describe("7. ZWNJ/ZWJ inside words", () => invariant(addZeroWidthJoiners, stripMarks));
  // 8. Tatweel stretching the words of chrome lines ("الأكثـر قراءة") is still chrome: texts
  //    compared without tatweel.
  describe("8. tatweel inside chrome words", () =>
    invariant((page, original) => tatweelInLines(page, chromeLines(original, page)), stripTatweel));
  // 9. Chrome lines written in Arabic presentation forms (old CMSs, PDF copies) are still chrome:
  //    texts compared after NFKC, which maps presentation forms back to letters.
  describe("9. presentation forms in chrome lines", () =>
    invariant((page, original) => presentationForms(page, chromeLines(original, page)), nfkc));
  // 10. Three more menu lines above the page and a copyright footer below it are chrome: the
  //     article is unchanged.
  describe("10. extra menu lines above and a footer below", () => invariant(addMenuAndFooter));
  // 11. The title (or a caption) the page prints twice above the body, printed once: the title, body,
  //     byline, dates, categories and lists are unchanged, and every header line stays in the
  //     article's header. Which header field a line fills may change, because the doubling was the
  //     evidence: "الجيش الوطني الشعبي" printed twice under the deck (001/002: an image's alt text and
  //     caption) is a caption, printed once it cannot be told from a subtitle; and 003's colon-ended
  //     kicker, left under the title once the title's second copy is gone, reads as a subtitle. So
  //     kicker, subtitles and captions are compared as one set of header lines.
  describe("11. the second copy of a doubled line removed", () =>
    invariant(dropDuplicateLines, same, (m) => {
      const { kicker, subtitles, captions, ...rest } = m;
      const header = [kicker, ...subtitles, ...captions].filter((line) => line !== null).sort();
      return { ...rest, header };
    }));
  // 12. The NBSP-only separator lines carry no text.
  describe("12. NBSP separator lines removed", () => invariant(dropSeparatorLines));
  // 13. Arabic-Indic digits (٠-٩) everywhere read as the same numbers: texts compared with ASCII
  //     digits; ISO dates must be equal.
  describe("13. Eastern Arabic digits", () => invariant(easternDigits, asciiDigits));
  // 14. A headline list ("الأكثر قراءة") printed without its numbers ("1." / "  1.") is the same list.
  describe("14. list items without numbers", () => invariant(stripListNumbers));
});
