/**
 * The run loop and the command-line parser in-process (`--jobs 1`), with fake streams: the same paths the
 * process tests take, here visible to coverage, plus the progress bar on a fake terminal.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { InputError, UsageError } from "../src/errors";
import type { Span } from "../src/libraries";
import { createProgram } from "../src/program";
import { type CommonOptions, type RunRequest, run } from "../src/run";
import { library, REAL_HTML, seeds, tempDir } from "./helpers";

const splitSentences = await library<(text: string) => Span[]>("@nass/sentences", "splitSentences");
const SEED = seeds()[0]!;

interface Captured {
  out: string;
  err: string;
}

function fakeStream(tty: boolean, sink: (s: string) => void): NodeJS.WriteStream {
  const stream = new PassThrough();
  stream.on("data", (d: Buffer) => sink(d.toString("utf8")));
  return Object.assign(stream, { isTTY: tty, columns: 100 }) as unknown as NodeJS.WriteStream;
}

async function runWith(
  request: Partial<Omit<RunRequest, "common">> & { common?: Partial<CommonOptions> },
  stdin = "",
  tty = false,
): Promise<Captured & { code: number }> {
  const captured: Captured = { out: "", err: "" };
  const full: RunRequest = {
    command: "sentences",
    operands: [],
    format: "text",
    explain: false,
    libraryOptions: {},
    ...request,
    common: { idField: "id", textField: "text", jobs: 1, ...request.common },
  };
  const code = await run(full, {
    stdin: Readable.from([Buffer.from(stdin)]),
    stdout: fakeStream(false, (s) => {
      captured.out += s;
    }),
    stderr: fakeStream(tty, (s) => {
      captured.err += s;
    }),
  });
  await new Promise((r) => setImmediate(r));
  return { ...captured, code };
}

describe("run (in-process)", () => {
  const expectedLines = () => splitSentences!(SEED.text).map((s) => s.text.replace(/\r\n|[\n\r\u2028\u2029]/g, " "));

  it("one file, several files, a directory", async () => {
    const single = await runWith({ operands: [SEED.path] });
    expect(single).toEqual({
      code: 0,
      out: expectedLines()
        .map((l) => `${l}\n`)
        .join(""),
      err: "",
    });

    const dir = tempDir();
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "b.txt"), SEED.text);
    writeFileSync(join(dir, "a.txt"), "جملة أولى. جملة ثانية.");
    symlinkSync(join(dir, "a.txt"), join(dir, "link.txt"));
    symlinkSync(join(dir, "sub"), join(dir, "loop"));
    const many = await runWith({ operands: [dir] });
    expect(many.code).toBe(0);
    const lines = many.out
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { file: string; result: string[] });
    expect(lines.map((l) => l.file)).toEqual([join(dir, "a.txt"), join(dir, "link.txt"), join(dir, "sub", "b.txt")]);
    expect(lines[2]!.result).toEqual(expectedLines());
  });

  it("corpus mode with errors, --skip-errors and --stats; a progress bar on a terminal", async () => {
    const input = `${JSON.stringify({ id: "a", text: SEED.text })}\nnot json\n${JSON.stringify({ id: "b", text: "نص." })}\n`;
    const stopped = await runWith({ common: { jsonl: true } }, input);
    expect(stopped.code).toBe(1);
    expect(stopped.out.split("\n")[0]).toBe(JSON.stringify({ id: "a", result: expectedLines() }));
    expect(stopped.err).toMatch(/^nass: <stdin>:2: invalid JSON/);

    const skipped = await runWith({ common: { jsonl: true, skipErrors: true, stats: true } }, input, true);
    expect(skipped.code).toBe(0);
    expect(skipped.out.trimEnd().split("\n")).toHaveLength(2);
    expect(skipped.err).toContain("nass: 1 error skipped (--skip-errors)");
    expect(skipped.err).toMatch(/nass-stats \{"docs":2,/);
    expect(skipped.err).toMatch(/\r2 docs {2}/); // the progress line, drawn because stderr is a "TTY"

    const quiet = await runWith({ common: { jsonl: true, quiet: true } }, `${JSON.stringify({ text: "نص." })}\n`, true);
    expect(quiet).toEqual({ code: 0, out: `${JSON.stringify({ id: 1, result: ["نص."] })}\n`, err: "" });
  });

  it("-o writes atomically; read errors are skipped or stop the run", async () => {
    const dir = tempDir();
    const out = join(dir, "out.txt");
    const ok = await runWith({ operands: [SEED.path], common: { output: out } });
    expect(ok).toEqual({ code: 0, out: "", err: "" });
    expect(readFileSync(out, "utf8")).toBe(
      expectedLines()
        .map((l) => `${l}\n`)
        .join(""),
    );

    writeFileSync(join(dir, "bad.txt"), Buffer.from([0xc3, 0x28]));
    const failed = await runWith({
      operands: [join(dir, "bad.txt"), SEED.path],
      common: { output: join(dir, "x.jsonl") },
    });
    expect(failed.code).toBe(1);
    expect(failed.err).toBe(`nass: ${join(dir, "bad.txt")}: not valid UTF-8 text\n`);
    expect(readdirSync(dir).sort()).toEqual(["bad.txt", "out.txt"]);

    const skipped = await runWith({
      operands: [join(dir, "bad.txt"), join(dir, "none.txt"), SEED.path],
      common: { skipErrors: true },
    });
    expect(skipped.code).toBe(0);
    expect(skipped.err.split("\n").filter(Boolean)).toEqual([
      `nass: ${join(dir, "none.txt")}: no such file or directory`,
      `nass: ${join(dir, "bad.txt")}: not valid UTF-8 text`,
      "nass: 2 errors skipped (--skip-errors)",
    ]);
    expect(JSON.parse(skipped.out)).toEqual({ file: SEED.path, result: expectedLines() });
  });

  it("usage and input errors throw for the entry point to report", async () => {
    await expect(runWith({ operands: ["-", "-"] })).rejects.toBeInstanceOf(UsageError);
    await expect(runWith({ common: { jsonl: true, idField: "t", textField: "t" } })).rejects.toBeInstanceOf(UsageError);
    await expect(runWith({ operands: ["/nonexistent/page.txt"] })).rejects.toBeInstanceOf(InputError);
    await expect(runWith({ common: { options: "/nonexistent/options.json" } })).rejects.toThrow(
      "/nonexistent/options.json: no such file",
    );
  });
});

describe("every command and format in-process", () => {
  const cases: [RunRequest["command"], RunRequest["format"], boolean][] = [
    ["parse", "json", false],
    ["parse", "text", false],
    ["parse", "markdown", false],
    ["normalize", "text", false],
    ["sentences", "json", false],
    ["strip", "text", false],
    ["strip", "json", false],
    ["strip", "text", true],
  ];
  const html = readFileSync(REAL_HTML, "utf8");
  const htmlCases = cases
    .filter(([command]) => command === "parse" || command === "strip")
    .map(([command, format, explain]) => [command, format, explain, true] as const);
  it.each([...cases.map((c) => [...c, false] as const), ...htmlCases])(
    "%s --format %s (explain: %s, HTML: %s): one file and corpus mode agree",
    async (command, format, explain, isHtml) => {
      const single = await runWith({ command, format, explain, operands: [isHtml ? REAL_HTML : SEED.path] });
      expect(single.code).toBe(0);
      expect(single.err).toBe("");
      const corpus = await runWith(
        { command, format, explain, common: { jsonl: true } },
        JSON.stringify(isHtml ? { id: 7, html } : { id: 7, text: SEED.text }),
      );
      expect(corpus.code).toBe(0);
      const line = JSON.parse(corpus.out) as { id: number; result: unknown };
      expect(line.id).toBe(7);
      if (command === "normalize") {
        expect(single.out).toBe(line.result); // a text filter: output exactly the normalized text
      } else if (typeof line.result === "string") {
        expect(single.out).toBe(
          line.result.length === 0 || line.result.endsWith("\n") ? line.result : `${line.result}\n`,
        );
      } else if (command === "strip" && explain) {
        const removed = (line.result as { removed: { start: number; end: number }[] }).removed;
        expect(
          single.out
            .split("\n")
            .filter(Boolean)
            .map((l) => l.split("\t")[0]),
        ).toEqual(removed.map((b) => `${b.start}-${b.end}`));
      } else {
        expect(JSON.parse(single.out)).toEqual(line.result);
      }
    },
  );
});

describe("createProgram", () => {
  async function parse(argv: string[]): Promise<RunRequest> {
    let request: RunRequest | undefined;
    const program = createProgram("1.2.3", { out: () => {}, err: () => {} }, async (r) => {
      request = r;
    });
    await program.parseAsync(argv, { from: "user" });
    if (!request) throw new Error("no command ran");
    return request;
  }

  it("maps flags to run requests", async () => {
    const parse1 = await parse([
      "parse",
      "--reference-date",
      "2024-10-06",
      "--normalize",
      "search",
      "-f",
      "markdown",
      "a.txt",
    ]);
    expect(parse1).toMatchObject({
      command: "parse",
      operands: ["a.txt"],
      format: "markdown",
      libraryOptions: { referenceDate: "2024-10-06", normalize: "search" },
      common: { idField: "id", textField: "text" },
    });
    expect(parse1.common.jobs).toBeGreaterThanOrEqual(1);
    expect(await parse(["parse"])).toMatchObject({ format: "json", libraryOptions: {} });
    expect(await parse(["normalize", "-p", "camel", "-j", "3", "--jsonl", "--id-field", "key"])).toMatchObject({
      command: "normalize",
      libraryOptions: { preset: "camel" },
      common: { jobs: 3, jsonl: true, idField: "key" },
    });
    expect(await parse(["normalize"])).toMatchObject({ libraryOptions: { preset: "display" } });
    expect(await parse(["sentences", "-f", "json", "-q", "--skip-errors", "-o", "x"])).toMatchObject({
      format: "json",
      common: { quiet: true, skipErrors: true, output: "x" },
    });
    expect(await parse(["strip", "--explain", "--stats", "--text-field", "body"])).toMatchObject({
      command: "strip",
      format: "text",
      explain: true,
      markup: "detect",
      common: { stats: true, textField: "body" },
    });
    expect(await parse(["parse"])).toMatchObject({ markup: "detect" });
    expect(await parse(["parse", "--html"])).toMatchObject({ markup: "html" });
    expect(await parse(["parse", "--text", "-f", "text"])).toMatchObject({ markup: "text", format: "text" });
    expect(await parse(["strip", "--html"])).toMatchObject({ markup: "html" });
    expect(await parse(["strip", "--text"])).toMatchObject({ markup: "text" });
    expect((await parse(["normalize"])).markup).toBeUndefined();
  });

  it("rejects bad values with commander errors", async () => {
    await expect(parse(["parse", "--jobs", "1.5"])).rejects.toThrow("expected a positive integer");
    await expect(parse(["parse", "--id-field", ""])).rejects.toThrow("expected a field name");
    await expect(parse(["parse", "--reference-date", "2024-13-45"])).rejects.toThrow("expected an ISO date");
    await expect(parse(["parse", "--html", "--text"])).rejects.toThrow("cannot be used with option '--text'");
    await expect(parse(["sentences", "--html"])).rejects.toThrow("unknown option '--html'");
  });
});
