import { describe, expect, it } from "vitest";
import { locateCore, MIN_CORE_WEIGHT } from "../../src/core/locate-core.ts";

describe("locateCore: the maximum-sum run of block weights", () => {
  const valid: [string, number[], { start: number; end: number; weight: number }][] = [
    ["one paragraph between chrome", [-2, -2, 30, -3, -3], { start: 2, end: 3, weight: 30 }],
    ["a short insert inside the article stays in it", [-2, 30, -3, 25, -6, -6], { start: 1, end: 4, weight: 52 }],
    [
      "a menu longer than a stray paragraph is worth keeps them apart",
      [20, -9, -9, -9, 40, 35],
      { start: 4, end: 6, weight: 75 },
    ],
    ["a zero-weight line right after the best run joins it", [-2, 30, 0, -5], { start: 1, end: 3, weight: 30 }],
    ["a zero-weight line before the run does not", [0, 30, -5], { start: 1, end: 2, weight: 30 }],
  ];
  for (const [name, weights, want] of valid) {
    it(name, () => {
      expect(locateCore(weights)).toEqual(want);
    });
  }

  const none: [string, number[]][] = [
    ["an empty page", []],
    ["nothing but chrome", [-2, -5, -1.5]],
    [`a run lighter than ${MIN_CORE_WEIGHT} words`, [-2, MIN_CORE_WEIGHT - 1, -2]],
  ];
  for (const [name, weights] of none) {
    it(`has no core on ${name}`, () => {
      expect(locateCore(weights)).toBeNull();
    });
  }

  it("is linear: a million weights in one pass", () => {
    const weights = Array.from({ length: 1_000_000 }, (_, i) => (i % 2 === 0 ? 10 : -3));
    const core = locateCore(weights);
    expect(core?.start).toBe(0);
    expect(core!.end).toBeGreaterThan(999_990);
  });
});
