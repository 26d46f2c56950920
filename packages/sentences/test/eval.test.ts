import { describe, expect, it } from "vitest";
import { assertSpans } from "../../../tools/assert-spans.ts";
import { loadGold, parseGold } from "../eval/gold.ts";
import { endsOfStrings, sbdEnds, sentenceSplitterEnds, sentencexEnds } from "../eval/peers.ts";
import { intlSegmenterEnds, scoreBoundaries } from "../eval/score.ts";
import { splitSentences } from "../src/index.ts";

/** Regressions below this boundary F1 on the hand-written gold set fail CI. */
const F1_FLOOR = 0.97;

describe("gold evaluation", () => {
  const gold = loadGold();
  const sentences = splitSentences(gold.text);

  it("has at least 200 gold boundaries", () => {
    expect(gold.ends.filter((o) => o < gold.text.length).length).toBeGreaterThanOrEqual(200);
  });

  it(`nass reaches boundary F1 >= ${F1_FLOOR} and beats Intl.Segmenter`, () => {
    assertSpans(gold.text, sentences, { nonOverlapping: true, trimmed: true, gapsMatch: /^\s*$/u });
    const nass = scoreBoundaries(
      gold.ends,
      sentences.map((s) => s.end),
      gold.text.length,
    );
    const intl = scoreBoundaries(gold.ends, intlSegmenterEnds(gold.text), gold.text.length);
    expect(nass.f1).toBeGreaterThanOrEqual(F1_FLOOR);
    expect(nass.f1).toBeGreaterThan(intl.f1);
  });

  it("beats every peer splitter the eval runs (sbd, sentence-splitter, sentencex)", () => {
    const nass = scoreBoundaries(
      gold.ends,
      sentences.map((s) => s.end),
      gold.text.length,
    );
    for (const ends of [sbdEnds(gold.text), sentenceSplitterEnds(gold.text), sentencexEnds(gold.text)]) {
      const peer = scoreBoundaries(gold.ends, ends, gold.text.length);
      expect(peer.truePositives).toBeGreaterThan(0);
      expect(nass.f1).toBeGreaterThan(peer.f1);
    }
  });

  it("locates a peer's sentence strings in order, trimmed, skipping what it cannot find", () => {
    const text = "قال: نعم.  ثم ذهب! ولم يعد";
    expect(endsOfStrings(text, [" قال: نعم. ", "غائب", "ثم ذهب!", "ولم يعد"])).toEqual([9, 18, 26]);
  });

  it("parses the gold format: spaces, glued sentences, paragraphs and comments", () => {
    const parsed = parseGold("# comment\nأ.\n+ب.\nج.\n\nد");
    expect(parsed.text).toBe("أ.ب. ج.\nد");
    expect(parsed.ends).toEqual([2, 4, 7, 9]);
    expect([...parsed.lineEnds]).toEqual([7, 9]);
  });

  it("scores boundaries", () => {
    const score = scoreBoundaries([5, 10, 20], [5, 12, 20], 20);
    expect(score).toMatchObject({
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 1,
      precision: 0.5,
      recall: 0.5,
    });
    expect(scoreBoundaries([], [], 10).f1).toBe(0);
  });
});
