/**
 * The commands on the seed pages, run as a process and checked against the reviewed goldens in `seeds/`
 * (expected.article.json, expected.boilerplate.json) and against the libraries called in-process.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertSpans } from "../../../tools/assert-spans.ts";
import type { Article, Block, HtmlArticle, Span, StripResult } from "../src/libraries";
import { renderArticleMarkdown, renderArticleText } from "../src/render-article";
import { expectCleanStderr, library, nass, REAL_HTML, type Seed, seeds, tempDir } from "./helpers";

type Fn<T> = (text: string, options?: Record<string, unknown>) => T;
const parseArticle = await library<Fn<Article>>("@nass/article", "parseArticle");
const normalize = await library<Fn<string>>("@nass/normalize", "normalize");
const splitSentences = await library<Fn<Span[]>>("@nass/sentences", "splitSentences");
const stripBoilerplate = await library<Fn<StripResult>>("@nass/boilerplate", "stripBoilerplate");
const extractArticle = await library<Fn<HtmlArticle>>("@nass/html", "extractArticle");

const SEEDS = seeds();
const SEED = SEEDS[0]!;

function optionsOf(seed: Seed): Record<string, unknown> {
  const file = join(seed.dir, "options.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>) : {};
}

function optionArgs(seed: Seed): string[] {
  const file = join(seed.dir, "options.json");
  return existsSync(file) ? ["--options", file] : [];
}

function jsonLines(stdout: string): unknown[] {
  expect(stdout.endsWith("\n")).toBe(true);
  return stdout
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as unknown);
}

function ok(args: string[], input?: string | Buffer): string {
  const r = nass(args, input === undefined ? {} : { input });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return r.stdout;
}

it("has seed pages to test with", () => {
  expect(SEEDS.length).toBeGreaterThanOrEqual(5);
});

/**
 * Run `nass ...args` once on many seeds (several files: JSON Lines with a `file` field, on 2 jobs) and
 * return each seed's result; memoized so each command line runs once. One seed alone runs in single mode.
 */
const memo = new Map<string, Map<string, unknown>>();
function perSeed(args: string[], list: readonly Seed[], json: boolean): Map<string, unknown> {
  const key = JSON.stringify([args, list.map((s) => s.path)]);
  let results = memo.get(key);
  if (results === undefined) {
    results = new Map();
    if (list.length === 1) {
      const out = ok([...args, list[0]!.path]);
      results.set(list[0]!.path, json ? JSON.parse(out) : out);
    } else {
      const lines = jsonLines(ok([...args, "--jobs", "2", ...list.map((s) => s.path)])) as {
        file: string;
        result: unknown;
      }[];
      expect(lines.map((l) => l.file)).toEqual(list.map((s) => s.path));
      for (const line of lines) results.set(line.file, line.result);
    }
    memo.set(key, results);
  }
  return results;
}

/** The seeds grouped by their options.json (parse runs each group with `--options`). */
function byOptions(): [string[], Seed[]][] {
  const groups = new Map<string, Seed[]>();
  for (const seed of SEEDS) {
    const key = JSON.stringify(optionArgs(seed));
    groups.set(key, [...(groups.get(key) ?? []), seed]);
  }
  return [...groups].map(([key, list]) => [JSON.parse(key) as string[], list]);
}

function parsed(format: "json" | "text" | "markdown", seed: Seed): unknown {
  const group = byOptions().find(([, list]) => list.includes(seed))!;
  return perSeed(["parse", "-f", format, ...group[0]], group[1], format === "json").get(seed.path);
}

describe("parse", () => {
  it.each(SEEDS.map((s) => [s.name, s] as const))("%s: JSON matches the reviewed golden", (_name, seed) => {
    const article = parsed("json", seed) as Article;
    const golden = join(seed.dir, "expected.article.json");
    const expected = existsSync(golden)
      ? JSON.parse(readFileSync(golden, "utf8"))
      : JSON.parse(JSON.stringify(parseArticle!(seed.text, optionsOf(seed))));
    expect(article).toEqual(expected);
    assertSpans(seed.text, article.paragraphs, { nonOverlapping: true, trimmed: true, label: "paragraph" });
  });

  it("one file prints the article as pretty JSON", () => {
    const out = ok(["parse", SEED.path]);
    expect(out).toBe(`${JSON.stringify(parseArticle!(SEED.text), null, 2)}\n`);
  });

  it("--format text and markdown render the article", () => {
    for (const seed of SEEDS) {
      const article = parseArticle!(seed.text, optionsOf(seed));
      expect(parsed("text", seed)).toBe(renderArticleText(article));
      expect(parsed("markdown", seed)).toBe(renderArticleMarkdown(article));
    }
    expect(ok(["parse", "--format", "markdown", SEED.path])).toBe(renderArticleMarkdown(parseArticle!(SEED.text)));
  });

  it("passes --reference-date and --normalize to parseArticle", () => {
    const options = { referenceDate: "2024-10-06", normalize: "search" };
    const out = ok(["parse", "--reference-date", "2024-10-06", "--normalize", "search", SEED.path]);
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(parseArticle!(SEED.text, options))));
  });

  it("a directory gives one JSON line per *.txt file, sorted, with a file field", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "b", "deep"), { recursive: true });
    writeFileSync(join(dir, "b", "deep", "page.txt"), SEEDS[1]!.text);
    writeFileSync(join(dir, "a.txt"), SEEDS[2]!.text);
    writeFileSync(join(dir, "c.txt"), SEEDS[3]!.text);
    writeFileSync(join(dir, "notes.md"), "# not a page");
    const lines = jsonLines(ok(["parse", "--jobs", "2", dir])) as { file: string; result: Article }[];
    expect(lines.map((l) => l.file)).toEqual([
      join(dir, "a.txt"),
      join(dir, "b", "deep", "page.txt"),
      join(dir, "c.txt"),
    ]);
    expect(lines.map((l) => l.result)).toEqual(
      [2, 1, 3].map((i) => JSON.parse(JSON.stringify(parseArticle!(SEEDS[i]!.text)))),
    );
  });

  it("several files give JSON lines in argument order (also with --jobs 1)", () => {
    const files = [SEEDS[4]!, SEEDS[0]!];
    const lines = jsonLines(ok(["parse", "-f", "text", "-j", "1", ...files.map((s) => s.path)]));
    expect(lines).toEqual(files.map((s) => ({ file: s.path, result: renderArticleText(parseArticle!(s.text)) })));
  });
});

describe("normalize", () => {
  it.each(["display", "search", "camel"])("--preset %s matches the library", (preset) => {
    const results = perSeed(["normalize", "--preset", preset], SEEDS, false);
    for (const seed of SEEDS) expect(results.get(seed.path)).toBe(normalize!(seed.text, { preset }));
    expect(ok(["normalize", "-p", preset, SEED.path])).toBe(normalize!(SEED.text, { preset }));
  });

  it("reads stdin (no operand and -)", () => {
    const expected = normalize!(SEED.text, { preset: "display" });
    expect(ok(["normalize"], SEED.text)).toBe(expected);
    expect(ok(["normalize", "-"], SEED.text)).toBe(expected);
  });

  it.each([
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SEED.text, "utf8")])],
    ["UTF-16 LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED.text, "utf16le")])],
    ["UTF-16 BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SEED.text, "utf16le").swap16()])],
  ])("decodes %s (file and stdin) like plain UTF-8", (_name, encoded) => {
    const dir = tempDir();
    writeFileSync(join(dir, "page.txt"), encoded);
    const expected = normalize!(SEED.text);
    expect(ok(["normalize", join(dir, "page.txt")])).toBe(expected);
    expect(ok(["normalize"], encoded)).toBe(expected);
  });
});

const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029]/g;

describe("sentences", () => {
  it("prints one sentence per line", () => {
    const results = perSeed(["sentences"], SEEDS, false);
    for (const seed of SEEDS) {
      const expected = splitSentences!(seed.text).map((s) => s.text.replace(LINE_BREAKS, " "));
      expect(results.get(seed.path)).toEqual(expected);
    }
    const single = splitSentences!(SEED.text).map((s) => `${s.text.replace(LINE_BREAKS, " ")}\n`);
    expect(ok(["sentences", SEED.path])).toBe(single.join(""));
  });

  it("--format json gives spans with offsets into the input", () => {
    const results = perSeed(["sentences", "--format", "json"], SEEDS, true);
    for (const seed of SEEDS) {
      const spans = results.get(seed.path) as Span[];
      expect(spans).toEqual(splitSentences!(seed.text));
      assertSpans(seed.text, spans, { nonOverlapping: true, trimmed: true, gapsMatch: /^\s*$/u });
    }
    const stdin = JSON.parse(ok(["sentences", "--format", "json"], SEED.text)) as Span[];
    expect(stdin).toEqual(splitSentences!(SEED.text));
  });
});

describe("strip", () => {
  /** The boilerplate golden runs with the `boilerplate` key of the case's options.json. */
  function boilerplateOptions(seed: Seed): Record<string, unknown> | undefined {
    return optionsOf(seed).boilerplate as Record<string, unknown> | undefined;
  }

  it.each(SEEDS.map((s) => [s.name, s] as const))("%s: --format json matches the reviewed golden", (_name, seed) => {
    const options = boilerplateOptions(seed);
    let result: StripResult;
    if (options === undefined) {
      result = perSeed(
        ["strip", "--format", "json"],
        SEEDS.filter((s) => boilerplateOptions(s) === undefined),
        true,
      ).get(seed.path) as StripResult;
    } else {
      const file = join(tempDir(), "options.json");
      writeFileSync(file, JSON.stringify(options));
      result = JSON.parse(ok(["strip", "--format", "json", "--options", file, seed.path])) as StripResult;
    }
    const golden = join(seed.dir, "expected.boilerplate.json");
    const expected = existsSync(golden)
      ? JSON.parse(readFileSync(golden, "utf8"))
      : JSON.parse(JSON.stringify(stripBoilerplate!(seed.text, options ?? {})));
    expect(result).toEqual(expected);
    assertSpans(seed.text, result.blocks, { nonOverlapping: true, trimmed: true, label: "block" });
  });

  it("prints the kept text", () => {
    const results = perSeed(["strip"], SEEDS, false);
    for (const seed of SEEDS) expect(results.get(seed.path)).toBe(stripBoilerplate!(seed.text).text);
    const kept = stripBoilerplate!(SEED.text).text;
    expect(ok(["strip", SEED.path])).toBe(kept.length === 0 || kept.endsWith("\n") ? kept : `${kept}\n`);
  });

  it("--explain lists every removed block with offsets, kind and reason", () => {
    const structured = perSeed(["strip", "--explain"], SEEDS, false);
    for (const seed of SEEDS) {
      const result = stripBoilerplate!(seed.text);
      const removed = result.blocks.filter((b: Block) => b.boilerplate);
      expect(structured.get(seed.path)).toEqual({
        text: result.text,
        removed: removed.map((b) => ({ text: b.text, start: b.start, end: b.end, kind: b.kind, reason: b.reason })),
      });
      if (seed !== SEED && seed !== SEEDS[1]) continue; // the TSV view of one file: two seeds are enough
      const lines = ok(["strip", "--explain", seed.path])
        .split("\n")
        .filter((l) => l.length > 0);
      expect(lines).toHaveLength(removed.length);
      lines.forEach((line, i) => {
        const [range, kind, reason, text] = line.split("\t");
        const block = removed[i]!;
        expect(range).toBe(`${block.start}-${block.end}`);
        expect(kind).toBe(block.kind);
        expect(reason).toBe(block.reason ?? "-");
        expect(text).toBe(seed.text.slice(block.start, block.end));
        assertSpans(seed.text, [{ text: text!, start: block.start, end: block.end }]);
      });
    }
  });
});

/** A corpus of `n` records made from the seeds, with varied sizes so workers finish out of order. */
function corpus(
  n: number,
  idField = "id",
  textField = "text",
): { records: { id: string; text: string }[]; jsonl: string } {
  const records = Array.from({ length: n }, (_, i) => {
    const seed = SEEDS[i % SEEDS.length]!;
    const text = i % 3 === 0 ? seed.text.repeat(1 + (i % 7)) : seed.text.slice(0, 200 + i * 37);
    return { id: `doc-${i}`, text };
  });
  const jsonl = records.map((r) => JSON.stringify({ [idField]: r.id, extra: true, [textField]: r.text })).join("\n");
  return { records, jsonl: `${jsonl}\n` };
}

describe("corpus mode (--jsonl)", () => {
  it("keeps input order under --jobs 2 and matches --jobs 1", () => {
    const { records, jsonl } = corpus(240);
    const two = ok(["sentences", "--jsonl", "--jobs", "2", "--format", "json"], jsonl);
    const one = ok(["sentences", "--jsonl", "--jobs", "1", "--format", "json"], jsonl);
    expect(two).toBe(one);
    // two workers plus the main thread: batches run on all three, output still in input order
    expect(ok(["sentences", "--jsonl", "--jobs", "3", "--format", "json"], jsonl)).toBe(one);
    const lines = jsonLines(two) as { id: string; result: Span[] }[];
    expect(lines.map((l) => l.id)).toEqual(records.map((r) => r.id));
    lines.forEach((line, i) => {
      expect(line.result).toEqual(splitSentences!(records[i]!.text));
      assertSpans(records[i]!.text, line.result, { nonOverlapping: true });
    });
  });

  it("reads files and directories of *.jsonl, custom field names, ids default to the line number", () => {
    const dir = tempDir();
    const { records, jsonl } = corpus(7, "doc", "body");
    writeFileSync(join(dir, "b.jsonl"), jsonl);
    writeFileSync(join(dir, "a.jsonl"), `${JSON.stringify({ body: SEED.text })}\n`);
    writeFileSync(join(dir, "skip.txt"), "not read");
    const out = ok(["sentences", "--jsonl", "--id-field", "doc", "--text-field", "body", "-j", "2", dir]);
    const lines = jsonLines(out) as { file: string; id: unknown; result: string[] }[];
    expect(lines[0]).toEqual({
      file: join(dir, "a.jsonl"),
      id: 1,
      result: splitSentences!(SEED.text).map((s) => s.text),
    });
    expect(lines.slice(1).map((l) => [l.file, l.id])).toEqual(records.map((r) => [join(dir, "b.jsonl"), r.id]));
  });

  it("stops at an invalid line after writing the lines before it", () => {
    const { records, jsonl } = corpus(5);
    const broken = jsonl.split("\n");
    broken.splice(3, 0, '{"id": "bad", "text": "نص');
    const r = nass(["sentences", "--jsonl", "--jobs", "2"], { input: broken.join("\n") });
    expect(r.code).toBe(1);
    expect((jsonLines(r.stdout) as { id: string }[]).map((l) => l.id)).toEqual(records.slice(0, 3).map((x) => x.id));
    const errors = expectCleanStderr(r.stderr);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^nass: <stdin>:4: invalid JSON \(/);
  });

  it("--skip-errors goes on and counts the errors", () => {
    const { records, jsonl } = corpus(5);
    const broken = jsonl.split("\n");
    broken.splice(1, 0, "{oops");
    broken.splice(4, 0, '{"id": 9}');
    const r = nass(["sentences", "--jsonl", "--skip-errors", "-j", "2"], { input: broken.join("\n") });
    expect(r.code).toBe(0);
    expect((jsonLines(r.stdout) as { id: string }[]).map((l) => l.id)).toEqual(records.map((x) => x.id));
    const errors = expectCleanStderr(r.stderr);
    expect(errors[0]).toMatch(/^nass: <stdin>:2: invalid JSON/);
    expect(errors[1]).toBe('nass: <stdin>:5: missing text field "text"');
    expect(errors[2]).toBe("nass: 2 errors skipped (--skip-errors)");
  });

  it("reads UTF-8 with BOM and UTF-16 corpora like plain UTF-8, and skips an invalid UTF-8 line", () => {
    const { jsonl } = corpus(30);
    const expected = ok(["sentences", "--jsonl", "-j", "2"], jsonl);
    const encodings: [string, Buffer][] = [
      ["UTF-8 BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(jsonl, "utf8")])],
      ["UTF-16LE", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(jsonl, "utf16le")])],
      ["UTF-16BE", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(jsonl, "utf16le").swap16()])],
    ];
    for (const [, bytes] of encodings) {
      expect(ok(["sentences", "--jsonl", "-j", "2"], bytes)).toBe(expected);
      expect(ok(["sentences", "--jsonl", "-j", "1"], bytes)).toBe(expected);
    }
    const lines = jsonl.split("\n");
    const broken = Buffer.concat([
      Buffer.from(`${lines.slice(0, 2).join("\n")}\n`),
      Buffer.from([0x7b, 0xc3, 0x28, 0x7d, 0x0a]),
      Buffer.from(lines.slice(2).join("\n")),
    ]);
    const r = nass(["sentences", "--jsonl", "-j", "2", "--skip-errors"], { input: broken });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected);
    expect(expectCleanStderr(r.stderr)).toEqual([
      "nass: <stdin>:3: not valid UTF-8 text",
      "nass: 1 error skipped (--skip-errors)",
    ]);
  });

  it("-o writes the same bytes as stdout, atomically (no temporary left)", () => {
    const { jsonl } = corpus(12);
    const dir = tempDir();
    const out = join(dir, "out.jsonl");
    const stdout = ok(["sentences", "--jsonl", "-j", "2"], jsonl);
    expect(ok(["sentences", "--jsonl", "-j", "2", "-o", out], jsonl)).toBe("");
    expect(readFileSync(out, "utf8")).toBe(stdout);
    expect(readdirSync(dir)).toEqual(["out.jsonl"]);
  });

  it("--stats prints counters and peak RSS on stderr", () => {
    const { records, jsonl } = corpus(10);
    const r = nass(["sentences", "--jsonl", "--stats", "-j", "2"], { input: jsonl });
    expect(r.code).toBe(0);
    const match = /^nass-stats (\{.*\})$/m.exec(r.stderr);
    expect(match).not.toBeNull();
    const stats = JSON.parse(match![1]!) as {
      docs: number;
      bytes: number;
      errors: number;
      maxRssKB: number;
      jobs: number;
    };
    expect(stats.docs).toBe(records.length);
    expect(stats.bytes).toBe(Buffer.byteLength(jsonl));
    expect(stats.errors).toBe(0);
    expect(stats.jobs).toBe(2);
    expect(stats.maxRssKB).toBeGreaterThan(1000);
  });
});

describe("HTML input (parse and strip)", () => {
  const html = readFileSync(REAL_HTML, "utf8");
  const TITLE = "أصدقاء الطيار الأمريكي آرون بوشنيل يكافحون لاستيعاب حرقه لنفسه دعماً لغزة";
  const extracted = (page: string, options?: Record<string, unknown>) =>
    JSON.parse(JSON.stringify(extractArticle!(page, options))) as HtmlArticle;
  const expected = extracted(html);

  it("parse page.html: the HtmlArticle of @nass/html, spans located in the HTML", () => {
    const article = JSON.parse(ok(["parse", REAL_HTML])) as HtmlArticle & {
      url: string;
      title: Span & { htmlStart: number; htmlEnd: number };
    };
    expect(article).toEqual(expected);
    expect(article.title.text).toBe(TITLE);
    expect(html.slice(article.title.htmlStart, article.title.htmlEnd)).toBe(TITLE);
    expect(article.text.slice(article.title.start, article.title.end)).toBe(TITLE);
    expect(article.url).toBe("https://www.bbc.com/arabic/articles/c720dxj8dq8o");
    expect(article.publishedDate).toBe("2024-03-03");
    assertSpans(article.text, article.paragraphs, { nonOverlapping: true, trimmed: true, label: "paragraph" });
  });

  it("--format text and markdown render the HtmlArticle", () => {
    expect(ok(["parse", "-f", "text", REAL_HTML])).toBe(renderArticleText(expected));
    const markdown = ok(["parse", "-f", "markdown", REAL_HTML]);
    expect(markdown).toBe(renderArticleMarkdown(expected));
    expect(markdown.startsWith(`# ${TITLE}\n`)).toBe(true);
  });

  it("detects HTML on stdin by content; --html forces it, --text reads the markup as text", () => {
    expect(JSON.parse(ok(["parse"], html))).toEqual(expected);
    const fragment = "<p>تأهل المنتخب الوطني إلى النهائي بعد فوزه أمس على منافسه بهدفين نظيفين في المباراة.</p>";
    expect(JSON.parse(ok(["parse"], fragment))).toEqual(JSON.parse(JSON.stringify(parseArticle!(fragment))));
    expect(JSON.parse(ok(["parse", "--html"], fragment))).toEqual(extracted(fragment));
    expect(JSON.parse(ok(["parse", "--text"], html))).toEqual(JSON.parse(JSON.stringify(parseArticle!(html))));
    expect(JSON.parse(ok(["parse", "--text", REAL_HTML]))).toEqual(JSON.parse(JSON.stringify(parseArticle!(html))));
  });

  it("a .txt file holding HTML is detected by content; --text keeps it text", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "page.txt"), html);
    expect(JSON.parse(ok(["parse", join(dir, "page.txt")]))).toEqual(expected);
    const text = ok(["strip", "--text", join(dir, "page.txt")]);
    const kept = stripBoilerplate!(html).text;
    expect(text).toBe(kept.endsWith("\n") ? kept : `${kept}\n`);
  });

  it("passes --reference-date and --options to extractArticle (its own keys, the rest as article options)", () => {
    const dir = tempDir();
    const options = join(dir, "options.json");
    writeFileSync(options, JSON.stringify({ titleFromMetadata: false, hidden: "keep", normalize: "display" }));
    const out = ok([
      "parse",
      "--options",
      options,
      "--reference-date",
      "2024-03-04",
      "--normalize",
      "search",
      REAL_HTML,
    ]);
    expect(JSON.parse(out)).toEqual(
      extracted(html, {
        titleFromMetadata: false,
        hidden: "keep",
        article: { normalize: "search", referenceDate: "2024-03-04" },
      }),
    );
  });

  it("a directory holding one .txt and one .html file", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), SEED.text);
    writeFileSync(join(dir, "b.html"), html);
    writeFileSync(join(dir, "notes.md"), "# not a page");
    const lines = jsonLines(ok(["parse", "--jobs", "2", dir])) as { file: string; result: Article }[];
    expect(lines).toEqual([
      { file: join(dir, "a.txt"), result: JSON.parse(JSON.stringify(parseArticle!(SEED.text))) },
      { file: join(dir, "b.html"), result: expected },
    ]);
    const stripped = jsonLines(ok(["strip", "-j", "1", dir])) as { file: string; result: string }[];
    expect(stripped.map((l) => l.file)).toEqual([join(dir, "a.txt"), join(dir, "b.html")]);
    expect(stripped[1]!.result).toBe(stripBoilerplate!(expected.text).text);
  });

  it("strip page.html: @nass/boilerplate on the page rendered by @nass/html", () => {
    const result = stripBoilerplate!(expected.text);
    expect(ok(["strip", REAL_HTML])).toBe(result.text.endsWith("\n") ? result.text : `${result.text}\n`);
    expect(JSON.parse(ok(["strip", "-f", "json", REAL_HTML]))).toEqual(JSON.parse(JSON.stringify(result)));
    const explained = ok(["strip", "--explain"], html).split("\n").filter(Boolean);
    const removed = result.blocks.filter((b) => b.boilerplate);
    expect(explained.map((l) => l.split("\t")[0])).toEqual(removed.map((b) => `${b.start}-${b.end}`));
    expect(explained[0]!.split("\t")[3]).toBe(expected.text.slice(removed[0]!.start, removed[0]!.end));
  });

  it("JSONL: a record may carry html (it wins over text); a record with neither is an error", () => {
    const text = "الجزائر تستضيف القمة. وتبدأ الأشغال غدا.";
    const input = [
      { id: "html", html },
      { id: "both", html, text },
      { id: "text", text },
      { id: "null html", html: null, text },
      { id: "text holding html", text: html },
      { id: "neither" },
      { id: "bad html", html: 3, text },
    ]
      .map((r) => JSON.stringify(r))
      .join("\n");
    const r = nass(["parse", "--jsonl", "--skip-errors", "-j", "2"], { input });
    expect(r.code).toBe(0);
    const textArticle = JSON.parse(JSON.stringify(parseArticle!(text)));
    expect(jsonLines(r.stdout)).toEqual([
      { id: "html", result: expected },
      { id: "both", result: expected },
      { id: "text", result: textArticle },
      { id: "null html", result: textArticle },
      { id: "text holding html", result: expected },
    ]);
    expect(expectCleanStderr(r.stderr)).toEqual([
      'nass: <stdin>:6: missing text field "text" or html field "html"',
      'nass: <stdin>:7: html field "html" is not a string',
      "nass: 2 errors skipped (--skip-errors)",
    ]);
    const stopped = nass(["strip", "--jsonl"], { input: `${JSON.stringify({ id: 1, body: text })}\n` });
    expect(stopped.code).toBe(1);
    expect(expectCleanStderr(stopped.stderr)).toEqual([
      'nass: <stdin>:1: missing text field "text" or html field "html"',
    ]);
  });

  it("JSONL: --text reads the html field as text; strip --explain on an html record", () => {
    const input = `${JSON.stringify({ id: 1, html })}\n`;
    expect(jsonLines(ok(["parse", "--jsonl", "--text"], input))).toEqual([
      { id: 1, result: JSON.parse(JSON.stringify(parseArticle!(html))) },
    ]);
    const result = stripBoilerplate!(expected.text);
    const [line] = jsonLines(ok(["strip", "--jsonl", "--explain"], input)) as {
      result: { text: string; removed: Span[] };
    }[];
    expect(line!.result.text).toBe(result.text);
    expect(line!.result.removed.map((b) => b.start)).toEqual(
      result.blocks.filter((b) => b.boilerplate).map((b) => b.start),
    );
  });

  it("normalize and sentences read HTML as text; their corpora have no html field", () => {
    expect(ok(["normalize"], html)).toBe(normalize!(html));
    const r = nass(["sentences", "--jsonl"], { input: `${JSON.stringify({ id: 1, html })}\n` });
    expect(r.code).toBe(1);
    expect(expectCleanStderr(r.stderr)).toEqual(['nass: <stdin>:1: missing text field "text"']);
  });
});
