/**
 * The fixture folders of seeds/ and their pages, read the same way by every package's golden,
 * metamorphic and chrome-swap tests (seeds/README.md describes the folders).
 *
 * @example
 * ```ts
 * import { readSeedPage, seedCases } from "../../../tools/seed-pages.ts";
 * for (const name of seedCases()) parseArticle(readSeedPage(name));
 * ```
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Absolute path of seeds/. */
export const SEEDS_DIR = join(import.meta.dirname, "../seeds");

/** The fixture folders' names, sorted. */
export function seedCases(): string[] {
  return readdirSync(SEEDS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** True for the real scraped pages (folders named `NNN_<hash>`), false for hand-written fixtures. */
export function isRealSeed(name: string): boolean {
  return /^\d{3}_/.test(name);
}

/**
 * The page of one fixture folder: its one `.txt` file.
 *
 * @throws Error when the folder holds no `.txt` page
 */
export function readSeedPage(name: string): string {
  const dir = join(SEEDS_DIR, name);
  const file = readdirSync(dir).find((entry) => entry.endsWith(".txt"));
  if (file === undefined) throw new Error(`seeds/${name} has no .txt page`);
  return readFileSync(join(dir, file), "utf8");
}
