// The virtual module build-playground.mjs generates from ../seeds at build time.
declare module "nass:seeds" {
  import type { Seed } from "./shapes.ts";
  export const seeds: Seed[];
}
