/**
 * Expand command-line operands into the list of inputs: files as given, directories searched
 * recursively for files with the wanted extensions (sorted, so runs are deterministic), `-` for stdin.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "./errors";

/** One input: a file path, or `-` for standard input. */
export interface InputSource {
  /** path as shown in output and messages (`-` is stdin) */
  name: string;
  /** size in bytes when known (files), else undefined */
  size: number | undefined;
  /** true when found by searching a directory operand */
  fromDirectory: boolean;
}

/** Node's error codes worded for people. */
function reason(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  if (code === "ENOTDIR") return "not a directory";
  return error instanceof Error ? error.message : String(error);
}

/**
 * Wrap a filesystem error as an {@link InputError} naming the path.
 *
 * @param path - the file the error is about
 * @param error - the error Node threw
 * @returns an InputError with a one-line message
 */
export function fileError(path: string, error: unknown): InputError {
  return new InputError(`${path}: ${reason(error)}`);
}

/** Code-unit order, independent of locale. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `*.txt`, `*.txt or *.html`, `*.txt, *.html, *.htm or *.xhtml`: the patterns for a message. */
function patterns(extensions: readonly string[]): string {
  const globs = extensions.map((e) => `*${e}`);
  return globs.length <= 1 ? globs.join("") : `${globs.slice(0, -1).join(", ")} or ${globs.at(-1)}`;
}

async function walk(dir: string, extensions: readonly string[], out: InputSource[]): Promise<void> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw fileError(dir, error);
  }
  entries.sort((a, b) => byCodeUnits(a.name, b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Follow links to files; links to directories are skipped so a cycle can never loop.
      const target = await stat(path).catch(() => undefined);
      isFile = target?.isFile() ?? false;
      isDir = false;
    }
    if (isDir) await walk(path, extensions, out);
    else if (isFile && extensions.some((extension) => entry.name.endsWith(extension))) {
      const size = (await stat(path).catch(() => undefined))?.size;
      out.push({ name: path, size, fromDirectory: true });
    }
  }
}

async function resolveOperand(operand: string, extensions: readonly string[], out: InputSource[]): Promise<void> {
  let info: import("node:fs").Stats;
  try {
    info = await stat(operand);
  } catch (error) {
    throw fileError(operand, error);
  }
  if (info.isDirectory()) {
    const found: InputSource[] = [];
    await walk(operand, extensions, found);
    if (found.length === 0) throw new InputError(`${operand}: no ${patterns(extensions)} file in this directory`);
    out.push(...found);
  } else {
    out.push({ name: operand, size: info.size, fromDirectory: false });
  }
}

/**
 * Resolve operands (files, directories, `-`) into inputs. No operand means stdin.
 *
 * @param operands - the command's arguments
 * @param extensions - file extensions searched for in directories (`.txt`, also `.html`, `.htm` and `.xhtml` for
 *   the commands that read HTML, or `.jsonl` in corpus mode)
 * @param onError - when given, an operand that cannot be used is passed to it and skipped instead of thrown
 * @returns the inputs in order: operands as given, each directory's files sorted by path
 * @throws InputError for a missing or unreadable path, or a directory with no matching file
 */
export async function resolveInputs(
  operands: readonly string[],
  extensions: readonly string[],
  onError?: (error: InputError) => void,
): Promise<InputSource[]> {
  if (operands.length === 0) return [{ name: "-", size: undefined, fromDirectory: false }];
  const out: InputSource[] = [];
  for (const operand of operands) {
    if (operand === "-") {
      out.push({ name: "-", size: undefined, fromDirectory: false });
      continue;
    }
    try {
      await resolveOperand(operand, extensions, out);
    } catch (error) {
      if (!(error instanceof InputError) || onError === undefined) throw error;
      onError(error);
    }
  }
  return out;
}
