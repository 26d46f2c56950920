/** Command-line behaviour that needs no library: help, version, usage errors, input errors, atomic -o. */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, expectCleanStderr, nass, PACKAGE_DIR, tempDir } from "./helpers";

const COMMANDS = ["parse", "normalize", "sentences", "strip"] as const;

describe("help and version", () => {
  it("--version prints the package.json version", () => {
    const pkg = JSON.parse(readFileSync(join(PACKAGE_DIR, "package.json"), "utf8")) as { version: string };
    const r = nass(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it("--help lists every command, examples and the exit codes", () => {
    const r = nass(["--help"]);
    expect(r.code).toBe(0);
    for (const command of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^\\s+${command} \\[options\\]`, "m"));
    expect(r.stdout).toContain("Examples:");
    expect(r.stdout).toContain("Exit codes: 0 ok, 1 input error");
  });

  it.each(COMMANDS)("%s --help has examples of that command", (command) => {
    const r = nass([command, "--help"]);
    expect(r.code).toBe(0);
    const examples = r.stdout.slice(r.stdout.indexOf("Examples:"));
    expect(examples.length).toBeGreaterThan(10);
    for (const line of examples
      .split("\n")
      .slice(1)
      .filter((l) => l.trim().length > 0)) {
      expect(line).toMatch(new RegExp(`nass ${command}\\b`));
    }
    for (const flag of ["--output", "--jsonl", "--jobs", "--skip-errors", "--quiet", "--id-field", "--text-field"]) {
      expect(r.stdout).toContain(flag);
    }
    expect(r.stdout).not.toContain("--stats");
  });
});

describe("usage errors exit 2 with one clean line", () => {
  const cases: [string, string[], RegExp][] = [
    ["unknown flag", ["parse", "--frobnicate"], /^nass: unknown option '--frobnicate'/],
    ["unknown command", ["prase"], /^nass: unknown command 'prase' \(Did you mean parse\?\)$/],
    ["bad format", ["parse", "--format", "xml"], /^nass: option '-f, --format <format>' argument 'xml' is invalid/],
    ["bad preset", ["normalize", "--preset", "loud"], /argument 'loud' is invalid/],
    ["bad --jobs", ["parse", "--jobs", "0"], /expected a positive integer/],
    ["bad --jobs (text)", ["parse", "--jobs", "many"], /expected a positive integer/],
    ["missing option value", ["parse", "-o"], /argument missing/],
    ["bad reference date", ["parse", "--reference-date", "yesterday"], /expected an ISO date/],
    ["stdin twice", ["normalize", "-", "-"], /^nass: stdin \('-'\) can be read only once$/],
    ["same id and text field", ["normalize", "--jsonl", "--id-field", "x", "--text-field", "x"], /must differ/],
    [
      "--html with --text",
      ["parse", "--html", "--text"],
      /^nass: option '--html' cannot be used with option '--text'$/,
    ],
    [
      "--text with --html",
      ["strip", "--text", "--html"],
      /^nass: option '--html' cannot be used with option '--text'$/,
    ],
    ["--html on a text-only command", ["normalize", "--html"], /^nass: unknown option '--html'/],
    ["--text on a text-only command", ["sentences", "--text"], /^nass: unknown option '--text'/],
  ];
  it.each(cases)("%s", (_name, args, message) => {
    const r = nass(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = expectCleanStderr(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it("no command prints the help on stderr and exits 2", () => {
    const r = nass([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Usage: nass");
  });
});

describe("input errors exit 1 with one clean line", () => {
  it("missing file", () => {
    const r = nass(["parse", "no-such-page.txt"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(expectCleanStderr(r.stderr)).toEqual(["nass: no-such-page.txt: no such file or directory"]);
  });

  it("missing file among several stops before any output", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "نص");
    const r = nass(["normalize", join(dir, "a.txt"), join(dir, "b.txt")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(expectCleanStderr(r.stderr)).toEqual([`nass: ${join(dir, "b.txt")}: no such file or directory`]);
  });

  it("directory with no *.txt (or, for parse and strip, *.html) file", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "notes.md"), "# x");
    const r = nass(["strip", dir]);
    expect(r.code).toBe(1);
    expect(expectCleanStderr(r.stderr)).toEqual([
      `nass: ${dir}: no *.txt, *.html, *.htm or *.xhtml file in this directory`,
    ]);
    writeFileSync(join(dir, "page.html"), "<p>نص</p>");
    const sentences = nass(["sentences", dir]);
    expect(sentences.code).toBe(1);
    expect(expectCleanStderr(sentences.stderr)).toEqual([`nass: ${dir}: no *.txt file in this directory`]);
  });

  it("invalid UTF-8", () => {
    const dir = tempDir();
    const file = join(dir, "bad.txt");
    writeFileSync(file, Buffer.from([0xd8, 0xa7, 0xc3, 0x28, 0x0a]));
    const r = nass(["sentences", file]);
    expect(r.code).toBe(1);
    expect(expectCleanStderr(r.stderr)).toEqual([`nass: ${file}: not valid UTF-8 text`]);
  });

  it("invalid JSON on a corpus line reports file:line and stops", () => {
    const dir = tempDir();
    const file = join(dir, "corpus.jsonl");
    writeFileSync(file, '\n{"id": 1, "text": "نص"\n');
    const r = nass(["normalize", "--jsonl", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const lines = expectCleanStderr(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^nass: ${file}:2: invalid JSON \\(`));
  });

  it("corpus lines that are not objects or lack the text field", () => {
    const dir = tempDir();
    const file = join(dir, "corpus.jsonl");
    writeFileSync(file, '[1, 2]\n{"id": 2}\n{"id": 3, "body": 4}\n{"id": 4, "text": 5}\n');
    const r = nass(["parse", "--jsonl", "--skip-errors", "--jobs", "2", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(expectCleanStderr(r.stderr)).toEqual([
      `nass: ${file}:1: expected a JSON object`,
      `nass: ${file}:2: missing text field "text" or html field "html"`,
      `nass: ${file}:3: missing text field "text" or html field "html"`,
      `nass: ${file}:4: text field "text" is not a string`,
      "nass: 4 errors skipped (--skip-errors)",
    ]);
  });

  it("--options must be a readable JSON object", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.json"), "{referenceDate:");
    writeFileSync(join(dir, "list.json"), "[]");
    const missing = nass(["parse", "--options", join(dir, "none.json"), "-"]);
    expect(missing.code).toBe(1);
    expect(expectCleanStderr(missing.stderr)).toEqual([`nass: ${join(dir, "none.json")}: no such file`]);
    const bad = nass(["parse", "--options", join(dir, "bad.json"), "-"]);
    expect(bad.code).toBe(1);
    expect(expectCleanStderr(bad.stderr)[0]).toMatch(/bad\.json: invalid JSON/);
    const list = nass(["parse", "--options", join(dir, "list.json"), "-"]);
    expect(list.code).toBe(1);
    expect(expectCleanStderr(list.stderr)).toEqual([
      `nass: ${join(dir, "list.json")}: --options must hold a JSON object`,
    ]);
  });

  it("-o into a missing directory", () => {
    const dir = tempDir();
    const r = nass(["normalize", "-o", join(dir, "no", "out.txt"), "-"], { input: "نص" });
    expect(r.code).toBe(1);
    expect(expectCleanStderr(r.stderr)).toEqual([`nass: ${join(dir, "no", "out.txt")}: no such file or directory`]);
  });
});

describe("-o is atomic", () => {
  it("leaves no file (and no temporary) when the run fails", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "corpus.jsonl"), "not json\n");
    const out = join(dir, "out.jsonl");
    const r = nass(["parse", "--jsonl", join(dir, "corpus.jsonl"), "-o", out]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(["corpus.jsonl"]);
  });

  it("keeps an existing file untouched when the run fails", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "corpus.jsonl"), "not json\n");
    const out = join(dir, "out.jsonl");
    writeFileSync(out, "previous results\n");
    const r = nass(["parse", "--jsonl", join(dir, "corpus.jsonl"), "-o", out]);
    expect(r.code).toBe(1);
    expect(readFileSync(out, "utf8")).toBe("previous results\n");
    expect(readdirSync(dir).sort()).toEqual(["corpus.jsonl", "out.jsonl"]);
  });

  it("removes the temporary file on SIGINT and exits 130", async () => {
    const dir = tempDir();
    const out = join(dir, "out.jsonl");
    const child = spawn(process.execPath, [BIN, "normalize", "--jsonl", "-", "-o", out], { stdio: "pipe" });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    // stdin stays open: the run waits for input with its temporary file created.
    const deadline = Date.now() + 20_000;
    while (!readdirSync(dir).some((f) => f.endsWith(".tmp")) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(readdirSync(dir).some((f) => f.startsWith(".out.jsonl.") && f.endsWith(".tmp"))).toBe(true);
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
    expect(stderr.trim()).toBe("nass: interrupted (SIGINT)");
  });
});
