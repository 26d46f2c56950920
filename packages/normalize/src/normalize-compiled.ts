import { collapseSpaceRuns } from "./collapse-space-runs.ts";
import type { Compiled } from "./compile.ts";
import { decodeUtf16 } from "./decode-utf16.ts";
import { firstChange } from "./run-normalizer.ts";
import { runPassPlain } from "./run-normalizer-plain.ts";

/** `normalize` with its rules already compiled: the input itself when no rule changes anything. */
export function normalizeCompiled(text: string, compiled: Compiled): string {
  const start = firstChange(text, compiled.act);
  if (start === text.length) return text;
  const pass = runPassPlain(text, compiled, start);
  const result = decodeUtf16(pass.units, pass.length);
  return compiled.collapse ? collapseSpaceRuns(result) : result;
}
