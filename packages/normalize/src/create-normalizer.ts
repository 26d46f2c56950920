import { checkString } from "./check-text.ts";
import { Action, type Compiled, Flag, getCompiled } from "./compile.ts";
import { normalizeCompiled } from "./normalize-compiled.ts";
import { type NormalizeOptions, resolveOptions } from "./options.ts";

/**
 * A streaming normalizer from {@link createNormalizer}.
 *
 * @example
 * ```ts
 * const n: Normalizer = createNormalizer();
 * n.push("ک") + n.push("ی") + n.flush(); // "كى"
 * ```
 */
export interface Normalizer {
  /**
   * Feed the next chunk; returns the normalized text that is now final (possibly `""`). The tail
   * that depends on what follows (a letter and its marks, a space run, a CR, a surrogate, a
   * word-final YEH decision) is held back until the next chunk or `flush`.
   * @throws TypeError when `chunk` is not a string
   */
  push(chunk: string): string;
  /** Normalize and return everything held back; the normalizer is then ready for a new stream. */
  flush(): string;
}

/**
 * A streaming normalizer: the concatenation of every `push` result and the final `flush` equals
 * `normalize(wholeText, options)` however the text is cut into chunks.
 *
 * @param options - a preset and any rule switches to override (validated now)
 * @returns an object with `push(chunk)` and `flush()`
 * @throws RangeError on an unknown preset or option value
 *
 * @example
 * ```ts
 * const n = createNormalizer({ preset: "search" });
 * n.push("مدرسَ") + n.push("ةٌ  جد") + n.push("يدة") + n.flush(); // "مدرسه جديده"
 * ```
 */
export function createNormalizer(options?: NormalizeOptions): Normalizer {
  const { rules, key } = resolveOptions(options);
  const compiled = getCompiled(rules, key);
  let pending = "";
  // every cut position of `pending` below this index is already known to be unsafe
  let scanned = 1;
  return {
    push(chunk: string): string {
      checkString(chunk, "chunk");
      if (chunk.length === 0) return "";
      const buffer = pending + chunk;
      let cut = -1;
      for (let p = buffer.length - 1; p >= scanned; p--) {
        if (isSafeCut(buffer, p, compiled)) {
          cut = p;
          break;
        }
      }
      if (cut < 0) {
        pending = buffer;
        scanned = Math.max(1, buffer.length);
        return "";
      }
      pending = buffer.slice(cut);
      scanned = Math.max(1, pending.length);
      return normalizeCompiled(buffer.slice(0, cut), compiled);
    },
    flush(): string {
      const rest = pending;
      pending = "";
      scanned = 1;
      return normalizeCompiled(rest, compiled);
    },
  };
}

/**
 * True when normalizing `text[0, p)` and `text[p, ...)` separately gives the same output as
 * normalizing them together: the unit at `p` reads no state left by earlier units, and no YEH
 * look-alike before `p` still waits to learn whether its word ends.
 */
function isSafeCut(text: string, p: number, compiled: Compiled): boolean {
  const flags = compiled.flags;
  const f = flags[text.charCodeAt(p)] as number;
  if ((f & Flag.StartSafe) === 0) return false;
  if (!compiled.contextYeh || (f & Flag.Letter) === 0) return true;
  let j = p - 1;
  while (j >= 0 && ((flags[text.charCodeAt(j)] as number) & Flag.YehSkip) !== 0) j--;
  return j < 0 || compiled.act[text.charCodeAt(j)] !== Action.ContextYeh;
}
