import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type ParseArticleOptions, parseArticle } from "../src/index.ts";
import { assertArticleSpans } from "./helpers.ts";

const SEEDS = join(import.meta.dirname, "../../../seeds");
const UPDATE = process.env.UPDATE_SNAPSHOT === "1";

const cases = readdirSync(SEEDS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("golden articles (seeds/*/expected.article.json)", () => {
  it("has the five real seeds and at least eight written fixtures", () => {
    expect(cases.filter((name) => /^\d{3}_/.test(name)).length).toBe(5);
    expect(cases.filter((name) => !/^\d{3}_/.test(name)).length).toBeGreaterThanOrEqual(8);
  });

  for (const name of cases) {
    it(name, () => {
      const dir = join(SEEDS, name);
      const page = readdirSync(dir).find((file) => file.endsWith(".txt"));
      expect(page, `${name} has a .txt page`).toBeDefined();
      const text = readFileSync(join(dir, page!), "utf8");
      const optionsFile = join(dir, "options.json");
      const options = (
        existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, "utf8")) : {}
      ) as ParseArticleOptions;
      const article = parseArticle(text, options);
      assertArticleSpans(text, article);
      const expectedFile = join(dir, "expected.article.json");
      const json = `${JSON.stringify(article, null, 2)}\n`;
      if (UPDATE) writeFileSync(expectedFile, json);
      expect(existsSync(expectedFile), `${expectedFile} exists (run with UPDATE_SNAPSHOT=1, then review)`).toBe(true);
      expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(expectedFile, "utf8")));
    });
  }
});
