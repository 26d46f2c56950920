/**
 * One unit of work: run a command on one document and render its output line(s).
 * The same code runs in worker threads (`worker.ts`) and in-process (`--jobs 1`), so the output is
 * identical whatever the job count.
 */
import { isUtf8 } from "node:buffer";
import { describeError } from "./errors";
import { type Block, type LibraryOptions, loadLibrary, type Span } from "./libraries";
import { hasHtmlExtension, isHtml, type Markup } from "./markup";
import { renderArticleMarkdown, renderArticleText } from "./render-article";

/** The `nass` commands. */
export type CommandName = "parse" | "normalize" | "sentences" | "strip";

/** The commands that read HTML (`normalize` and `sentences` read every input as text). */
export const HTML_COMMANDS: readonly CommandName[] = ["parse", "strip"];

/** Output formats (`text` and `markdown` where a command supports them). */
export type OutputFormat = "json" | "text" | "markdown";

/**
 * How documents arrive and leave:
 * - `single`: one document in, its rendered output (text, or pretty JSON);
 * - `files`: several documents in, one JSON line each `{"file": ..., "result": ...}`;
 * - `jsonl`: one JSON record per input line in, one JSON line out `{"id": ..., "result": ...}`.
 */
export type TaskMode = "single" | "files" | "jsonl";

/** What is the same for every document of a run. */
export interface TaskSpec {
  command: CommandName;
  format: OutputFormat;
  /** `strip --explain` */
  explain: boolean;
  /** options passed to the library function */
  options: LibraryOptions;
  mode: TaskMode;
  /** JSONL field holding the document id */
  idField: string;
  /** JSONL field holding the document text */
  textField: string;
  /** whether a document is HTML: detected (file extension, JSONL field, content) or forced by `--html`/`--text` */
  markup: Markup;
  /** JSONL field holding a document's HTML (wins over the text field), or null for commands that read no HTML */
  htmlField: string | null;
  /** add `"file"` to JSONL output lines (corpus mode over several files) */
  withFile: boolean;
  /** return outputs as UTF-8 bytes (from worker threads: the main thread then only writes bytes) */
  encode: boolean;
}

/** One document to process. */
export interface Doc {
  /** the document text, or in `jsonl` mode the raw input line */
  input: string;
  /** the file name (`-` for stdin) */
  file: string;
  /** the 1-based line number in `jsonl` mode, else 0 */
  line: number;
}

/**
 * A batch of documents sent to a worker in one message (batching amortizes the cost of a message over
 * many small documents): decoded documents, or raw UTF-8 corpus lines that the worker splits and decodes
 * itself (so the main thread never decodes a corpus).
 */
export type Task =
  | { spec: TaskSpec; docs: Doc[] }
  | {
      spec: TaskSpec;
      /** whole lines of UTF-8 (no BOM), `\n`-separated */
      bytes: Uint8Array;
      file: string;
      /** the 1-based number of the first line in `bytes` */
      firstLine: number;
    };

/** A rendered result, or the one-line error for this document. */
export type TaskResult = { ok: true; output: string } | { ok: false; error: string };

/**
 * The output of a batch, in order: runs of successful documents (their outputs joined, as a string or as
 * UTF-8 bytes when `encode` is set) and errors between them.
 */
export type TaskPart = { output: string | Uint8Array; docs: number } | { error: string };

const utf8 = new TextEncoder();

const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029]/g;

function withNewline(text: string): string {
  return text.length === 0 || text.endsWith("\n") ? text : `${text}\n`;
}

function removedBlocks(
  blocks: readonly Block[],
): { text: string; start: number; end: number; kind: string; reason: string | null }[] {
  return blocks
    .filter((b) => b.boilerplate)
    .map((b) => ({ text: b.text, start: b.start, end: b.end, kind: b.kind, reason: b.reason }));
}

const EXTRACT_KEYS = ["hidden", "titleFromMetadata"] as const;

/**
 * The options of `extractArticle` from the run's options, which are `parseArticle`'s (flags and
 * `--options`): `hidden` and `titleFromMetadata` are `extractArticle`'s own, every other key goes to
 * its `article` options (over an `article` object the options file may hold).
 */
export function extractOptions(options: LibraryOptions): LibraryOptions {
  const { article, ...rest } = options;
  const out: LibraryOptions = {};
  for (const key of EXTRACT_KEYS) {
    if (rest[key] !== undefined) out[key] = rest[key];
    delete rest[key];
  }
  if (article === undefined) out.article = rest;
  else if (article !== null && typeof article === "object" && !Array.isArray(article)) {
    out.article = { ...article, ...rest };
  } else out.article = article; // not an object: extractArticle rejects it with its own message
  return out;
}

/**
 * The text `strip` works on: for HTML, the page rendered to text by `@nass/html` (`extractArticle`'s
 * `text`, the text its article offsets index), with the `hidden` option when given.
 */
async function pageText(spec: TaskSpec, text: string, html: boolean): Promise<string> {
  if (!html) return text;
  const options = spec.options.hidden === undefined ? {} : { hidden: spec.options.hidden };
  return (await loadLibrary("extractArticle"))(text, options).text;
}

/**
 * Run the command on one document and return its value: a string for text outputs, an object for JSON.
 * In `single` mode text values are the final output; structured modes wrap them in JSON.
 *
 * @param html - true when `input` is a page's HTML (only {@link HTML_COMMANDS} read HTML)
 */
async function computeValue(spec: TaskSpec, input: string, html: boolean): Promise<unknown> {
  const structured = spec.mode !== "single";
  switch (spec.command) {
    case "parse": {
      const article = html
        ? (await loadLibrary("extractArticle"))(input, extractOptions(spec.options))
        : (await loadLibrary("parseArticle"))(input, spec.options);
      if (spec.format === "text") return renderArticleText(article);
      if (spec.format === "markdown") return renderArticleMarkdown(article);
      return article;
    }
    case "normalize":
      return (await loadLibrary("normalize"))(input, spec.options);
    case "sentences": {
      const sentences: Span[] = (await loadLibrary("splitSentences"))(input, spec.options);
      if (spec.format === "json") return sentences;
      const lines = sentences.map((s) => s.text.replace(LINE_BREAKS, " "));
      return structured ? lines : lines.map((l) => `${l}\n`).join("");
    }
    case "strip": {
      const result = (await loadLibrary("stripBoilerplate"))(await pageText(spec, input, html), spec.options);
      if (spec.format === "json") return result;
      if (!spec.explain) return structured ? result.text : withNewline(result.text);
      const removed = removedBlocks(result.blocks);
      if (structured) return { text: result.text, removed };
      return removed
        .map((b) => `${b.start}-${b.end}\t${b.kind}\t${b.reason ?? "-"}\t${b.text.replace(LINE_BREAKS, " ")}\n`)
        .join("");
    }
  }
}

/**
 * Parse a JSONL line into its id and document, or explain why it cannot be used. The HTML field (when the
 * command reads HTML) wins over the text field when it is present and not null.
 */
function readRecord(
  spec: TaskSpec,
  line: string,
  lineNumber: number,
): { id: unknown; text: string; html: boolean } | string {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return `invalid JSON (${describeError(error)})`;
  }
  if (record === null || typeof record !== "object" || Array.isArray(record)) {
    return "expected a JSON object";
  }
  const fields = record as Record<string, unknown>;
  const id = Object.hasOwn(fields, spec.idField) ? fields[spec.idField] : lineNumber;
  const html = spec.htmlField === null ? undefined : fields[spec.htmlField];
  if (html !== undefined && html !== null) {
    if (typeof html !== "string") return `html field "${spec.htmlField}" is not a string`;
    return { id, text: html, html: isHtml(spec.markup, html, true) };
  }
  const text = fields[spec.textField];
  if (typeof text !== "string") {
    if (text !== undefined) return `text field "${spec.textField}" is not a string`;
    return spec.htmlField === null
      ? `missing text field "${spec.textField}"`
      : `missing text field "${spec.textField}" or html field "${spec.htmlField}"`;
  }
  return { id, text, html: isHtml(spec.markup, text, false) };
}

/**
 * Run one document: never throws; errors come back as a one-line message prefixed with the file (and line).
 *
 * @param spec - the run's settings
 * @param doc - the document
 * @returns the rendered output (one JSON line in structured modes) or the error
 */
export async function runDoc(spec: TaskSpec, doc: Doc): Promise<TaskResult> {
  const file = doc.file === "-" ? "<stdin>" : doc.file;
  const where = spec.mode === "jsonl" ? `${file}:${doc.line}` : file;
  try {
    if (spec.mode === "jsonl") {
      const record = readRecord(spec, doc.input, doc.line);
      if (typeof record === "string") return { ok: false, error: `${where}: ${record}` };
      const result = await computeValue(spec, record.text, record.html);
      const line = spec.withFile ? { file: doc.file, id: record.id, result } : { id: record.id, result };
      return { ok: true, output: `${JSON.stringify(line)}\n` };
    }
    const html = isHtml(spec.markup, doc.input, hasHtmlExtension(doc.file));
    const value = await computeValue(spec, doc.input, html);
    if (spec.mode === "files") {
      return { ok: true, output: `${JSON.stringify({ file: doc.file, result: value })}\n` };
    }
    return { ok: true, output: typeof value === "string" ? value : `${JSON.stringify(value, null, 2)}\n` };
  } catch (error) {
    return { ok: false, error: `${where}: ${describeError(error)}` };
  }
}

/** Split raw UTF-8 lines into documents; a line that is not valid UTF-8 becomes an error. */
function splitRawLines(task: Extract<Task, { bytes: Uint8Array }>): (Doc | { error: string })[] {
  const buffer = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
  const label = task.file === "-" ? "<stdin>" : task.file;
  const out: (Doc | { error: string })[] = [];
  let from = 0;
  let line = task.firstLine;
  while (from < buffer.length) {
    const newline = buffer.indexOf(10, from);
    const stop = newline === -1 ? buffer.length : newline;
    const end = stop > from && buffer[stop - 1] === 13 ? stop - 1 : stop;
    const bytes = buffer.subarray(from, end);
    if (!isUtf8(bytes)) {
      out.push({ error: `${label}:${line}: not valid UTF-8 text` });
    } else {
      const text = bytes.toString("utf8");
      if (text.trim().length > 0) out.push({ input: text, file: task.file, line });
    }
    line++;
    from = stop + 1;
  }
  return out;
}

/**
 * Run a batch of documents in order.
 *
 * @param task - the run's settings and the documents
 * @returns the outputs and errors, in input order
 */
export async function runTask(task: Task): Promise<TaskPart[]> {
  const { spec } = task;
  const docs = "bytes" in task ? splitRawLines(task) : task.docs;
  const parts: TaskPart[] = [];
  let outputs: string[] = [];
  const flush = () => {
    if (outputs.length === 0) return;
    const output = outputs.join("");
    // TextEncoder (not Buffer.from, which may slice a shared pool): each encoded output owns its
    // ArrayBuffer, so a worker can transfer it to the main thread instead of copying it
    parts.push({ output: spec.encode ? utf8.encode(output) : output, docs: outputs.length });
    outputs = [];
  };
  for (const doc of docs) {
    const result = "error" in doc ? { ok: false as const, error: doc.error } : await runDoc(spec, doc);
    if (result.ok) {
      outputs.push(result.output);
    } else {
      flush();
      parts.push({ error: result.error });
    }
  }
  flush();
  return parts;
}
