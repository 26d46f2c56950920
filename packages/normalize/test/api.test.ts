import { Readable, Transform } from "node:stream";
import { describe, expect, it } from "vitest";
import { assertSpans } from "../../../tools/assert-spans.ts";
import {
  camelPreset,
  createNormalizer,
  displayPreset,
  normalize,
  normalizeWithMap,
  presets,
  searchPreset,
} from "../src/index.ts";

describe("bad input", () => {
  it("throws TypeError naming the argument for a non-string", () => {
    expect(() => normalize(42 as unknown as string)).toThrow(new TypeError("text must be a string, got number"));
    expect(() => normalize(null as unknown as string)).toThrow(new TypeError("text must be a string, got null"));
    expect(() => normalizeWithMap(undefined as unknown as string)).toThrow(TypeError);
    expect(() => createNormalizer().push(5 as unknown as string)).toThrow(
      new TypeError("chunk must be a string, got number"),
    );
    expect(() => normalize("x", "search" as never)).toThrow(new TypeError("options must be an object, got string"));
  });

  it("throws RangeError naming the option for an unknown preset or value", () => {
    expect(() => normalize("x", { preset: "nfkc" as never })).toThrow(/preset must be one of/);
    expect(() => normalize("x", { digits: "roman" as never })).toThrow(/digits must be one of "keep", "ascii"/);
    expect(() => normalize("x", { alef: "yes" as never })).toThrow(/alef must be true or false/);
    expect(() => normalize("x", { colour: true } as never)).toThrow(/unknown option "colour"/);
    expect(() => createNormalizer({ quotes: "curly" as never })).toThrow(RangeError);
    expect(() => normalize("x", { preset: "toString" as never })).toThrow(RangeError);
  });

  it("never throws on odd strings", () => {
    for (const text of [
      "",
      "\uD800",
      "\uDFFF\uD800",
      "\u0654",
      "\u0654\u0654",
      "\r",
      "\uFFFF",
      "\u0000",
      "\uFDFD".repeat(3),
    ]) {
      for (const preset of ["display", "search", "camel"] as const) {
        expect(typeof normalize(text, { preset })).toBe("string");
        expect(normalizeWithMap(text, { preset }).toOriginal(0)).toBeGreaterThanOrEqual(0);
      }
    }
    expect(normalize("")).toBe("");
  });
});

describe("long and odd inputs", () => {
  it("keeps lone surrogates in long outputs (the strict decoder's fallback)", () => {
    const text = `${"كَتَبَ ".repeat(200)}\uD800${"ـ".repeat(300)}\uDC00`;
    const out = normalize(text, { preset: "search" });
    expect(out).toBe(`${"كتب ".repeat(200)}\uD800\uDC00`);
    expect(normalizeWithMap(text, { preset: "search" }).text).toBe(out);
  });

  it("orders the first 32 marks of an over-long cluster and stays idempotent and stream-safe", () => {
    const text = `ب${"\u0651\u064E".repeat(25)}ت${"\u0654".repeat(40)}ا\u0653\u0655`;
    const once = normalize(text);
    expect(once.startsWith(`ب${"\u064E".repeat(16)}${"\u0651".repeat(16)}\u0651\u064E`)).toBe(true);
    expect(normalize(once)).toBe(once);
    const n = createNormalizer();
    let streamed = "";
    for (const ch of text) streamed += n.push(ch);
    expect(streamed + n.flush()).toBe(once);
  });
});

describe("presets", () => {
  it("are frozen plain objects that can be spread and overridden", () => {
    expect(Object.isFrozen(displayPreset)).toBe(true);
    expect(presets.search).toBe(searchPreset);
    expect(presets.camel).toBe(camelPreset);
    expect(normalize("أحمد", { ...searchPreset, alef: false })).toBe("أحمد");
    expect(normalize("أحمد", searchPreset)).toBe("احمد");
    expect(normalize("أحمد", { preset: "search" })).toBe("احمد");
  });

  it("ignores options set to undefined and returns the input itself when nothing changes", () => {
    const text = "نص عربي بسيط";
    expect(normalize(text, { preset: "search", alef: undefined })).toBe(text);
    expect(normalize(text)).toBe(text);
  });

  it("handles many distinct option sets (compiled-table cache eviction)", () => {
    for (let k = 0; k < 70; k++) {
      const options = {
        preset: "search" as const,
        alef: k % 2 === 0,
        digits: (["keep", "ascii", "extended"] as const)[k % 3],
        tatweel: k % 5 === 0,
        wawHamza: k % 7 === 0,
      };
      expect(normalize("أ١ـؤ", options)).toBe(
        `${k % 2 === 0 ? "ا" : "أ"}${["١", "1", "۱"][k % 3]}${k % 5 === 0 ? "" : "ـ"}${k % 7 === 0 ? "و" : "ؤ"}`,
      );
    }
  });
});

describe("normalizeWithMap", () => {
  it("maps output indices to input indices, deletions to the next kept character", () => {
    // input:  ك َ ت َ ب َ (6 units) -> output كتب
    const r = normalizeWithMap("كَتَبَ", { preset: "search" });
    expect(r.text).toBe("كتب");
    expect([0, 1, 2, 3].map((i) => r.toOriginal(i))).toEqual([0, 2, 4, 6]);
  });

  it("maps every unit of an expansion to the ligature", () => {
    const r = normalizeWithMap("\uFEFBب");
    expect(r.text).toBe("لاب");
    expect([0, 1, 2, 3].map((i) => r.toOriginal(i))).toEqual([0, 0, 1, 2]);
    expect(r.toOriginalSpan(0, 1)).toEqual({ text: "\uFEFB", start: 0, end: 1 });
    expect(r.toOriginalSpan(1, 1)).toEqual({ text: "", start: 0, end: 0 });
  });

  it("maps a CRLF to the CR and a collapsed space run to its first space", () => {
    const r = normalizeWithMap("ا\r\nب  \u00A0ج");
    expect(r.text).toBe("ا\nب ج");
    expect([0, 1, 2, 3, 4, 5].map((i) => r.toOriginal(i))).toEqual([0, 1, 3, 4, 7, 8]);
  });

  it("returns an identity map when nothing changes", () => {
    const r = normalizeWithMap("abc");
    expect(r.text).toBe("abc");
    expect([0, 1, 2, 3].map((i) => r.toOriginal(i))).toEqual([0, 1, 2, 3]);
  });

  it("rejects indices outside [0, text.length]", () => {
    const r = normalizeWithMap("كَتَبَ", { preset: "search" });
    expect(() => r.toOriginal(4)).toThrow(RangeError);
    expect(() => r.toOriginal(-1)).toThrow(RangeError);
    expect(() => r.toOriginal(1.5)).toThrow(RangeError);
    expect(() => r.toOriginalSpan(2, 1)).toThrow(RangeError);
    expect(() => r.toOriginalSpan(0, 9)).toThrow(RangeError);
  });

  it("highlights a normalized query in the original text", () => {
    const page =
      "أعلنت وزارة التربية الوطنية عن نتائج امتحان شهادة البكالوريا لسنة ٢٠٢٤، وقالت الوزارةُ إنّ نسبة النجاح ارتفعت.";
    const query = normalize("الوزارة", { preset: "search" });
    const r = normalizeWithMap(page, { preset: "search" });
    const spans = [];
    for (let at = r.text.indexOf(query); at >= 0; at = r.text.indexOf(query, at + 1)) {
      spans.push(r.toOriginalSpan(at, at + query.length));
    }
    expect(spans.map((s) => s.text)).toEqual(["الوزارةُ"]);
    assertSpans(page, spans, { nonOverlapping: true, trimmed: true });
    const year = r.text.indexOf("2024");
    expect(r.toOriginalSpan(year, year + 4).text).toBe("٢٠٢٤");
  });
});

describe("createNormalizer", () => {
  const text = "قالَ   المُدِيرُ:\r\n«الکتابُ الجـديد» ﻷن\u200Fه مفيد جدًا یا\r\n";
  const expected = normalize(text, { preset: "search" });

  it("gives the one-shot output, chunk by chunk, unit by unit", () => {
    const n = createNormalizer({ preset: "search" });
    let out = "";
    for (const ch of text) out += n.push(ch);
    out += n.flush();
    expect(out).toBe(expected);
    // reusable after flush
    expect(n.push("") + n.push(text) + n.flush()).toBe(expected);
  });

  it("works as a Node stream Transform", async () => {
    const normalizer = createNormalizer({ preset: "search" });
    const transform = new Transform({
      decodeStrings: false,
      transform(chunk: string, _encoding, callback) {
        callback(null, normalizer.push(chunk));
      },
      flush(callback) {
        callback(null, normalizer.flush());
      },
    });
    const chunks = [text.slice(0, 7), text.slice(7, 20), text.slice(20)];
    let out = "";
    for await (const piece of Readable.from(chunks).pipe(transform)) out += String(piece);
    expect(out).toBe(expected);
  });

  it("works as a Web Streams TransformStream", async () => {
    const normalizer = createNormalizer({ preset: "search" });
    const stream = new TransformStream<string, string>({
      transform(chunk, controller) {
        const out = normalizer.push(chunk);
        if (out) controller.enqueue(out);
      },
      flush(controller) {
        const out = normalizer.flush();
        if (out) controller.enqueue(out);
      },
    });
    const chunks = [text.slice(0, 3), text.slice(3, 31), text.slice(31)];
    const source = new ReadableStream<string>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    let out = "";
    const reader = source.pipeThrough(stream).getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) out += r.value;
    expect(out).toBe(expected);
  });

  it("holds back an unfinished word-final decision and a CR", () => {
    const n = createNormalizer();
    expect(n.push("کی")).toBe("ك");
    expect(n.push("ب\r")).toBe("يب");
    expect(n.push("\nا")).toBe("\n");
    expect(n.flush()).toBe("ا");
  });
});

describe("linear time", () => {
  // best of three runs: the machine is shared, a single run can stall
  const timeOf = (text: string, preset: "display" | "search"): number => {
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      normalize(text, { preset });
      normalizeWithMap(text, { preset });
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };
  it.each([
    ["combining marks after one letter (reordered)", (n: number) => `ب${"\u0651\u064E".repeat(n / 2)}`],
    ["combining hamza runs", (n: number) => `ا${"\u0654".repeat(n)}`],
    ["Farsi yeh + marks", (n: number) => `ی${"\u064E".repeat(n)}ب`],
    ["spaces", (n: number) => " \u00A0".repeat(n / 2)],
    ["ligatures", (n: number) => "\uFDFA".repeat(n / 16)],
  ])("%s: 1 MB finishes and takes less than 60x the time of 100 KB", (_name, make) => {
    // Linear work gives about 10x (up to 30-40x on a loaded machine, when 1 MB of output no longer
    // fits in the CPU caches); a quadratic pass would give 100x and take minutes on 1 MB.
    for (const preset of ["display", "search"] as const) {
      const small = make(100_000);
      const big = make(1_000_000);
      timeOf(small, preset); // warm-up
      const bigTime = timeOf(big, preset);
      expect(bigTime).toBeLessThan(10_000);
      // the ratio is only meaningful once the 1 MB run is slow enough to rise above timer and load noise
      if (bigTime > 1_500) expect(bigTime / Math.max(timeOf(small, preset), 2)).toBeLessThan(60);
    }
  });

  it("streams 1 MB of combining marks pushed in small chunks", () => {
    const text = `ب${"\u0651\u064E".repeat(50_000)}`;
    const n = createNormalizer();
    let out = "";
    for (let at = 0; at < text.length; at += 4096) out += n.push(text.slice(at, at + 4096));
    out += n.flush();
    expect(out).toBe(normalize(text));
  });
});
