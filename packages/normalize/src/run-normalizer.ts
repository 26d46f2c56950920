import type { Compiled } from "./compile.ts";

// ---- pass constants (copied into run-normalizer-plain.ts by the generator) ----
/**
 * The action codes of `compile.ts`'s `Action` as module-local constants for the hot loop (imported
 * bindings cost a load and a check per use there); Copy = 0 and Map are folded into `Compiled.code`.
 */
const A_DELETE = 2;
const A_EXPAND = 3;
const A_SPACE = 4;
const A_CARRIAGERETURN = 5;
const A_MARK = 6;
const A_COMPOSE = 7;
const A_CONTEXTYEH = 8;
const A_CONTEXTQUOTE = 9;

/** U+0020 SPACE */
const SPACE = 0x20;
/** `code[c]` of a collapsing space (action << 16 | U+0020) */
const SPACE_CODE = (A_SPACE << 16) | SPACE;
/**
 * Longest run of combining marks after one letter that is put in canonical order (Unicode's
 * stream-safe format allows 30).
 */
const MAX_CLUSTER = 32;
// ---- end of pass constants ----

/** The output of one pass: `length` units in `units`; `sources[k]` is the input index of unit `k`. */
export interface PassOutput {
  units: Uint16Array;
  sources: Int32Array | null;
  length: number;
}

/** Index of the first unit of `text` that some rule changes, or `text.length`. */
export function firstChange(text: string, act: Uint8Array): number {
  const n = text.length;
  let i = 0;
  while (i < n && act[text.charCodeAt(i)] === 0) i++;
  return i;
}

/**
 * The single pass over `text` from `start` (units before it are copied unchanged). Writes into a
 * preallocated `Uint16Array`, grown only by expansions; with `withMap`, records each output
 * unit's input index in an `Int32Array` beside it.
 *
 * `scripts/generate-plain-pass.ts` derives `run-normalizer-plain.ts` (the same pass without the
 * map, measurably faster) from this function: every map-only statement is one line starting with
 * `if (src !== null)`, and the generated copy drops them.
 */
export function runPass(text: string, compiled: Compiled, start: number, withMap: boolean): PassOutput {
  const { rep, alt, ccc, expOffsets, expData, compositions } = compiled;
  const code = compiled.code;
  const n = text.length;
  let capacity = n + compiled.maxExpansion + 16;
  let out = new Uint16Array(capacity);
  let src: Int32Array | null = withMap ? new Int32Array(capacity) : null;
  let o = 0;
  // the marks handled last: `out[runStart + 1 .. runEnd)` are marks after the starter at `runStart`
  let runStart = -1;
  let runEnd = -1;
  for (; o < start; o++) out[o] = text.charCodeAt(o);
  if (src !== null) for (let k = 0; k < start; k++) src[k] = k;

  for (let i = start; i < n; i++) {
    // The fast path, in a loop of its own where the output array cannot be replaced (the JIT keeps
    // its address in a register): Copy and Map (`code[c]` is the output unit, `c` itself when
    // unchanged) and Delete (`code[c]` = 1 << 16) are written either way and the output advances
    // only for a kept unit, which spares a hard-to-predict branch on every diacritic.
    const units = out;
    let c = 0;
    let v = 0;
    for (; i < n; i++) {
      c = text.charCodeAt(i);
      v = code[c] as number;
      if (v >= 0x20000) break;
      if (src !== null) src[o] = i;
      units[o] = v;
      o += 1 - (v >>> 16);
    }
    if (i === n) break;
    if (v === SPACE_CODE) {
      if (o === 0 || out[o - 1] !== SPACE) {
        if (src !== null) src[o] = i;
        out[o++] = SPACE;
      }
      continue;
    }
    const a = v >>> 16;
    switch (a) {
      case A_EXPAND: {
        const k = rep[c] as number;
        const from = expOffsets[k] as number;
        const to = expOffsets[k + 1] as number;
        if (o + (to - from) + (n - i) > capacity) {
          capacity = Math.max(capacity * 2, o + (to - from) + (n - i) + 16);
          out = grow(out, o, new Uint16Array(capacity));
          if (src !== null) src = grow(src, o, new Int32Array(capacity));
        }
        for (let e = from; e < to; e++) {
          const u = expData[e] as number;
          if (u === SPACE && compiled.collapse && o > 0 && out[o - 1] === SPACE) continue;
          if (ccc[u] !== 0) {
            // a mark (nfc on): its place among the marks already written, as for a Mark
            o = insertMarkBounded(out, src, o, u, i, ccc);
            continue;
          }
          if (src !== null) src[o] = i;
          out[o++] = u;
        }
        break;
      }
      case A_CARRIAGERETURN:
        if (src !== null) src[o] = i;
        out[o++] = 0x0a;
        if (i + 1 < n && text.charCodeAt(i + 1) === 0x0a) i++;
        break;
      case A_MARK:
      case A_COMPOSE: {
        if (a === A_MARK && (o === 0 || (ccc[out[o - 1] as number] as number) <= (ccc[c] as number))) {
          // already in canonical order after the previous unit: append (the common case)
          if (o === runEnd) runEnd = o + 1;
          if (src !== null) src[o] = i;
          out[o++] = rep[c] as number;
          break;
        }
        // NFC on the cluster of marks after the last starter: the new mark's canonical place is
        // after every mark of a lower or equal class; it composes with the starter unless a mark
        // of its own class precedes it (blocked). Clusters longer than MAX_CLUSTER are appended
        // as they come, and the cluster's start is remembered while marks keep coming, which
        // keeps the pass linear on adversarial runs of marks.
        const cls = ccc[c] as number;
        let j: number;
        if (o === runEnd) j = runStart;
        else {
          j = o - 1;
          while (j >= 0 && o - 1 - j < MAX_CLUSTER && ccc[out[j] as number] !== 0) j--;
        }
        const count = o - 1 - j;
        if (a === A_COMPOSE) {
          if (j >= 0 && count < MAX_CLUSTER && ccc[out[j] as number] === 0) {
            let blocked = false;
            for (let k = j + 1; k < o; k++) if (ccc[out[k] as number] === cls) blocked = true;
            const composed = blocked ? undefined : compositions.get(((out[j] as number) << 16) | c);
            if (composed !== undefined) {
              out[j] = composed & 0xffff;
              // the hamza or madda split off the starter goes first among the marks of its class
              if (composed > 0xffff) o = insertMark(out, src, o, composed >>> 16, i, ccc, 1);
              runStart = j;
              runEnd = o;
              break;
            }
          }
          if (alt[c] === A_DELETE) break;
        }
        if (count >= MAX_CLUSTER) {
          if (src !== null) src[o] = i;
          out[o++] = rep[c] as number;
        } else o = insertMark(out, src, o, rep[c] as number, i, ccc);
        runStart = j;
        runEnd = o;
        break;
      }
      case A_CONTEXTYEH: {
        let j = i + 1;
        while (j < n && (compiled.flags[text.charCodeAt(j)] as number) & 4) j++;
        const final = j >= n || ((compiled.flags[text.charCodeAt(j)] as number) & 2) === 0;
        if (src !== null) src[o] = i;
        out[o++] = final ? (alt[c] as number) : (rep[c] as number);
        break;
      }
      case A_CONTEXTQUOTE: {
        const prev = o === 0 ? SPACE : (out[o - 1] as number);
        const opening =
          prev === SPACE || prev === 0x0a || prev === 0x28 || prev === 0x5b || prev === 0x7b || prev === 0xab;
        if (src !== null) src[o] = i;
        out[o++] = opening ? (rep[c] as number) : (alt[c] as number);
        break;
      }
    }
  }
  return { units: out, sources: src, length: o };
}

/** Copy the first `used` units of `from` into the larger `to`. */
export function grow<T extends Uint16Array | Int32Array>(from: T, used: number, to: T): T {
  to.set(from.subarray(0, used));
  return to;
}

/**
 * {@link insertMark} after counting the marks before it: a run of `MAX_CLUSTER` marks or more is
 * appended to, not sorted (as the Mark action does).
 */
export function insertMarkBounded(
  out: Uint16Array,
  src: Int32Array | null,
  o: number,
  m: number,
  i: number,
  ccc: Uint8Array,
): number {
  let j = o - 1;
  while (j >= 0 && o - 1 - j < MAX_CLUSTER && ccc[out[j] as number] !== 0) j--;
  if (o - 1 - j < MAX_CLUSTER) return insertMark(out, src, o, m, i, ccc);
  if (src !== null) src[o] = i;
  out[o] = m;
  return o + 1;
}

/**
 * Insert combining mark `m` at the end of the output, moved before the marks of a higher combining
 * class (`beforeEqual` 1: also before those of its own class).
 */
export function insertMark(
  out: Uint16Array,
  src: Int32Array | null,
  o: number,
  m: number,
  i: number,
  ccc: Uint8Array,
  beforeEqual = 0,
): number {
  const cls = ccc[m] as number;
  let j = o;
  while (j > 0 && (ccc[out[j - 1] as number] as number) + beforeEqual > cls) {
    out[j] = out[j - 1] as number;
    j--;
  }
  out[j] = m;
  // sources stay in input order: the moved marks keep the slots' (non-decreasing) sources
  if (src !== null) src[o] = i;
  return o + 1;
}
