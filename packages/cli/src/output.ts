/**
 * Where results go: stdout, or `-o FILE` written atomically (a temporary file in the same directory,
 * renamed over FILE only when the run succeeds; removed on failure or interruption).
 */
import { randomBytes } from "node:crypto";
import { createWriteStream, unlinkSync, type WriteStream } from "node:fs";
import { rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Writable } from "node:stream";
import { fileError } from "./inputs";

/** A destination for output text with backpressure. */
export interface OutputSink {
  /** write text or UTF-8 bytes; resolves when the stream can take more */
  write(text: string | Uint8Array): Promise<void>;
  /** finish successfully (for a file: flush, close and rename into place) */
  commit(): Promise<void>;
  /** give up (for a file: close and delete the temporary file) */
  abort(): Promise<void>;
}

function waitDrain(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      stream.off("error", onError);
      resolve();
    };
    const onError = (error: Error) => {
      stream.off("drain", onDrain);
      reject(error);
    };
    stream.once("drain", onDrain);
    stream.once("error", onError);
  });
}

/**
 * Output to an already open stream (stdout).
 *
 * @param stream - the stream to write to
 * @returns a sink whose commit and abort do nothing
 */
export function streamSink(stream: Writable): OutputSink {
  return {
    async write(text) {
      if (!stream.write(text)) await waitDrain(stream);
    },
    async commit() {},
    async abort() {},
  };
}

/** Temporary files still on disk, removed synchronously if the process is interrupted. */
const liveTemporaries = new Set<string>();

/**
 * Remove every temporary output file now (for signal handlers: synchronous).
 */
export function removeTemporaries(): void {
  for (const path of liveTemporaries) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
  liveTemporaries.clear();
}

function closeStream(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once("error", reject);
    stream.end(() => resolve());
  });
}

/**
 * Output to `path` atomically: the data goes to `.<name>.<random>.tmp` beside it, renamed on commit.
 *
 * @param path - the final file
 * @returns the sink
 * @throws InputError when the temporary file cannot be created
 */
export async function atomicFileSink(path: string): Promise<OutputSink> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const stream = createWriteStream(temporary, { flags: "wx" });
  await new Promise<void>((resolve, reject) => {
    stream.once("open", () => resolve());
    stream.once("error", (error) => reject(fileError(path, error)));
  });
  liveTemporaries.add(temporary);
  let failure: Error | undefined;
  stream.on("error", (error) => {
    failure = error;
  });
  const abort = async () => {
    if (!stream.closed) stream.destroy();
    await unlink(temporary).catch(() => undefined);
    liveTemporaries.delete(temporary);
  };
  return {
    async write(text) {
      if (failure) throw fileError(path, failure);
      if (!stream.write(text)) await waitDrain(stream).catch((error) => Promise.reject(fileError(path, error)));
    },
    async commit() {
      try {
        await closeStream(stream);
        if (failure) throw failure;
        await rename(temporary, path);
        liveTemporaries.delete(temporary);
      } catch (error) {
        await abort();
        throw fileError(path, error);
      }
    },
    abort,
  };
}
