import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertSpans } from "../../../tools/assert-spans.ts";
import { type SplitSentencesOptions, splitSentences } from "../src/index.ts";

const root = join(import.meta.dirname, "fixtures");
const update = process.env.UPDATE_SNAPSHOT === "1";
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("golden fixtures", () => {
  it("has fixtures", () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  for (const name of cases) {
    it(name, () => {
      const dir = join(root, name);
      const input = readFileSync(join(dir, "input.txt"), "utf8");
      const optionsPath = join(dir, "options.json");
      const options: SplitSentencesOptions = existsSync(optionsPath)
        ? (JSON.parse(readFileSync(optionsPath, "utf8")) as SplitSentencesOptions)
        : {};
      const sentences = splitSentences(input, options);
      assertSpans(input, sentences, { nonOverlapping: true, trimmed: true, gapsMatch: /^\s*$/u, label: name });
      for (const sentence of sentences) {
        expect(splitSentences(sentence.text, options).map((s) => s.text)).toEqual([sentence.text]);
      }
      const expectedPath = join(dir, "expected.json");
      if (update) writeFileSync(expectedPath, `${JSON.stringify(sentences, null, 2)}\n`);
      if (!existsSync(expectedPath))
        throw new Error(`${name}: no expected.json; run with UPDATE_SNAPSHOT=1 and review it`);
      expect(sentences).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
    });
  }
});
