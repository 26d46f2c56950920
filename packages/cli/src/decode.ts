/**
 * Text decoding with byte-order-mark detection: UTF-8 (with or without BOM), UTF-16 LE and BE (with BOM).
 * The BOM is removed; invalid byte sequences are an error, never silently replaced.
 */
import { TextDecoder } from "node:util";
import { InputError } from "./errors";

/** The encodings `nass` reads. */
export type InputEncoding = "utf-8" | "utf-16le" | "utf-16be";

/**
 * Detect the encoding from the first bytes (the BOM), defaulting to UTF-8.
 *
 * @param head - the first bytes of the input (at least 3 when available)
 * @returns the encoding and the BOM's length in bytes
 */
export function sniffEncoding(head: Uint8Array): { encoding: InputEncoding; bomLength: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf-8", bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  return { encoding: "utf-8", bomLength: 0 };
}

/**
 * Create a strict streaming decoder for the given encoding (`fatal`: bad bytes throw).
 *
 * @param encoding - the input encoding
 * @returns a `TextDecoder` that keeps the BOM bytes (the caller strips them)
 */
export function createDecoder(encoding: InputEncoding): TextDecoder {
  return new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
}

/**
 * Decode a whole file's bytes.
 *
 * @param bytes - the file content
 * @param name - the file name for error messages
 * @returns the text without BOM
 * @throws InputError when the bytes are not valid in the detected encoding
 */
export function decodeBytes(bytes: Uint8Array, name: string): string {
  const { encoding, bomLength } = sniffEncoding(bytes);
  try {
    return createDecoder(encoding).decode(bytes.subarray(bomLength));
  } catch {
    throw new InputError(`${name}: not valid ${encoding.toUpperCase()} text`);
  }
}
