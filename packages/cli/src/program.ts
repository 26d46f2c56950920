/**
 * The command line: commands, options, help with examples, and commander's errors turned into one
 * `nass: ...` line with exit code 2.
 */
import { availableParallelism } from "node:os";
import { Command, InvalidArgumentError, Option } from "commander";
import type { LibraryOptions } from "./libraries";
import type { CommonOptions, RunRequest } from "./run";
import type { CommandName, OutputFormat } from "./tasks";

const SEED = "seeds/002_f58725ca21a85ab9/002_f58725ca21a85ab9.txt";

/** The normalization presets of @nass/normalize. */
export const PRESETS = ["display", "search", "camel"] as const;

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError("expected a positive integer");
  }
  return n;
}

function fieldName(value: string): string {
  if (value.length === 0) throw new InvalidArgumentError("expected a field name");
  return value;
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError("expected an ISO date such as 2024-10-06");
  }
  return value;
}

function addCommonOptions(command: Command): Command {
  return command
    .argument(
      "[inputs...]",
      "files, directories (searched for *.txt, also *.html for parse and strip, or *.jsonl with --jsonl) or - for stdin",
    )
    .option("-o, --output <file>", "write to FILE atomically instead of stdout")
    .option("--jsonl", "corpus mode: read one JSON object per line, write one JSON result per line")
    .option("--id-field <name>", "corpus mode: the field holding the document id", fieldName, "id")
    .option("--text-field <name>", "corpus mode: the field holding the document text", fieldName, "text")
    .addOption(
      new Option("-j, --jobs <n>", "threads: the main thread and n - 1 workers (1 runs in-process)")
        .argParser(positiveInteger)
        .default(availableParallelism(), "the number of cores"),
    )
    .option("--options <file>", "JSON file of options passed to the library (flags win)")
    .option("--skip-errors", "report bad inputs and lines on stderr, count them, and go on")
    .option("-q, --quiet", "no progress bar")
    .addOption(new Option("--stats", "print docs, bytes, seconds and peak RSS on stderr").hideHelp());
}

/**
 * `--html` and `--text` (parse and strip): force how every input is read instead of detecting HTML by
 * file extension (.html, .htm, .xhtml), JSONL field (`html`) and content. Commander rejects both at once.
 */
function addMarkupOptions(command: Command): Command {
  return command
    .addOption(
      new Option("--html", "read every input as HTML (default: detect by extension, JSONL field or content)").conflicts(
        "text",
      ),
    )
    .addOption(new Option("--text", "read every input as page text, even .html files and JSONL html fields"));
}

/** The `markup` of a run request from `--html` / `--text`. */
function markupOf(opts: Record<string, unknown>): Pick<RunRequest, "markup"> {
  return { markup: opts.html === true ? "html" : opts.text === true ? "text" : "detect" };
}

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  ${l}`).join("\n")}\n`;
}

/** What the program does once the command line is parsed. */
export type RunHandler = (request: RunRequest) => Promise<void>;

/**
 * Build the `nass` program.
 *
 * @param version - the package version for `--version`
 * @param write - where help and errors go
 * @param onRun - called with the parsed request of whichever command ran
 * @returns the commander program (with `exitOverride`: it throws instead of exiting)
 */
export function createProgram(
  version: string,
  write: { out: (s: string) => void; err: (s: string) => void },
  onRun: RunHandler,
): Command {
  const program = new Command("nass")
    .description("Parse, normalize, split and strip scraped Arabic pages: files, pipes or whole JSONL corpora.")
    .version(version, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: write.out,
      writeErr: write.err,
      outputError: (message, writeErr) => {
        const line = message
          .replace(/^error:\s*/i, "")
          .replace(/\s*\n\s*/g, " ")
          .trim();
        writeErr(`nass: ${line}\n`);
      },
    })
    .addHelpText(
      "after",
      examples([
        `nass parse ${SEED}`,
        "nass parse --format markdown page.txt -o page.md",
        "nass parse page.html",
        "cat page.txt | nass strip --explain",
        "nass normalize --preset search < page.txt",
        "nass sentences --format json page.txt",
        "nass parse --jsonl --jobs 4 corpus.jsonl -o articles.jsonl",
      ]) + "\nExit codes: 0 ok, 1 input error (missing file, bad JSON line...), 2 usage error.\n",
    );

  const handle =
    (command: CommandName, extra: (opts: Record<string, unknown>) => Partial<RunRequest>) =>
    async (operands: string[], opts: Record<string, unknown>) => {
      const common = opts as unknown as CommonOptions;
      const request: RunRequest = {
        command,
        operands,
        common,
        format: "text",
        explain: false,
        libraryOptions: {},
        ...extra(opts),
      };
      await onRun(request);
    };

  addMarkupOptions(
    addCommonOptions(
      program
        .command("parse")
        .description("parse pages (text or HTML) into articles (title, byline, dates, body paragraphs, lists)"),
    ),
  )
    .addOption(
      new Option("-f, --format <format>", "output format").choices(["json", "text", "markdown"]).default("json"),
    )
    .option("--reference-date <date>", "date that relative dates (منذ ساعتين) count from, ISO 8601", isoDate)
    .addOption(new Option("--normalize <preset>", "add a normalized form to every span").choices(PRESETS))
    .addHelpText(
      "after",
      examples([
        `nass parse ${SEED}                      # Article JSON`,
        `nass parse --format markdown ${SEED}`,
        `nass parse --reference-date 2024-10-06 --normalize search ${SEED}`,
        "nass parse page.html                        # HTML: the article with url, metadata, htmlStart/htmlEnd",
        "curl -s https://example.com/story | nass parse --html -f markdown",
        "nass parse pages/ > articles.jsonl          # every *.txt and *.html below pages/, one JSON line per file",
        "nass parse --jsonl --jobs 2 corpus.jsonl -o articles.jsonl",
      ]),
    )
    .action(
      handle("parse", (opts) => {
        const libraryOptions: LibraryOptions = {};
        if (opts.referenceDate !== undefined) libraryOptions.referenceDate = opts.referenceDate;
        if (opts.normalize !== undefined) libraryOptions.normalize = opts.normalize;
        return { format: opts.format as OutputFormat, libraryOptions, ...markupOf(opts) };
      }),
    );

  addCommonOptions(program.command("normalize").description("normalize Arabic text with a preset"))
    .addOption(new Option("-p, --preset <name>", "display | search | camel").choices(PRESETS).default("display"))
    .addHelpText(
      "after",
      examples([
        `nass normalize ${SEED}`,
        "echo 'أَهْلًا بِكُمْ فِي «الجزائر»' | nass normalize --preset search",
        "nass normalize --preset camel --jsonl corpus.jsonl > normalized.jsonl",
      ]),
    )
    .action(handle("normalize", (opts) => ({ libraryOptions: { preset: opts.preset } })));

  addCommonOptions(program.command("sentences").description("split text into sentences, one per line"))
    .addOption(
      new Option("-f, --format <format>", "text: one per line; json: spans with offsets")
        .choices(["text", "json"])
        .default("text"),
    )
    .addHelpText(
      "after",
      examples([
        `nass sentences ${SEED}`,
        `nass sentences --format json ${SEED}        # [{ "text", "start", "end" }, ...]`,
        "nass sentences --jsonl corpus.jsonl > sentences.jsonl",
      ]),
    )
    .action(handle("sentences", (opts) => ({ format: opts.format as OutputFormat })));

  addMarkupOptions(
    addCommonOptions(
      program
        .command("strip")
        .description("remove site chrome (menus, most-read lists, forms...) and print the kept text"),
    ),
  )
    .addOption(
      new Option("-f, --format <format>", "text: kept text; json: the full result")
        .choices(["text", "json"])
        .default("text"),
    )
    .option("--explain", "list the removed blocks: offsets, kind, reason, text (tab-separated)")
    .addHelpText(
      "after",
      examples([
        `nass strip ${SEED}`,
        `nass strip --explain ${SEED}`,
        `nass strip --format json ${SEED}           # { text, blocks, lists }`,
        "nass strip page.html                        # the kept text of the page rendered from its HTML",
      ]),
    )
    .action(
      handle("strip", (opts) => ({
        format: opts.format as OutputFormat,
        explain: opts.explain === true,
        ...markupOf(opts),
      })),
    );

  return program;
}
