/** Unit tests of the CLI's own modules (decoding, line reading, rendering, progress), imported from src. */
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { decodeBytes, sniffEncoding } from "../src/decode";
import { describeError } from "../src/errors";
import type { Article } from "../src/libraries";
import { formatBytes, formatDuration, formatProgress } from "../src/progress";
import { type InputLine, readLines } from "../src/read-input";
import { escapeMarkdown, renderArticleMarkdown, renderArticleText } from "../src/render-article";

const TEXT = "الجزائر – ربيعة خريس\r\nيشارك وفد من خبراء جزائريين.\n\n{\"id\": 1}\n";

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, "utf16le");
  return le.swap16();
}

function withBom(encoding: "utf-8" | "utf-16le" | "utf-16be", text: string): Buffer {
  if (encoding === "utf-8") return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
  if (encoding === "utf-16le") return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  return Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]);
}

async function collect(bytes: Buffer, chunkSize: number): Promise<InputLine[]> {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  const lines: InputLine[] = [];
  for await (const line of readLines("-", Readable.from(chunks))) lines.push(line);
  return lines;
}

describe("decode", () => {
  it("sniffs BOMs", () => {
    expect(sniffEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: "utf-8", bomLength: 3 });
    expect(sniffEncoding(Buffer.from([0xff, 0xfe, 0x41, 0]))).toEqual({ encoding: "utf-16le", bomLength: 2 });
    expect(sniffEncoding(Buffer.from([0xfe, 0xff, 0, 0x41]))).toEqual({ encoding: "utf-16be", bomLength: 2 });
    expect(sniffEncoding(Buffer.from([0xd8, 0xa7]))).toEqual({ encoding: "utf-8", bomLength: 0 });
    expect(sniffEncoding(new Uint8Array(0))).toEqual({ encoding: "utf-8", bomLength: 0 });
  });

  it.each(["utf-8", "utf-16le", "utf-16be"] as const)("decodes %s with BOM to the same text", (encoding) => {
    expect(decodeBytes(withBom(encoding, TEXT), "x")).toBe(TEXT);
  });

  it("keeps a BOM-less UTF-8 text as is, and rejects invalid bytes", () => {
    expect(decodeBytes(Buffer.from(TEXT, "utf8"), "x")).toBe(TEXT);
    expect(() => decodeBytes(Buffer.from([0x41, 0xc3, 0x28]), "page.txt")).toThrow("page.txt: not valid UTF-8 text");
    expect(() => decodeBytes(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]), "p")).toThrow("p: not valid UTF-16LE text");
  });
});

describe("readLines", () => {
  const expected = [
    { text: "الجزائر – ربيعة خريس", number: 1 },
    { text: "يشارك وفد من خبراء جزائريين.", number: 2 },
    { text: '{"id": 1}', number: 4 },
  ];

  it.each([1, 2, 3, 7, 64, 1 << 16])("splits lines whatever the chunking (chunks of %i bytes)", async (size) => {
    for (const encoding of ["utf-8", "utf-16le", "utf-16be"] as const) {
      const lines = await collect(withBom(encoding, TEXT), size);
      expect(lines.map(({ text, number }) => ({ text, number }))).toEqual(expected);
    }
    const plain = await collect(Buffer.from(TEXT, "utf8"), size);
    expect(plain.map((l) => l.text)).toEqual(expected.map((l) => l.text));
    expect(plain.at(-1)?.bytesRead).toBeLessThanOrEqual(Buffer.byteLength(TEXT));
  });

  it("reads a last line without newline, a CR before EOF, tiny and empty inputs", async () => {
    expect((await collect(Buffer.from("a\nb\r"), 1)).map((l) => l.text)).toEqual(["a", "b"]);
    expect((await collect(Buffer.from("ab"), 1)).map((l) => [l.text, l.number])).toEqual([["ab", 1]]);
    expect(await collect(Buffer.from(""), 1)).toEqual([]);
    expect(await collect(Buffer.from("\n \n"), 1)).toEqual([]);
  });

  it("reports invalid bytes with the line number", async () => {
    await expect(collect(Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0xc3, 0x28, 0x0a]), 2)).rejects.toThrow(
      "<stdin>:3: not valid text in the detected encoding",
    );
  });

  it("reports a missing file", async () => {
    await expect(
      (async () => {
        for await (const _ of readLines("/nonexistent/x.jsonl", Readable.from([]))) {
          // nothing
        }
      })(),
    ).rejects.toThrow("/nonexistent/x.jsonl: no such file or directory");
  });
});

// A hand-written article (the shape of docs/contract.md) for the renderers; reviewed by hand.
const PAGE = "عاجل\nالأمن الوطني\nخطة أمنية موحدة\nتفاصيل الخطة.\n## فقرة\nالجزائر – ربيعة خريس\n";
function span(text: string): { text: string; start: number; end: number } {
  const start = PAGE.indexOf(text);
  return { text, start, end: start + text.length };
}
const ARTICLE: Article = {
  title: span("خطة أمنية موحدة"),
  kicker: span("الأمن الوطني"),
  subtitles: [span("تفاصيل الخطة.")],
  captions: [],
  authors: [{ ...span("ربيعة خريس"), name: "ربيعة خريس" }],
  dateline: span("الجزائر"),
  source: null,
  published: { ...span("عاجل"), iso: "2024-10-06" },
  pageDate: null,
  categories: [],
  paragraphs: [
    { ...span("## فقرة"), kind: "text", sentences: [] },
    { ...span("تفاصيل الخطة."), kind: "subheading", sentences: [] },
  ],
  lists: [],
  removed: [],
  stats: { words: 10, readingMinutes: 1, arabicRatio: 1 },
};

describe("article renderers", () => {
  it("renders plain text", () => {
    expect(renderArticleText(ARTICLE)).toBe(
      "الأمن الوطني\nخطة أمنية موحدة\nتفاصيل الخطة.\n\n## فقرة\n\nتفاصيل الخطة.\n",
    );
  });

  it("renders Markdown with escaped page text", () => {
    expect(renderArticleMarkdown(ARTICLE)).toBe(
      [
        "*الأمن الوطني*",
        "# خطة أمنية موحدة",
        "> تفاصيل الخطة.",
        "*ربيعة خريس · الجزائر · 2024-10-06*",
        "\\## فقرة",
        "## تفاصيل الخطة.",
        "",
      ].join("\n\n").replace(/\n\n$/, "\n"),
    );
  });

  it("renders an empty article as empty output", () => {
    const empty: Article = { ...ARTICLE, title: null, kicker: null, subtitles: [], authors: [], dateline: null, published: null, paragraphs: [] };
    expect(renderArticleText(empty)).toBe("");
    expect(renderArticleMarkdown(empty)).toBe("");
  });

  it("escapes Markdown syntax", () => {
    expect(escapeMarkdown("1. أولا")).toBe("1\\. أولا");
    expect(escapeMarkdown("- بند")).toBe("\\- بند");
    expect(escapeMarkdown("> اقتباس")).toBe("\\> اقتباس");
    expect(escapeMarkdown("a*b_c[d]`e`")).toBe("a\\*b\\_c\\[d\\]\\`e\\`");
    expect(escapeMarkdown("نص عادي")).toBe("نص عادي");
  });
});

describe("progress", () => {
  it("formats bytes and durations", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(200 * 1024 * 1024)).toBe("200.0 MB");
    expect(formatDuration(0)).toBe("0:00");
    expect(formatDuration(75.4)).toBe("1:15");
    expect(formatDuration(3725)).toBe("1:02:05");
  });

  it("shows a bar and ETA when the total is known, rate only otherwise", () => {
    const known = formatProgress({ docs: 100, bytes: 50 * 1024 * 1024, totalBytes: 100 * 1024 * 1024, elapsedMs: 10_000 });
    expect(known).toBe("[##########----------] 50% 100 docs  50.0 MB  5.0 MB/s  10 docs/s  ETA 0:10");
    const unknown = formatProgress({ docs: 3, bytes: 2048, totalBytes: undefined, elapsedMs: 0 });
    expect(unknown).toBe("3 docs  2.0 KB  0 B/s  0 docs/s");
    expect(formatProgress({ docs: 1, bytes: 1, totalBytes: 2, elapsedMs: 1 }, 20)).toHaveLength(19);
  });
});

describe("errors", () => {
  it("describes any thrown value on one line", () => {
    expect(describeError(new Error("a\n  b"))).toBe("a b");
    expect(describeError("plain")).toBe("plain");
    expect(describeError(new Error(""))).toBe("unknown error");
  });
});
