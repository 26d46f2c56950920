/** The cue lexicon's version (`cues/lexicon-entry.ts`), raised with each change to the built-in cues. */
import { describe, expect, it } from "vitest";
import { lexiconVersion } from "../../src/index.ts";

describe("lexiconVersion", () => {
  it("bumps the lexicon version", () => {
    const [major, minor] = lexiconVersion.split(".").map(Number);
    expect(major === 1 && (minor ?? 0) >= 4).toBe(true);
  });

  it("bumps the lexicon version", () => {
    const [major, minor] = lexiconVersion.split(".").map(Number);
    expect(major === 1 && (minor ?? 0) >= 5).toBe(true);
  });

  it("bumps the lexicon version", () => {
    const [major, minor] = lexiconVersion.split(".").map(Number);
    expect(major === 1 && (minor ?? 0) >= 6).toBe(true);
  });

  it("bumps the lexicon version", () => {
    const [major, minor] = lexiconVersion.split(".").map(Number);
    expect(major === 1 && (minor ?? 0) >= 7).toBe(true);
  });

  it("bumps the lexicon version", () => {
    const [major, minor] = lexiconVersion.split(".").map(Number);
    expect(major === 1 && (minor ?? 0) >= 8).toBe(true);
  });

  it("bumps the lexicon version", () => {
    const [major, minor] = lexiconVersion.split(".").map(Number);
    expect(major === 1 && (minor ?? 0) >= 9).toBe(true);
  });

  it("bumps the lexicon to 1.10 or later", () => {
    const [major, minor] = lexiconVersion.split(".").map(Number);
    expect(major! > 1 || minor! >= 10).toBe(true);
  });

  it("bumps the lexicon to 1.12 or later", () => {
    const [major, minor] = lexiconVersion.split(".").map(Number);
    expect(major! > 1 || minor! >= 12).toBe(true);
  });

  it("bumps the lexicon to 1.13 or later", () => {
    const [major, minor] = lexiconVersion.split(".").map(Number);
    expect(major! > 1 || minor! >= 13).toBe(true);
  });
});
