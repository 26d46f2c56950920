/**
 * Linear time on hostile input: 1 MB of cue lines, of newlines, one 1 MB line, a 1 MB glued token.
 * The bound is generous (time ratio 1 MB vs 100 KB below 30); speed itself is measured in bench/.
 */
import { describe, expect, it } from "vitest";
import { stripBoilerplate } from "../src/index.ts";

/** CPU milliseconds spent (user + system): steadier than wall time on a machine shared with other jobs. */
function timed(input: string): number {
  const start = process.cpuUsage();
  stripBoilerplate(input);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Best of `runs`: the least disturbed by other processes on a loaded machine. */
function best(input: string, runs: number): number {
  return Math.min(...Array.from({ length: runs }, () => timed(input)));
}

/**
 * Time ratio of 1 MB vs 100 KB, or 0 when the 1 MB run is fast in absolute terms (under 1.5 s of CPU):
 * a super-linear pass on 1 MB takes minutes, and below that floor the ratio is only load noise.
 */
function ratio(make: (size: number) => string): number {
  const small = make(100_000);
  const large = make(1_000_000);
  timed(small); // warm up
  const tLarge = best(large, 3);
  if (tLarge < 1_500) return 0;
  // a floor of 5 ms keeps timer noise on very fast inputs from passing for super-linear growth
  return tLarge / Math.max(best(small, 5), 5);
}

const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe("hostile input", () => {
  const cases: Record<string, (size: number) => string> = {
    "cue lines": (size) => repeatTo("الأكثر قراءة\nاقرأ أيضا\n1. عنوان خبر قصير هنا\n", size),
    newlines: (size) => "\n".repeat(size),
    "one long line": (size) => repeatTo("كلمة في من على الأكثر قراءة ", size),
    "one long token": (size) => repeatTo("أخبار", size),
    "separators and markers": (size) => repeatTo("الرئيسية / › » | 1. - • : ", size),
    "headline runs": (size) => repeatTo("عنوان خبر جديد عن الاقتصاد الوطني\n", size),
    "date words": (size) => repeatTo("الأحد 6 أكتوبر 2024 ", size),
    "distinct lines of one length": (size) =>
      Array.from({ length: Math.ceil(size / 12) }, (_, i) => `سطر ${String(i).padStart(7, "0")}`)
        .join("\n")
        .slice(0, size),
  };
  for (const [name, make] of Object.entries(cases)) {
    it(`${name}: 1 MB takes well under 30x the time of 100 KB`, () => {
      expect(ratio(make)).toBeLessThan(30);
    });
  }

  it("a 1 MB line is one block", () => {
    const line = repeatTo("نص ", 1_000_000).trim();
    const result = stripBoilerplate(line);
    expect(result.blocks).toHaveLength(1);
    expect(result.blocks[0]?.kind).toBe("content");
  });
});
