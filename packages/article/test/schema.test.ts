import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.ts";

const ROOT = join(import.meta.dirname, "../../..");
const schema = JSON.parse(readFileSync(join(ROOT, "docs/article.schema.json"), "utf8")) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

function check(value: unknown): void {
  const ok = validate(value);
  expect(ok, JSON.stringify(validate.errors, null, 2)).toBe(true);
}

describe("docs/article.schema.json", () => {
  const seeds = join(ROOT, "seeds");
  const cases = readdirSync(seeds, { withFileTypes: true }).filter((e) => e.isDirectory());
  // a missing expected file fails the golden test; here every existing one must validate
  const files = cases.map((e) => join(seeds, e.name, "expected.article.json")).filter((file) => existsSync(file));
  it("has golden files to validate", () => {
    expect(files.length).toBeGreaterThanOrEqual(13);
  });
  for (const file of files) {
    it(`validates ${file.slice(seeds.length + 1)}`, () => {
      check(JSON.parse(readFileSync(file, "utf8")));
    });
  }

  it("validates an article with normalized spans and a Hijri date", () => {
    const article = parseArticle(
      "عنوان الخبر هنا اليوم\nالأحد 15 رمضان 1445 هـ\nنص الخبر الأول طويل بما يكفي ليكون فقرة كاملة.",
      {
        normalize: "search",
      },
    );
    expect(article.published?.hijri).toEqual({ year: 1445, month: 9, day: 15 });
    expect(article.title?.normalized).toBeTypeOf("string");
    check(JSON.parse(JSON.stringify(article)));
  });

  it("rejects an article with a span missing its end", () => {
    const article = JSON.parse(
      JSON.stringify(parseArticle("عنوان الخبر هنا\nنص الخبر الأول طويل بما يكفي ليكون فقرة كاملة.")),
    );
    delete article.paragraphs[0].end;
    expect(validate(article)).toBe(false);
  });
});
