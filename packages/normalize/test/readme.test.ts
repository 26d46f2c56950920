import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assertSpans } from "../../../tools/assert-spans.ts";
import { type NormalizeOptions, normalize, normalizeWithMap } from "../src/index.ts";

/** The README's before -> after tables, checked row by row so the documentation cannot drift. */
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** `\uXXXX`, `\r`, `\n`, `\t` escapes as written in the README's code spans. */
const unescapeCell = (s: string): string =>
  s
    .replace(/\\u([0-9A-Fa-f]{4})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\\r/g, "\r")
    .replace(/\\n/g, "\n")
    .replace(/\\t/g, "\t");

const code = (cell: string): string | null => {
  const m = /^`(.*)`$/.exec(cell.trim());
  return m ? (m[1] ?? "") : null;
};

const rows = readme
  .split("\n")
  .filter((line) => line.startsWith("| ") && !line.startsWith("| ---"))
  .map((line) =>
    line
      .slice(2, -2)
      .split(" | ")
      .map((cell) => cell.trim()),
  );

const presetRows = rows.filter((r) => r.length === 4 && ["display", "search", "camel"].includes(r[1] ?? ""));
const switchRows = rows.filter((r) => r.length === 3 && /^`\{.*\}`$/.test(r[0] ?? ""));

describe("README preset table", () => {
  it("has a row for every rule", () => {
    expect(presetRows.length).toBeGreaterThanOrEqual(29);
    expect(switchRows.length).toBeGreaterThanOrEqual(8);
  });

  it.each(presetRows.map((r) => [r[0], r] as const))("%s", (_rule, row) => {
    const [, preset, before, after] = row;
    const input = code(before ?? "");
    const expected = code(after ?? "");
    expect(input).not.toBeNull();
    expect(expected).not.toBeNull();
    expect(normalize(unescapeCell(input ?? ""), { preset: preset as "display" })).toBe(unescapeCell(expected ?? ""));
  });

  it.each(switchRows.map((r) => [r[0], r] as const))("%s", (_switch, row) => {
    const [options, before, after] = row;
    const json = (code(options ?? "") ?? "").replace(/(\w+):/g, '"$1":');
    const parsed = JSON.parse(json) as NormalizeOptions;
    expect(normalize(unescapeCell(code(before ?? "") ?? ""), parsed)).toBe(unescapeCell(code(after ?? "") ?? ""));
  });
});

describe("README examples", () => {
  it("use section", () => {
    expect(normalize("ﻷن  الکتاب")).toBe("لأن الكتاب");
    expect(normalize("إِلَى المَدْرَسَةِ ٣", { preset: "search" })).toBe("الي المدرسه 3");
    expect(normalize("إِلَى المَدْرَسَةِ", { preset: "camel" })).toBe("الي المدرسه");
  });

  it("highlighting", () => {
    const page = "وقالت الوزارةُ إنّ نسبة النجاح ارتفعت إلى ٦٠٪";
    const query = normalize("الوزاره", { preset: "search" });
    expect(query).toBe("الوزاره");
    const result = normalizeWithMap(page, { preset: "search" });
    expect(result.text).toBe("وقالت الوزاره ان نسبه النجاح ارتفعت الي 60%");
    const at = result.text.indexOf(query);
    expect(at).toBe(6);
    expect(result.toOriginal(at)).toBe(6);
    const span = result.toOriginalSpan(at, at + query.length);
    expect(span).toEqual({ text: "الوزارةُ", start: 6, end: 14 });
    assertSpans(page, [span], { trimmed: true });
  });
});
