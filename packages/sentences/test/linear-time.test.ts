import { describe, expect, it } from "vitest";
import { assertSpans } from "../../../tools/assert-spans.ts";
import { splitSentences } from "../src/index.ts";

const MB = 1 << 20;

/** Fastest wall time of `runs` calls, in ms (the minimum is the least disturbed by other processes). */
function time(fn: () => void, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const adversarial: Record<string, string> = {
  dots: ".",
  "dal-abbreviation": "د. ",
  newlines: "\n",
  "list-markers": "1. ",
  "one-long-line": "كلمة ",
  "glued-initials": "a.",
  "ellipsis-prose": "قال... ",
  "open-quotes": "«",
  "question-runs": "؟!",
  "digits-and-dots": "1.2.",
};

describe("linear time on 1 MB adversarial inputs", () => {
  for (const [name, unit] of Object.entries(adversarial)) {
    it(name, () => {
      const small = unit.repeat(Math.ceil(MB / 10 / unit.length));
      const large = unit.repeat(Math.ceil(MB / unit.length));
      const sentences = splitSentences(large);
      assertSpans(large, sentences, { nonOverlapping: true, trimmed: true, gapsMatch: /^\s*$/u });
      const tSmall = Math.max(
        time(() => splitSentences(small)),
        1,
      );
      const tLarge = time(() => splitSentences(large));
      // 10x the input costs ~10x the time when linear and ~100x when quadratic. A 1 MB run takes a few
      // milliseconds, so on a loaded CI machine the ratio alone is noise: fail only when growth is
      // super-linear AND the 1 MB run is slow in absolute terms (a quadratic pass on 1 MB takes minutes).
      if (tLarge > 1_500) expect(tLarge / tSmall).toBeLessThan(50);
      expect(tLarge).toBeLessThan(10_000);
    });
  }

  it("one 1 MB line with maxLength", () => {
    const large = "كلمة".repeat(MB / 4);
    const pieces = splitSentences(large, { maxLength: 100 });
    expect(pieces).toHaveLength(Math.ceil(large.length / 100));
    assertSpans(large, pieces, { nonOverlapping: true, trimmed: true, gapsMatch: /^\s*$/u });
  });
});
