import { assertSpans, BLOCK_GAP } from "../../../tools/assert-spans.ts";
import { type Block, type StripBoilerplateResult, stripBoilerplate } from "../src/index.ts";

/** Strip a page made of `lines` (joined by "\n"), checking the blocks' spans against the contract. */
export function strip(...lines: string[]): StripBoilerplateResult {
  const input = lines.join("\n");
  const result = stripBoilerplate(input);
  assertSpans(input, result.blocks, { nonOverlapping: true, trimmed: true, gapsMatch: BLOCK_GAP, label: "block" });
  return result;
}

/** "kind reason" of the block whose text is `text`, or "missing". */
export const of = (blocks: readonly Block[], text: string): string => {
  const block = blocks.find((b) => b.text === text);
  return block ? `${block.kind} ${block.reason}` : "missing";
};
