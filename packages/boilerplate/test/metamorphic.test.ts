/**
 * Metamorphic robustness (round 13), block level: layout variations two scrapes of one page differ
 * by must not change how any line is classified. For every page of seeds/ (the five real pages and
 * the hand-written fixtures), each test claims that the blocks (kind, reason, text, duplicate
 * link) and the headline lists (kind, heading, items) are those of the untransformed page; offsets
 * are not compared (they legitimately move).
 */
import { describe, expect, it } from "vitest";
import { readSeedPage, seedCases } from "../../../tools/seed-pages.ts";
import { type StripBoilerplateResult, stripBoilerplate } from "../src/index.ts";

const CASES = seedCases();

function shape(result: StripBoilerplateResult) {
  return {
    blocks: result.blocks.map((b) => [b.kind, b.reason, b.text, b.duplicateOf]),
    lists: result.lists.map((list) => [list.kind, list.heading?.text ?? null, list.items.map((item) => item.text)]),
  };
}

const mapLines = (page: string, f: (line: string, i: number) => string) => page.split("\n").map(f).join("\n");
const EDGES = [" ", "\u00A0", "\t", " \u00A0 ", "\t "];

function invariant(transform: (page: string) => string) {
  for (const name of CASES) {
    it(name, () => {
      const page = readSeedPage(name);
      expect(shape(stripBoilerplate(transform(page)))).toEqual(shape(stripBoilerplate(page)));
    });
  }
}

describe("metamorphic robustness: layout variations keep every block's classification", () => {
  // Blank lines are layout: a page printed without them has the same blocks.
  describe("all blank lines removed", () => invariant((page) => page.replace(/\n[ \t]*(?=\n)/g, "")));
  // Windows line endings split lines as LF does.
  describe("CRLF line endings", () => invariant((page) => page.replace(/\n/g, "\r\n")));
  // A BOM before the first line is not part of its block.
  describe("a BOM at the start", () => invariant((page) => `\uFEFF${page}`));
  // Spaces, NBSP and tabs around lines are trimmed from every block.
  describe("spaces, NBSP and tabs at line edges", () =>
    invariant((page) =>
      mapLines(page, (line, i) =>
        line.trim() === "" ? line : `${EDGES[i % EDGES.length]}${line}${EDGES[(i + 2) % EDGES.length]}`,
      ),
    ));
  // RLM/LRM marks at line starts (copied from RTL widgets) are trimmed like white space: the blocks'
  // texts are the same, so duplicates and list markers are still found.
  describe("RLM/LRM at line starts", () =>
    invariant((page) =>
      mapLines(page, (line, i) => (line.trim() === "" ? line : `${i % 2 ? "\u200E" : "\u200F"}${line}`)),
    ));
  // Lines of NBSP only (the " " separators) hold no block.
  describe("NBSP separator lines removed", () =>
    invariant((page) =>
      page
        .split("\n")
        .filter((line) => /^[ \t]*$/.test(line) || line.trim() !== "")
        .join("\n"),
    ));
});

describe("copies of one line that differ only by invisible characters are duplicates", () => {
  it("a ZWNJ, an RLM or a tatweel inside the second copy", () => {
    const title = "واشنطن تستعجل تعاون الجزائر لمواجهة عودة الدواعش";
    const body =
      "طلبت الإدارة الأمريكية تعاون الحكومة الجزائرية لمواجهة تهديدات عودة المقاتلين من الشرق الأوسط إلى شمال إفريقيا.";
    for (const copy of [
      "واشنطن تستعجل تعا\u200Cون الجزائر لمواجهة عودة الدواعش",
      "واشنطن تستعجل تعاون الجزائر\u200F لمواجهة عودة الدواعش",
      "واشنطن تستعجـل تعاون الجزائر لمواجهة عودة الدواعش",
    ]) {
      const { blocks } = stripBoilerplate([title, copy, body].join("\n"));
      expect(blocks[1]?.duplicateOf).toBe(0);
    }
  });

  it("a line in presentation forms repeats the same line in letters", () => {
    const { blocks } = stripBoilerplate(["الأكثر قراءة", "ﺍﻷﻛﺜﺮ ﻗﺮﺍءﺓ"].join("\n"));
    expect(blocks[1]?.duplicateOf).toBe(0);
  });

  it("different lines are not duplicates", () => {
    const { blocks } = stripBoilerplate(["الأكثر قراءة", "الأكثر مشاهدة"].join("\n"));
    expect(blocks[1]?.duplicateOf).toBeNull();
  });
});
