import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticle, extractArticleFromDocument } from "../src/index.ts";

const page = (name: string) => new URL(`../../../eval/realpages/${name}/`, import.meta.url);

describe("extractArticleFromDocument", () => {
  it("reads a document as the markup of its root element", () => {
    const html = readFileSync(new URL("source.html", page("ar04-youm7")), "utf8");
    const want = JSON.parse(readFileSync(new URL("article.json", page("ar04-youm7")), "utf8"));
    const fromDocument = extractArticleFromDocument({ documentElement: { outerHTML: html } });
    expect(fromDocument.title?.text).toBe(want.title);
    expect(fromDocument).toEqual(extractArticle(html));
  });

  it("throws a TypeError for anything that is not a document", () => {
    for (const bad of [null, undefined, {}, { documentElement: null }, { documentElement: { outerHTML: 1 } }]) {
      expect(() => extractArticleFromDocument(bad as never)).toThrow(TypeError);
    }
    expect(() => extractArticleFromDocument(null as never)).toThrow(/documentElement\.outerHTML/);
  });
});
