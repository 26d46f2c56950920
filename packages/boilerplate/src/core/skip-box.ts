/**
 * Boxes a skip link jumps over. Accessible templates (the BBC's World Service sites among them) print a
 * link that skips an insert inside the article ("تخطى قصص مقترحة وواصل القراءة", "Skip X and continue
 * reading") and an end marker after it ("قصص مقترحة نهاية", "End of X"): every line between the two is
 * the insert's, never the article's.
 */
import { matchKey } from "../match-key.ts";
import { REASONS } from "../reasons.ts";
import type { BlockKind, InputBlock } from "../types.ts";

/** Reason of a line inside a skipped box that no earlier rule named. */
export const SKIPPED_BOX = REASONS.skippedBox;

/** Longest skip link or end marker, in UTF-16 units. */
const MAX_LINK_CHARS = 120;
/** Most blocks between a skip link and its end marker. */
const MAX_BOX_BLOCKS = 40;

/** Skip verbs, folded ("تخطى" folds to "تخطي"). */
const SKIP_VERBS = ["تخطي", "تجاوز", "skip"];
/** "and continue reading", folded. */
const CONTINUE_TAILS = ["وواصل القراءه", "وتابع القراءه", "and continue reading"];

/** The label a skip link names ("قصص مقترحة" in "تخطى قصص مقترحة وواصل القراءة"), folded, or null. */
function skipLabel(key: string): string | null {
  const space = key.indexOf(" ");
  if (space < 0 || !SKIP_VERBS.includes(key.slice(0, space))) return null;
  for (const tail of CONTINUE_TAILS) {
    if (key.endsWith(` ${tail}`)) {
      const label = key.slice(space + 1, key.length - tail.length - 1);
      return label.length > 0 ? label : null;
    }
  }
  return null;
}

/**
 * Mark the lines of every skipped box: the skip link, the lines up to the end marker that no earlier rule
 * named, and the end marker are `widget` with reason {@link SKIPPED_BOX} (lines already named, such as the
 * box's list heading and items, keep their classes). When the scraper dropped the skip link (a crawler
 * extractor removes links), the box runs from the line that repeats the end marker's label
 * ("يستحق الانتباه" ... "يستحق الانتباه نهاية").
 *
 * @param blocks - the page's blocks
 * @param assigned - the classes given so far, updated in place
 * @example
 * ```ts
 * // "تخطى يستحق الانتباه وواصل القراءة" / "يستحق الانتباه" / "شرح معمق ..." / "يستحق الانتباه نهاية"
 * // all four lines: widget insert:skipped-box
 * ```
 */
export function markSkipBoxes(
  blocks: readonly InputBlock[],
  assigned: ({ kind: BlockKind; reason: string | null } | null)[],
): void {
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    // cheap test first: a skip link opens with "ت" (تخطى, تجاوز) or "s" (skip)
    const c = text.charCodeAt(0);
    if (text.length > MAX_LINK_CHARS || (c !== 0x062a && c !== 0x73 && c !== 0x53)) continue;
    const label = skipLabel(matchKey(text));
    if (label === null) continue;
    const ends = [`${label} نهايه`, `end of ${label}`];
    let end = -1;
    for (let k = i + 1; k < blocks.length && k - i <= MAX_BOX_BLOCKS; k++) {
      if (blocks[k]!.text.length <= MAX_LINK_CHARS && ends.includes(matchKey(blocks[k]!.text))) {
        end = k;
        break;
      }
    }
    if (end < 0) continue;
    markBox(assigned, i, end);
    i = end;
  }
  // an end marker whose skip link the scraper dropped: the box runs from the line that repeats its label
  for (let end = 0; end < blocks.length; end++) {
    const text = blocks[end]!.text;
    if (text.length > MAX_LINK_CHARS || assigned[end]?.reason === SKIPPED_BOX || !mayEndBox(text)) continue;
    const label = endLabel(matchKey(text));
    if (label === null) continue;
    let first = end;
    for (let k = end - 1; k >= 0 && end - k <= MAX_BOX_BLOCKS; k--) {
      if (assigned[k]?.reason === SKIPPED_BOX) break;
      if (blocks[k]!.text.length <= MAX_LINK_CHARS && matchKey(blocks[k]!.text) === label) {
        first = k;
        break;
      }
    }
    // (with its label line gone too, the end marker alone is still the box's)
    markBox(assigned, first, end);
  }
}

/** Mark a box's lines: its first and last line always, the lines between unless a rule named them already. */
function markBox(assigned: ({ kind: BlockKind; reason: string | null } | null)[], first: number, last: number): void {
  for (let k = first; k <= last; k++) {
    const given = assigned[k];
    if (given && k !== first && k !== last) continue;
    if (given && given.kind === "list-heading") continue;
    assigned[k] = { kind: "widget", reason: SKIPPED_BOX };
  }
}

/** Cheap test for an end marker: it ends with "نهاية" (or its folded "نهايه") or opens with "End of". */
function mayEndBox(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x0629 || last === 0x0647) return true;
  const first = text.charCodeAt(0);
  return (first === 0x65 || first === 0x45) && /^end of /iu.test(text);
}

/** The label an end marker closes ("قصص مقترحة" in "قصص مقترحة نهاية"), folded, or null. */
function endLabel(key: string): string | null {
  if (key.endsWith(" نهايه")) return key.length > 6 ? key.slice(0, -6) : null;
  if (key.startsWith("end of ")) return key.length > 7 ? key.slice(7) : null;
  return null;
}
