import { isArabicLetter, isBullet, isDigit, isLatinLetter, isWhitespace } from "./char-classes.ts";

/** Longest run of digits read as a list number (`1.` to `999.`); longer numbers are years or amounts. */
const MAX_MARKER_DIGITS = 3;

/**
 * If a list marker starts at `i` (`1.`, `١.`, `12)`, `(3)`, `a.`, `ب)`, `-`, `•` ...) and is followed
 * by whitespace, return the index just after the marker; otherwise return -1.
 *
 * Markers are recognised only where a sentence or a line starts; the scanner keeps them inside the
 * following sentence's span, so their dot never ends a sentence.
 *
 * @param text - the input
 * @param i - index of the first non-whitespace character of a line or sentence
 * @returns the end of the marker, or -1
 */
export function listMarkerEnd(text: string, i: number): number {
  const n = text.length;
  let c = text.charCodeAt(i);
  let j = i;
  if (isBullet(c)) {
    j = i + 1;
  } else {
    let open = false;
    if (c === 0x28 /* ( */) {
      open = true;
      j++;
      c = text.charCodeAt(j);
    }
    if (isDigit(c)) {
      let digits = 0;
      while (j < n && isDigit(text.charCodeAt(j))) {
        j++;
        digits++;
        if (digits > MAX_MARKER_DIGITS) return -1;
      }
    } else if (isArabicLetter(c) || isLatinLetter(c)) {
      j++;
      if (j < n && (isArabicLetter(text.charCodeAt(j)) || isLatinLetter(text.charCodeAt(j)))) return -1;
    } else {
      return -1;
    }
    const p = text.charCodeAt(j);
    if (open) {
      if (p !== 0x29) return -1;
    } else if (p !== 0x2e && p !== 0x29 && p !== 0x2d && p !== 0x06d4) {
      return -1;
    }
    j++;
  }
  if (j >= n || !isWhitespace(text.charCodeAt(j))) return -1;
  return j;
}
