/**
 * The text front end: split a scraped page into lines, classify them, keep the article.
 */
import { classifyResolved, cueIndexFor } from "./classify-blocks.ts";
import { resolveOptions } from "./resolve-options.ts";
import { splitLines } from "./split-lines.ts";
import type { Block, StripBoilerplateOptions, StripBoilerplateResult } from "./types.ts";

/** A kept block that belongs in the body text: not the article's header or trailer lines. */
function inText(block: Block): boolean {
  if (block.boilerplate) return false;
  if (block.zone === "body" || block.zone === "outside") return true;
  return block.kind !== "heading" && block.kind !== "content";
}

/**
 * Strip site chrome (menus, tickers, date headers, headline lists, comment forms, share rows, footers,
 * spam) from scraped page text, one block per line, saying why each block was removed.
 *
 * @param text - the page text as a crawler leaves it: one block per line
 * @param options - extra cues, thresholds, what to keep ({@link StripBoilerplateOptions})
 * @returns `text`: the kept blocks joined by `\n`; `blocks`: every non-empty line classified, with offsets
 *   into `text`; `lists`: the headline lists found; `trace` (with the `trace` option): which pass decided
 *   each block
 * @throws TypeError when `text` is not a string; RangeError on an unknown option value
 * @example
 * ```ts
 * const page = "أخبار عاجلة\nوقال الوزير إن الحكومة ستطلق برنامجا جديدا لدعم الشباب في المناطق الداخلية.\nاترك تعليقاً";
 * const result = stripBoilerplate(page);
 * result.text; // "وقال الوزير إن الحكومة ستطلق برنامجا جديدا لدعم الشباب في المناطق الداخلية."
 * result.blocks.map((b) => b.kind); // ["ticker", "content", "comment-form"]
 * result.blocks[2].reason; // "cue:comment-form"
 * ```
 * @example
 * ```ts
 * stripBoilerplate(page, { trace: true }).trace?.[2]; // { index: 2, pass: "analyze" }: its own cue decided it
 * ```
 */
export function stripBoilerplate(text: string, options?: StripBoilerplateOptions): StripBoilerplateResult {
  if (typeof text !== "string") {
    throw new TypeError(`text must be a string, got ${text === null ? "null" : typeof text}`);
  }
  const resolved = resolveOptions(options);
  const { blocks, lists, trace } = classifyResolved(
    splitLines(text),
    resolved,
    cueIndexFor(resolved, options?.cues),
    text,
  );
  let kept = "";
  let first = true;
  for (const block of blocks) {
    if (!inText(block)) continue;
    kept = first ? block.text : kept + "\n" + block.text;
    first = false;
  }
  return trace === undefined ? { text: kept, blocks, lists } : { text: kept, blocks, lists, trace };
}
