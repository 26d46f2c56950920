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
export async function* readLines(name: string, stdin: Readable): AsyncGenerator<InputLine> {
  const label = name === "-" ? "<stdin>" : name;
  const stream: Readable = name === "-" ? stdin : createReadStream(name, { highWaterMark: 1 << 16 });
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
      const chunk: Buffer = typeof raw === "string" ? Buffer.from(raw) : raw;
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
