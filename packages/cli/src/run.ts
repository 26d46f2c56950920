/**
 * One `nass <command>` run: resolve inputs, build tasks, run them (in order, bounded, on N threads),
 * write the output (stdout or atomic `-o`), report progress, errors and stats.
 */
import { readFile } from "node:fs/promises";
import type { Readable } from "node:stream";
import { describeError, EXIT, InputError, UsageError } from "./errors";
import { createExecutor, runOrdered, type WorkItem } from "./executor";
import { type InputSource, resolveInputs } from "./inputs";
import type { LibraryOptions } from "./libraries";
import { HTML_EXTENSIONS, type Markup } from "./markup";
import { atomicFileSink, type OutputSink, streamSink } from "./output";
import { createProgress } from "./progress";
import { readDocument, readLineBatches } from "./read-input";
import { type CommandName, HTML_COMMANDS, type OutputFormat, type Task, type TaskSpec } from "./tasks";

/** Options shared by every command (parsed by commander). */
export interface CommonOptions {
  output?: string;
  jsonl?: boolean;
  idField: string;
  textField: string;
  jobs: number;
  quiet?: boolean;
  skipErrors?: boolean;
  options?: string;
  stats?: boolean;
}

/** Everything a run needs. */
export interface RunRequest {
  command: CommandName;
  operands: string[];
  common: CommonOptions;
  format: OutputFormat;
  explain: boolean;
  /** library options from flags (override `--options FILE`) */
  libraryOptions: LibraryOptions;
  /** `--html` / `--text` (parse and strip): force every input to be read as HTML or as text; default: detect */
  markup?: Markup;
}

/** The process streams a run uses (injectable for tests). */
export interface RunStreams {
  stdin: Readable;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/** The JSONL field holding a document's HTML (parse and strip). */
const HTML_FIELD = "html";

async function readOptionsFile(path: string): Promise<LibraryOptions> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new InputError(
      `${path}: ${(error as { code?: string }).code === "ENOENT" ? "no such file" : describeError(error)}`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: invalid JSON (${describeError(error)})`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new InputError(`${path}: --options must hold a JSON object`);
  }
  return value as LibraryOptions;
}

/**
 * Run a command to completion.
 *
 * @param request - the parsed command line
 * @param streams - stdin, stdout, stderr
 * @returns the exit code (0 ok, 1 input error)
 */
export async function run(request: RunRequest, streams: RunStreams): Promise<number> {
  const { common } = request;
  const started = performance.now();
  if (common.jsonl && common.idField === common.textField) {
    throw new UsageError("--id-field and --text-field must differ");
  }
  const fileOptions = common.options ? await readOptionsFile(common.options) : {};
  const options = { ...fileOptions, ...request.libraryOptions };

  let errors = 0;
  const reportError = (message: string) => {
    errors++;
    streams.stderr.write(`nass: ${message}\n`);
  };

  const readsHtml = HTML_COMMANDS.includes(request.command);
  const extensions = common.jsonl ? [".jsonl"] : readsHtml ? [".txt", ...HTML_EXTENSIONS] : [".txt"];
  const skip = common.skipErrors === true;
  const inputs: InputSource[] = await resolveInputs(
    request.operands,
    extensions,
    skip ? (error) => reportError(error.message) : undefined,
  );
  const stdinCount = inputs.filter((i) => i.name === "-").length;
  if (stdinCount > 1) throw new UsageError("stdin ('-') can be read only once");
  const anyDirectory = inputs.some((i) => i.fromDirectory);
  const mode = common.jsonl ? "jsonl" : inputs.length === 1 && !anyDirectory ? "single" : "files";
  // One document needs no thread pool: starting workers would cost more than it could save.
  const jobs = mode === "single" ? 1 : common.jobs;
  const spec: TaskSpec = {
    command: request.command,
    format: request.format,
    explain: request.explain,
    options,
    mode,
    idField: common.idField,
    textField: common.textField,
    markup: readsHtml ? (request.markup ?? "detect") : "text",
    htmlField: readsHtml ? HTML_FIELD : null,
    withFile: mode === "jsonl" && (inputs.length > 1 || anyDirectory),
    encode: jobs > 1,
  };
  const totalBytes = inputs.every((i) => i.size !== undefined)
    ? inputs.reduce((sum, i) => sum + (i.size ?? 0), 0)
    : undefined;

  // Corpus lines go to workers in batches of about BATCH_BYTES.
  const BATCH_BYTES = 1 << 17;
  async function* items(): AsyncGenerator<WorkItem> {
    let bytesBefore = 0;
    for (const input of inputs) {
      if (mode === "jsonl") {
        let read = 0;
        try {
          for await (const batch of readLineBatches(input.name, streams.stdin, BATCH_BYTES)) {
            read = batch.bytesRead;
            const task: Task =
              batch.kind === "utf8"
                ? { spec, bytes: batch.bytes, file: input.name, firstLine: batch.firstLine }
                : { spec, docs: batch.lines.map((l) => ({ input: l.text, file: input.name, line: l.number })) };
            yield { task, bytesRead: bytesBefore + read };
          }
        } catch (error) {
          yield { error: describeError(error), bytesRead: bytesBefore + read };
          if (!skip) return;
        }
        bytesBefore += input.size ?? read;
      } else {
        try {
          const { text, bytes } = await readDocument(input.name, streams.stdin);
          bytesBefore += bytes;
          yield { task: { spec, docs: [{ input: text, file: input.name, line: 0 }] }, bytesRead: bytesBefore };
        } catch (error) {
          yield { error: describeError(error), bytesRead: bytesBefore };
          if (!skip) return;
        }
      }
    }
  }

  const sink: OutputSink = common.output ? await atomicFileSink(common.output) : streamSink(streams.stdout);
  const executor = createExecutor(jobs);
  const progress = createProgress(streams.stderr, streams.stderr.isTTY === true && !common.quiet, totalBytes);
  let docs = 0;
  let bytesDone = 0;
  let failed = false;
  try {
    const completed = await runOrdered(items(), executor, Math.max(2, jobs * 4), async (part, bytesRead) => {
      bytesDone = bytesRead;
      if ("output" in part) {
        docs += part.docs;
        progress.update(docs, bytesRead);
        await sink.write(part.output);
        return true;
      }
      progress.update(docs, bytesRead);
      reportError(part.error);
      return skip;
    });
    failed = !completed;
  } catch (error) {
    failed = true;
    reportError(describeError(error));
  } finally {
    await executor.close();
    progress.done();
  }
  if (failed) {
    await sink.abort();
    return EXIT.input;
  }
  await sink.commit();
  if (errors > 0) {
    streams.stderr.write(`nass: ${errors} error${errors === 1 ? "" : "s"} skipped (--skip-errors)\n`);
  }
  if (common.stats) {
    const seconds = (performance.now() - started) / 1000;
    const stats = {
      docs,
      bytes: bytesDone,
      errors,
      seconds: Number(seconds.toFixed(3)),
      jobs,
      maxRssKB: process.resourceUsage().maxRSS,
      mainThreadBusy: Number(performance.eventLoopUtilization().utilization.toFixed(3)),
    };
    streams.stderr.write(`nass-stats ${JSON.stringify(stats)}\n`);
  }
  return EXIT.ok;
}
