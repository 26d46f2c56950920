/**
 * The classifier: analyse each block on its own, then run the passes (`passes/index.ts`) over one page state
 * in order: find the article, then give blocks their classes in context (menus, list sections opened by a
 * heading cue, bare headline runs after the body, spam outside it); then the final assembly (kinds,
 * duplicates, zones, boilerplate flags).
 */
import { assembleBlocks } from "./assemble-blocks.ts";
import { buildCueIndex, type CueIndex } from "./cue-index.ts";
import { DEFAULT_CUES } from "./cues/index.ts";
import { createPageState } from "./page-state.ts";
import { PASSES } from "./passes/index.ts";
import { type ResolvedOptions, resolveOptions } from "./resolve-options.ts";
import type { BlockTrace, ClassifyBlocksOptions, ClassifyBlocksResult, InputBlock } from "./types.ts";

let defaultIndex: CueIndex | undefined;
/** Compiled caller cues, per cues object: a caller who reuses one options object compiles once. */
const callerIndexes = new WeakMap<object, CueIndex>();

/**
 * The compiled cues for resolved options; the built-in lexicon is compiled once and reused.
 *
 * @param options - resolved options
 * @param callerCues - the caller's `options.cues` object (cache key)
 * @returns the cue index
 */
export function cueIndexFor(options: ResolvedOptions, callerCues?: object): CueIndex {
  defaultIndex ??= buildCueIndex(DEFAULT_CUES);
  if (options.cues === DEFAULT_CUES) return defaultIndex;
  const cached = callerCues ? callerIndexes.get(callerCues) : undefined;
  if (cached && options.usesDefaults === cached.usesDefaults) return cached;
  const index = options.usesDefaults
    ? buildCueIndex(options.extraCues, defaultIndex)
    : buildCueIndex(options.extraCues);
  index.usesDefaults = options.usesDefaults;
  if (callerCues) callerIndexes.set(callerCues, index);
  return index;
}

function checkBlocks(blocks: unknown): asserts blocks is readonly InputBlock[] {
  if (!Array.isArray(blocks)) {
    throw new TypeError(`blocks must be an array, got ${blocks === null ? "null" : typeof blocks}`);
  }
  blocks.forEach((block: unknown, i) => {
    const b = block as InputBlock | null;
    if (b === null || typeof b !== "object" || typeof b.text !== "string") {
      throw new TypeError(`blocks[${i}].text must be a string`);
    }
    if (typeof b.start !== "number" || typeof b.end !== "number") {
      throw new TypeError(`blocks[${i}].start and blocks[${i}].end must be numbers`);
    }
  });
}

/**
 * Classify pre-split blocks (one per line, or one per HTML element from a front end) as article content or
 * page chrome, find headline lists and mark duplicates.
 *
 * @param blocks - trimmed spans of the caller's input, in order; each may carry `features`
 *   (`linkDensity`, `tagName`) from an HTML front end
 * @param options - cues, thresholds and what to keep ({@link ClassifyBlocksOptions})
 * @returns every block classified (same order, same spans) and the headline lists; with `trace: true`, also
 *   which pass decided each block ({@link BlockTrace})
 * @example
 * ```ts
 * const text = "الأكثر قراءة\n1. عنوان الخبر الأول هنا";
 * const { blocks, lists } = classifyBlocks([
 *   { text: "الأكثر قراءة", start: 0, end: 12 },
 *   { text: "1. عنوان الخبر الأول هنا", start: 13, end: 37 },
 * ]);
 * blocks.map((b) => b.kind); // ["list-heading", "list-item"]
 * lists[0].items[0].text; // "عنوان الخبر الأول هنا"
 * ```
 * @example
 * ```ts
 * classifyBlocks(blocks, { trace: true }).trace; // [{ index: 0, pass: "list-sections" }, { index: 1, pass: "list-sections" }]
 * ```
 */
export function classifyBlocks(blocks: readonly InputBlock[], options?: ClassifyBlocksOptions): ClassifyBlocksResult {
  checkBlocks(blocks);
  const resolved = resolveOptions(options);
  return classifyResolved(blocks, resolved, cueIndexFor(resolved, options?.cues));
}

/**
 * {@link classifyBlocks} with options already resolved (used by `stripBoilerplate`).
 *
 * @param blocks - the blocks
 * @param options - resolved options
 * @param index - compiled cues
 * @param source - the page the blocks' offsets point into, when known (read for speed)
 * @returns classified blocks and lists (and the trace when `options.trace` is set)
 * @example
 * ```ts
 * const resolved = resolveOptions({});
 * classifyResolved(splitLines(text), resolved, cueIndexFor(resolved), text).blocks;
 * ```
 */
export function classifyResolved(
  blocks: readonly InputBlock[],
  options: ResolvedOptions,
  index: CueIndex,
  source?: string,
): ClassifyBlocksResult {
  const state = createPageState(blocks, options, index, source);
  for (const pass of PASSES) pass.run(state);
  return assembleBlocks(state);
}
