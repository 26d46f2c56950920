/** Unit tests of the CLI's own modules (decoding, line reading, rendering, progress), imported from src. */
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { decodeBytes, sniffEncoding } from "../src/decode";
import { describeError } from "../src/errors";
import type { Article, HtmlArticle } from "../src/libraries";
import { hasHtmlExtension, isHtml, looksLikeHtml } from "../src/markup";
import { formatBytes, formatDuration, formatProgress } from "../src/progress";
import { type InputLine, type LineBatch, readLineBatches, readLines } from "../src/read-input";
import { escapeMarkdown, renderArticleMarkdown, renderArticleText } from "../src/render-article";
import { extractOptions, runTask, type TaskSpec } from "../src/tasks";

const TEXT = 'الجزائر – ربيعة خريس\r\nيشارك وفد من خبراء جزائريين.\n\n{"id": 1}\n';

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

async function batches(bytes: Buffer, chunkSize: number, target: number): Promise<LineBatch[]> {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  const out: LineBatch[] = [];
  for await (const batch of readLineBatches("-", Readable.from(chunks), target)) out.push(batch);
  return out;
}

/** Decode batches back into (line number, text) pairs the way a worker does. */
async function linesOf(list: LineBatch[]): Promise<[number, string][]> {
  const spec: TaskSpec = {
    command: "normalize",
    format: "text",
    explain: false,
    options: {},
    mode: "jsonl",
    idField: "id",
    textField: "text",
    markup: "text",
    htmlField: null,
    withFile: false,
    encode: false,
  };
  const out: [number, string][] = [];
  for (const batch of list) {
    if (batch.kind === "lines") {
      for (const l of batch.lines) out.push([l.number, l.text]);
      continue;
    }
    // every line here is not JSON, so runTask reports each one with its number: that is the split we check
    const parts = await runTask({ spec, bytes: batch.bytes, file: "-", firstLine: batch.firstLine });
    for (const part of parts) {
      if (!("error" in part)) throw new Error("expected errors only");
      const match = /^<stdin>:(\d+): invalid JSON/.exec(part.error);
      if (!match) throw new Error(part.error);
      out.push([Number(match[1]), ""]);
    }
  }
  return out;
}

describe("readLineBatches", () => {
  const lines = Array.from({ length: 40 }, (_, i) => `سطر رقم ${i + 1} ${"ب".repeat(i * 3)}`);
  const text = `${lines.join("\n")}\n`;

  it.each([1, 5, 64, 4096])("batches whole UTF-8 lines whatever the chunking (%i-byte chunks)", async (size) => {
    for (const bytes of [Buffer.from(text), withBom("utf-8", text)]) {
      const list = await batches(bytes, size, 100);
      if (size <= 64) expect(list.length).toBeGreaterThan(5); // about 100 bytes per batch
      const joined = Buffer.concat(list.map((b) => (b.kind === "utf8" ? b.bytes : Buffer.alloc(0))));
      expect(joined.toString("utf8")).toBe(text);
      for (const b of list) {
        expect(b.kind).toBe("utf8");
        if (b.kind === "utf8") expect(b.bytes.at(-1)).toBe(10);
      }
      expect((await linesOf(list)).map(([n]) => n)).toEqual(lines.map((_, i) => i + 1));
      expect(list.at(-1)?.bytesRead).toBe(bytes.length);
    }
  });

  it("numbers lines across batches, skipping blank ones, and keeps a last line without newline", async () => {
    const input = "a\r\n\n  \nb\nc";
    const list = await batches(Buffer.from(input), 2, 3);
    expect((await linesOf(list)).map(([n]) => n)).toEqual([1, 4, 5]);
  });

  it("decodes UTF-16 input into line batches", async () => {
    for (const encoding of ["utf-16le", "utf-16be"] as const) {
      const list = await batches(withBom(encoding, text), 7, 200);
      expect(list.every((b) => b.kind === "lines")).toBe(true);
      expect(await linesOf(list)).toEqual(lines.map((l, i) => [i + 1, l]));
    }
  });

  it("handles empty and tiny inputs", async () => {
    expect(await batches(Buffer.alloc(0), 1, 10)).toEqual([]);
    expect(await batches(Buffer.from([0xef, 0xbb, 0xbf]), 1, 10)).toEqual([]);
    expect((await linesOf(await batches(Buffer.from("x"), 1, 10))).map(([n]) => n)).toEqual([1]);
  });

  it("reports an invalid UTF-8 line by number, and keeps the others", async () => {
    const bytes = Buffer.concat([Buffer.from("a\n"), Buffer.from([0xc3, 0x28]), Buffer.from("\nc\n")]);
    const list = await batches(bytes, 3, 1000);
    const spec = {
      command: "normalize",
      format: "text",
      explain: false,
      options: {},
      mode: "jsonl",
      idField: "id",
      textField: "text",
      markup: "text",
      htmlField: null,
      withFile: false,
      encode: true,
    } as const;
    const first = list[0]!;
    if (first.kind !== "utf8") throw new Error("expected a UTF-8 batch");
    const parts = await runTask({ spec, bytes: first.bytes, file: "c.jsonl", firstLine: first.firstLine });
    const errors = parts.map((p) => ("error" in p ? p.error : p.docs));
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^c\.jsonl:1: invalid JSON \(/);
    expect(errors[1]).toBe("c.jsonl:2: not valid UTF-8 text");
    expect(errors[2]).toMatch(/^c\.jsonl:3: invalid JSON \(/);
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
      ]
        .join("\n\n")
        .replace(/\n\n$/, "\n"),
    );
  });

  it("renders an empty article as empty output", () => {
    const empty: Article = {
      ...ARTICLE,
      title: null,
      kicker: null,
      subtitles: [],
      authors: [],
      dateline: null,
      published: null,
      paragraphs: [],
    };
    expect(renderArticleText(empty)).toBe("");
    expect(renderArticleMarkdown(empty)).toBe("");
  });

  it("an HtmlArticle without a printed title or date shows its metadata headline and day", () => {
    const html: HtmlArticle = {
      ...ARTICLE,
      title: null,
      kicker: null,
      subtitles: [],
      authors: [],
      dateline: null,
      published: null,
      paragraphs: [],
      text: "",
      headline: "عنوان من البيانات الوصفية",
      publishedDate: "2024-03-03",
    };
    expect(renderArticleText(html)).toBe("عنوان من البيانات الوصفية\n");
    expect(renderArticleMarkdown(html)).toBe("# عنوان من البيانات الوصفية\n\n*2024-03-03*\n");
    const bare = { ...html, headline: null, publishedDate: null };
    expect(renderArticleText(bare)).toBe("");
    expect(renderArticleMarkdown(bare)).toBe("");
    // a printed title and date win over the metadata
    const printed = { ...ARTICLE, headline: "other", publishedDate: "1999-01-01" };
    expect(renderArticleText(printed)).toBe(renderArticleText(ARTICLE));
    expect(renderArticleMarkdown(printed)).toBe(renderArticleMarkdown(ARTICLE));
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
    const known = formatProgress({
      docs: 100,
      bytes: 50 * 1024 * 1024,
      totalBytes: 100 * 1024 * 1024,
      elapsedMs: 10_000,
    });
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

describe("HTML detection", () => {
  it("by extension, in any case", () => {
    for (const name of ["a.html", "dir/b.HTM", "c.xhtml", "/x/Page.Html"]) expect(hasHtmlExtension(name)).toBe(true);
    for (const name of ["a.txt", "-", "html", "a.html.txt", "a.jsonl"]) expect(hasHtmlExtension(name)).toBe(false);
  });

  it("by content: a doctype or <html> first, or a <head>/<body> tag in the first 2 KB", () => {
    const yes = [
      "<!DOCTYPE html><title>x</title>",
      "  \n\t<!doctype HTML>",
      "<!doctype html",
      "<html lang=ar dir=rtl>",
      "<HTML>",
      "<html",
      '<?xml version="1.0"?>\n<head><title>x</title></head>',
      "<!-- saved page -->\n<body class=a>نص</body>",
      "<div>x</div><body>",
      "<head/>",
    ];
    for (const text of yes) expect(looksLikeHtml(text), text).toBe(true);
    const no = [
      "",
      "الرئيسية\nعنوان الخبر",
      "<p>نص</p>",
      "<htmlx>",
      "<!doctype xml>",
      "text <html> later in the first line",
      "<header>عنوان</header>",
      "<bodyguard>",
      `${"نص ".repeat(700)}<body>`,
    ];
    for (const text of no) expect(looksLikeHtml(text), text).toBe(false);
  });

  it("--html and --text force; detection trusts a declared source", () => {
    expect(isHtml("html", "نص", false)).toBe(true);
    expect(isHtml("text", "<!doctype html>", true)).toBe(false);
    expect(isHtml("detect", "نص", true)).toBe(true);
    expect(isHtml("detect", "<html>", false)).toBe(true);
    expect(isHtml("detect", "نص", false)).toBe(false);
  });

  it("maps the run's parseArticle options to extractArticle's", () => {
    expect(extractOptions({})).toEqual({ article: {} });
    expect(extractOptions({ referenceDate: "2024-10-06", hidden: "keep", titleFromMetadata: false })).toEqual({
      hidden: "keep",
      titleFromMetadata: false,
      article: { referenceDate: "2024-10-06" },
    });
    expect(extractOptions({ normalize: "search", article: { normalize: "camel", wordsPerMinute: 100 } })).toEqual({
      article: { normalize: "search", wordsPerMinute: 100 },
    });
    expect(extractOptions({ article: "x", normalize: "search" })).toEqual({ article: "x" });
    expect(extractOptions({ article: null })).toEqual({ article: null });
  });
});
