// Minimal declarations for the peer splitters `eval/peers.ts` runs (neither package ships types).

declare module "sbd" {
  /** sbd's options (https://github.com/Tessmore/sbd#readme); only the ones eval uses. */
  interface SbdOptions {
    newline_boundaries?: boolean;
  }
  const sbd: { sentences(text: string, options?: SbdOptions): string[] };
  export default sbd;
}

declare module "sentencex" {
  /** Split `text` into sentences with the rules of `language` (an ISO 639 code). */
  export function segment(language: string, text: string): string[];
}
