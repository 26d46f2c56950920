/**
 * Pass "kicker-label": a kicker without a colon, a format or status label alone right above the title.
 */
import type { Pass } from "../article-state.ts";
import { isKickerLabel, spanOfBlock } from "../line-roles.ts";

const ID = "kicker-label";

/**
 * A title without a kicker: a format or status label alone right above it ("حصري", "فيديو") is the kicker.
 *
 * @example
 * ```ts
 * kickerLabelPass.run(state); // state.kicker: "حصري" above the title
 * ```
 */
export const kickerLabelPass: Pass = {
  id: ID,
  doc: 'A title without a kicker: a format or status label alone right above it ("حصري", "فيديو") is the kicker.',
  run(state) {
    const { blocks, title, kicker, titleStartIndex } = state;
    // a kicker without a colon: a format or status label alone right above the title ("حصري", "فيديو")
    if (title && !kicker && titleStartIndex > 0 && isKickerLabel(blocks, titleStartIndex - 1)) {
      state.kicker = spanOfBlock(blocks[titleStartIndex - 1]!);
    }
  },
};
