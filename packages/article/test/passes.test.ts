import { afterEach, describe, expect, it, vi } from "vitest";
import type { ArticleState } from "../src/article-state.ts";
import { parseArticle } from "../src/index.ts";
import { PASSES } from "../src/passes/index.ts";

const PAGE = [
  "الرئيسية / رياضة",
  "المنتخب يتأهل إلى النهائي بعد فوز صعب",
  "كتب: سامي خالد",
  "الجزائر - (واج) - تأهل المنتخب الوطني إلى النهائي بعد فوزه أمس على منافسه بهدفين نظيفين.",
  "وقال المدرب إن اللاعبين قدموا مباراة كبيرة رغم صعوبة الظروف.",
].join("\n");

describe("PASSES", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("names every pass once, in kebab-case", () => {
    const ids = PASSES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/u);
  });

  it("gives every pass a one-line doc", () => {
    for (const pass of PASSES) {
      expect(pass.doc.length, pass.id).toBeGreaterThan(20);
      expect(pass.doc, pass.id).not.toContain("\n");
    }
  });

  it("lists the passes in the order the parser's decisions depend on", () => {
    expect(PASSES.map((p) => p.id)).toEqual([
      "body-start",
      "header-lines",
      "title",
      "rescue-title",
      "chrome-bylines",
      "kicker-label",
      "writer-over-title",
      "header-dates",
      "categories",
      "body",
      "body-credits",
      "masthead-dateline",
    ]);
  });

  it("runs every pass once per page, in order, over one shared state", () => {
    const trace: string[] = [];
    const states = new Set<ArticleState>();
    for (const pass of PASSES) {
      const run = pass.run.bind(pass);
      vi.spyOn(pass, "run").mockImplementation((state) => {
        trace.push(pass.id);
        states.add(state);
        run(state);
      });
    }
    const article = parseArticle(PAGE);
    expect(trace).toEqual(PASSES.map((p) => p.id));
    expect(states.size).toBe(1);
    expect(article.title?.text).toBe("المنتخب يتأهل إلى النهائي بعد فوز صعب");
    expect(article.authors.map((a) => a.name)).toEqual(["سامي خالد"]);
  });

  it("runs every pass on a page without Arabic, which keeps nothing", () => {
    const trace: string[] = [];
    for (const pass of PASSES) {
      const run = pass.run.bind(pass);
      vi.spyOn(pass, "run").mockImplementation((state) => {
        trace.push(pass.id);
        run(state);
      });
    }
    const article = parseArticle("Breaking news\nThe minister said on Sunday that the plan will go ahead.");
    expect(trace).toEqual(PASSES.map((p) => p.id));
    expect(article.paragraphs).toEqual([]);
    expect(article.title).toBeNull();
    expect(article.removed.map((r) => r.start)).toEqual([0, 14]);
  });
});
