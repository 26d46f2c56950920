import { PLACES } from "./data/places.ts";
import { lookupKey } from "./lookup-key.ts";

const PLACE_SET = new Set(PLACES.map(lookupKey));
/** Longest place name, in UTF-16 units (longer text is never a place). */
const LONGEST_PLACE = PLACES.reduce((max, place) => Math.max(max, place.length), 0) + 4;

/**
 * True when `name` is a known dateline place ("الرباط", "الدار البيضاء", "واشنطن"), spelling
 * variants and surrounding spaces ignored.
 *
 * @param name - a word or two
 * @returns whether the place table holds it
 */
export function isKnownPlace(name: string): boolean {
  if (name.length > LONGEST_PLACE) return false;
  return PLACE_SET.has(lookupKey(name.trim().replace(/\s+/gu, " ")));
}
