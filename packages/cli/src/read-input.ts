/**
 * Reading inputs: a whole document (file or stdin), or a stream of lines with constant memory
 * (corpus mode). Both detect the encoding from the BOM (UTF-8 default, UTF-16 LE/BE).
 */
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Readable } from "node:stream";
import type { TextDecoder } from "node:util";
import { createDecoder, decodeBytes, sniffEncoding } from "./decode";
import { InputError } from "./errors";
import { fileError } from "./inputs";

/**
 * Read a whole document and decode it.
 *
 * @param name - a file path, or `-` for stdin
 * @param stdin - the stream `-` refers to
 * @returns the text (BOM removed) and its size in bytes
 * @throws InputError when the file cannot be read or decoded
 */
export async function readDocument(name: string, stdin: Readable): Promise<{ text: string; bytes: number }> {
  let bytes: Uint8Array;
  if (name === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    bytes = Buffer.concat(chunks);
  } else {
    try {
      bytes = await readFile(name);
    } catch (error) {
      throw fileError(name, error);
    }
  }
  return { text: decodeBytes(bytes, name === "-" ? "<stdin>" : name), bytes: bytes.byteLength };
}

/** One line of a corpus file. */
export interface InputLine {
  /** the line without its terminator (`\n` or `\r\n`) */
  text: string;
  /** 1-based line number */
  number: number;
  /** bytes read from the input so far (for progress) */
  bytesRead: number;
}

/**
 * Stream the lines of a file or stdin, decoding incrementally: memory stays bounded by the longest line.
 * Blank lines are skipped (their numbers still count).
 *
 * @param name - a file path, or `-` for stdin
 * @param stdin - the stream `-` refers to
 * @returns an async iterator of non-blank lines
 * @throws InputError when the file cannot be opened or the bytes are not valid text
 */
export function readLines(name: string, stdin: Readable): AsyncGenerator<InputLine> {
  const stream: Readable = name === "-" ? stdin : createReadStream(name, { highWaterMark: 1 << 16 });
  return readStreamLines(name === "-" ? "<stdin>" : name, stream);
}

async function* readStreamLines(label: string, stream: AsyncIterable<unknown>): AsyncGenerator<InputLine> {
  let decoder: TextDecoder | undefined;
  let pending: Buffer | undefined; // bytes held back until the BOM can be judged (fewer than 3 so far)
  let carry = "";
  let number = 0;
  let bytesRead = 0;

  function* split(text: string, final: boolean): Generator<InputLine> {
    let chunk = carry + text;
    let from = 0;
    for (let nl = chunk.indexOf("\n", from); nl !== -1; nl = chunk.indexOf("\n", from)) {
      number++;
      const end = nl > from && chunk.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      const line = chunk.slice(from, end);
      from = nl + 1;
      if (line.trim().length > 0) yield { text: line, number, bytesRead };
    }
    chunk = chunk.slice(from);
    if (final) {
      carry = "";
      if (chunk.length > 0) {
        number++;
        const line = chunk.endsWith("\r") ? chunk.slice(0, -1) : chunk;
        if (line.trim().length > 0) yield { text: line, number, bytesRead };
      }
    } else {
      carry = chunk;
    }
  }

  function decode(bytes: Uint8Array | undefined): string {
    try {
      return decoder!.decode(bytes, { stream: bytes !== undefined });
    } catch {
      throw new InputError(`${label}:${number + 1}: not valid text in the detected encoding`);
    }
  }

  try {
    for await (const raw of stream) {
      const chunk: Buffer = typeof raw === "string" ? Buffer.from(raw) : (raw as Buffer);
      bytesRead += chunk.byteLength;
      let bytes = chunk;
      if (decoder === undefined) {
        bytes = pending ? Buffer.concat([pending, chunk]) : chunk;
        if (bytes.byteLength < 3) {
          pending = bytes;
          continue;
        }
        const { encoding, bomLength } = sniffEncoding(bytes);
        decoder = createDecoder(encoding);
        bytes = bytes.subarray(bomLength);
        pending = undefined;
      }
      yield* split(decode(bytes), false);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(label, error);
  }
  if (decoder === undefined) {
    const bytes = pending ?? Buffer.alloc(0);
    const { encoding, bomLength } = sniffEncoding(bytes);
    decoder = createDecoder(encoding);
    yield* split(decode(bytes.subarray(bomLength)), false);
  }
  yield* split(decode(undefined), true);
}

/** A batch of corpus lines: raw UTF-8 bytes (whole lines) or, for UTF-16 input, decoded lines. */
export type LineBatch =
  | { kind: "utf8"; bytes: Buffer; firstLine: number; bytesRead: number }
  | { kind: "lines"; lines: InputLine[]; bytesRead: number };

function countNewlines(bytes: Buffer): number {
  let count = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) count++;
  return count;
}

/**
 * Stream a corpus file in batches of whole lines of about `targetBytes`. UTF-8 input (the usual case) is
 * not decoded here: each batch is the raw bytes of whole lines (BOM removed), which the worker splits,
 * validates and decodes, so the main thread's work per byte is a copy. UTF-16 input is decoded here
 * ({@link readLines}) and batched as lines. Memory is bounded by `targetBytes` plus the longest line.
 *
 * @param name - a file path, or `-` for stdin
 * @param stdin - the stream `-` refers to
 * @param targetBytes - the batch size to aim for
 * @returns an async iterator of batches
 * @throws InputError when the input cannot be read (or, for UTF-16, decoded)
 */
export async function* readLineBatches(name: string, stdin: Readable, targetBytes: number): AsyncGenerator<LineBatch> {
  const label = name === "-" ? "<stdin>" : name;
  const stream: Readable = name === "-" ? stdin : createReadStream(name, { highWaterMark: 1 << 16 });
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  let bytesRead = 0;
  const next = async (): Promise<Buffer | undefined> => {
    let result: IteratorResult<Buffer | string>;
    try {
      result = await iterator.next();
    } catch (error) {
      throw fileError(label, error);
    }
    if (result.done) return undefined;
    const chunk = typeof result.value === "string" ? Buffer.from(result.value) : result.value;
    bytesRead += chunk.byteLength;
    return chunk;
  };

  let head: Buffer = Buffer.alloc(0);
  while (head.byteLength < 3) {
    const chunk = await next();
    if (chunk === undefined) break;
    head = head.byteLength === 0 ? chunk : Buffer.concat([head, chunk]);
  }
  const { encoding, bomLength } = sniffEncoding(head);

  if (encoding !== "utf-8") {
    async function* rest(): AsyncGenerator<Buffer> {
      yield head;
      for (let chunk = await next(); chunk !== undefined; chunk = await next()) yield chunk;
    }
    let lines: InputLine[] = [];
    let size = 0;
    for await (const line of readStreamLines(label, rest())) {
      lines.push(line);
      size += line.text.length * 2;
      if (size >= targetBytes) {
        yield { kind: "lines", lines, bytesRead };
        lines = [];
        size = 0;
      }
    }
    if (lines.length > 0) yield { kind: "lines", lines, bytesRead };
    return;
  }

  let parts: Buffer[] = head.byteLength > bomLength ? [head.subarray(bomLength)] : [];
  let size = head.byteLength - bomLength;
  let firstLine = 1;
  const emit = (bytes: Buffer): LineBatch => {
    const batch: LineBatch = { kind: "utf8", bytes, firstLine, bytesRead };
    firstLine += countNewlines(bytes);
    return batch;
  };
  for (let chunk = await next(); chunk !== undefined; chunk = await next()) {
    parts.push(chunk);
    size += chunk.byteLength;
    if (size < targetBytes) continue;
    const newline = chunk.lastIndexOf(10);
    if (newline === -1) continue; // inside a long line: keep reading until it ends
    parts[parts.length - 1] = chunk.subarray(0, newline + 1);
    const rest = chunk.subarray(newline + 1);
    yield emit(Buffer.concat(parts));
    parts = rest.byteLength > 0 ? [rest] : [];
    size = rest.byteLength;
  }
  if (size > 0) yield emit(Buffer.concat(parts));
}
