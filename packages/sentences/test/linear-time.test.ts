import { describe, expect, it } from "vitest";
import { assertSpans } from "../../../tools/assert-spans.ts";
import { splitSentences } from "../src/index.ts";

const MB = 1 << 20;

/** Median wall time of `runs` calls, in ms. */
function time(fn: () => void, runs = 3): number {
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(runs / 2)]!;
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
      // 10x the input must cost far less than 100x the time (quadratic); allow generous noise.
      expect(tLarge / tSmall).toBeLessThan(30);
    });
  }

  it("one 1 MB line with maxLength", () => {
    const large = "كلمة".repeat(MB / 4);
    const pieces = splitSentences(large, { maxLength: 100 });
    expect(pieces).toHaveLength(Math.ceil(large.length / 100));
    assertSpans(large, pieces, { nonOverlapping: true, trimmed: true, gapsMatch: /^\s*$/u });
  });
});
