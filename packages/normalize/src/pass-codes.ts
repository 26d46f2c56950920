/**
 * Constants of the single pass (`run-normalizer.ts` and its generated plain copy): the action codes
 * of `compile.ts`'s `Action` as module constants for the hot loop (Copy = 0 and Map are folded into
 * `Compiled.code`).
 */
export const A_DELETE = 2;
export const A_EXPAND = 3;
export const A_SPACE = 4;
export const A_CARRIAGERETURN = 5;
export const A_MARK = 6;
export const A_COMPOSE = 7;
export const A_CONTEXTYEH = 8;
export const A_CONTEXTQUOTE = 9;

/** U+0020 SPACE */
export const SPACE = 0x20;
/** `code[c]` of a deleted unit (action << 16) */
export const DELETE_CODE = A_DELETE << 16;
/** `code[c]` of a collapsing space (action << 16 | U+0020) */
export const SPACE_CODE = (A_SPACE << 16) | SPACE;
/**
 * Longest run of combining marks after one letter that is put in canonical order (Unicode's
 * stream-safe format allows 30).
 */
export const MAX_CLUSTER = 32;
