// The virtual module build-playground.mjs generates from ../seeds at build time.
declare module "nass:seeds" {
  /** A page embedded from a ../seeds fixture folder. */
  export interface Seed {
    /** the fixture folder's name, e.g. `002_f58725ca21a85ab9` */
    id: string;
    /** true for the real scraped pages (`NNN_<hash>`), false for hand-written imitations */
    real: boolean;
    /** the page text, byte for byte */
    text: string;
    /** the folder's options.json (passed to parseArticle), or null */
    options: Record<string, unknown> | null;
  }
  export const seeds: Seed[];
}
