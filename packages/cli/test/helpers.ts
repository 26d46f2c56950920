/** Test helpers: run the built `nass` as a process, find the seeds, load the real libraries. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const PACKAGE_DIR = join(import.meta.dirname, "..");
export const BIN = join(PACKAGE_DIR, "bin", "nass.js");
export const SEEDS_DIR = join(PACKAGE_DIR, "..", "..", "seeds");
/** A real news page's HTML (BBC News عربي, eval/realpages; the text belongs to its publisher). */
export const REAL_HTML = join(PACKAGE_DIR, "..", "..", "eval", "realpages", "ar14-bbcarabic", "source.html");

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Run `node bin/nass.js ...args` with optional stdin; stdout/stderr decoded as UTF-8. */
export function nass(args: readonly string[], options: { input?: string | Buffer; cwd?: string } = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? "",
    cwd: options.cwd ?? PACKAGE_DIR,
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** One seed page: its folder name, path and text. */
export interface Seed {
  name: string;
  dir: string;
  path: string;
  text: string;
}

/** Every seed case folder with its `.txt` page, sorted by name. */
export function seeds(): Seed[] {
  return readdirSync(SEEDS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((name) => {
      const dir = join(SEEDS_DIR, name);
      const txt = readdirSync(dir).find((f) => f.endsWith(".txt"));
      if (txt === undefined) return [];
      const path = join(dir, txt);
      return [{ name, dir, path, text: readFileSync(path, "utf8") }];
    });
}

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "nass-cli-test-"));
}

/** Load a library function from its built package; throws when the package or the export is missing. */
export async function library<T>(pkg: string, name: string): Promise<T> {
  const namespace = (await import(pkg)) as Record<string, unknown>;
  if (typeof namespace[name] !== "function") throw new Error(`${pkg} does not export ${name}() (is it built?)`);
  return namespace[name] as T;
}

/** Every stderr line must be a `nass: ...` message: no stack trace, no commander prefix. */
export function expectCleanStderr(stderr: string): string[] {
  const lines = stderr.split("\n").filter((l) => l.length > 0);
  for (const line of lines) {
    if (!line.startsWith("nass: ") || /^\s+at /.test(line)) {
      throw new Error(`unexpected stderr line: ${JSON.stringify(line)}`);
    }
  }
  return lines;
}
