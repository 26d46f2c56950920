import { describe, expect, it } from "vitest";
import { assertSpans } from "../assert-spans.ts";

const input = "مرحبا بكم. أهلا وسهلا!";
const first = { text: "مرحبا بكم.", start: 0, end: 10 };
const second = { text: "أهلا وسهلا!", start: 11, end: 22 };

describe("assertSpans", () => {
  it("accepts spans that follow the contract", () => {
    expect(() =>
      assertSpans(input, [first, second], { nonOverlapping: true, trimmed: true, gapsMatch: /^\s*$/u }),
    ).not.toThrow();
  });
  it("rejects text that is not the slice", () => {
    expect(() => assertSpans(input, [{ ...first, text: "مرحبا" }])).toThrow(/slice/);
  });
  it("rejects out-of-bounds offsets", () => {
    expect(() => assertSpans(input, [{ text: "", start: 20, end: 99 }])).toThrow(/out of bounds/);
  });
  it("rejects unordered and overlapping spans", () => {
    expect(() => assertSpans(input, [second, first])).toThrow(/before/);
    expect(() =>
      assertSpans(input, [first, { text: "بكم. أهلا", start: 6, end: 15 }], { nonOverlapping: true }),
    ).toThrow(/overlaps/);
  });
  it("rejects untrimmed spans and non-whitespace gaps", () => {
    expect(() => assertSpans(input, [{ text: "مرحبا بكم. ", start: 0, end: 11 }], { trimmed: true })).toThrow(
      /trimmed/,
    );
    expect(() => assertSpans(input, [first], { nonOverlapping: true, gapsMatch: /^\s*$/u })).toThrow(/after the last/);
  });
});
