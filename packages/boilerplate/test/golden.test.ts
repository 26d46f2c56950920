/**
 * Golden files: every folder of seeds/ holds one page (`*.txt`); its reviewed expected output is
 * `expected.boilerplate.json` beside it. `UPDATE_SNAPSHOT=1` rewrites them (then review the diff by hand).
 * A folder without an expected file fails.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertSpans, BLOCK_GAP } from "../../../tools/assert-spans.ts";
import { type StripBoilerplateOptions, stripBoilerplate } from "../src/index.ts";

const SEEDS = join(import.meta.dirname, "../../../seeds");
const UPDATE = process.env.UPDATE_SNAPSHOT === "1";

const folders = readdirSync(SEEDS)
  .filter((name) => statSync(join(SEEDS, name)).isDirectory())
  .sort();

function optionsFor(folder: string): StripBoilerplateOptions | undefined {
  const file = join(SEEDS, folder, "options.json");
  if (!existsSync(file)) return undefined;
  const parsed = JSON.parse(readFileSync(file, "utf8")) as { boilerplate?: StripBoilerplateOptions };
  return parsed.boilerplate;
}

describe("golden seeds", () => {
  it("finds the seed folders", () => {
    expect(folders.length).toBeGreaterThanOrEqual(5);
  });

  for (const folder of folders) {
    it(folder, () => {
      const pages = readdirSync(join(SEEDS, folder)).filter((f) => f.endsWith(".txt"));
      expect(pages, `${folder} must hold exactly one .txt page`).toHaveLength(1);
      const input = readFileSync(join(SEEDS, folder, pages[0]!), "utf8");
      const result = stripBoilerplate(input, optionsFor(folder));
      assertSpans(input, result.blocks, { nonOverlapping: true, trimmed: true, gapsMatch: BLOCK_GAP, label: "block" });
      for (const list of result.lists) {
        expect(list.start).toBe(list.heading?.start ?? list.items[0]?.start);
        expect(list.end).toBe(list.items[list.items.length - 1]?.end);
        if (list.heading) assertSpans(input, [list.heading], { trimmed: true, label: "list heading" });
        assertSpans(input, list.items, { nonOverlapping: true, trimmed: true, label: "list item" });
      }
      const expectedFile = join(SEEDS, folder, "expected.boilerplate.json");
      const actual = `${JSON.stringify(result, null, 2)}\n`;
      if (UPDATE) writeFileSync(expectedFile, actual);
      expect(existsSync(expectedFile), `${expectedFile} is missing: run UPDATE_SNAPSHOT=1 and review it`).toBe(true);
      expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(expectedFile, "utf8")));
    });
  }
});

describe("seed expectations reviewed by hand", () => {
  const load = (folder: string) => {
    const dir = readdirSync(SEEDS).find((d) => d.startsWith(folder))!;
    const page = readdirSync(join(SEEDS, dir)).find((f) => f.endsWith(".txt"))!;
    return stripBoilerplate(readFileSync(join(SEEDS, dir, page), "utf8"));
  };

  it("returns the most-read lists of 001 (7 items) and 002 (10 items)", () => {
    const first = load("001_").lists.find((l) => l.kind === "most-read");
    const second = load("002_").lists.find((l) => l.kind === "most-read");
    expect(first?.items).toHaveLength(7);
    expect(second?.items).toHaveLength(10);
    expect(first?.items[0]?.text).toBe("رياح قوية وزوابع رملية على 5 ولايــات");
    expect(second?.items[9]?.text).toBe("الإحتلال الإسرائيلي يغلق معبر الملك حسين الحدودي مع الأردن");
  });

  it("keeps the author's name after the body and drops the spam line (003)", () => {
    const blocks = load("003_").blocks;
    expect(blocks.find((b) => b.text === "إسلام كعبش")?.boilerplate).toBe(false);
    expect(blocks.find((b) => b.text === "Watch Dragon ball super")?.kind).toBe("spam");
    expect(blocks[5]?.duplicateOf).toBe(3);
  });
});
