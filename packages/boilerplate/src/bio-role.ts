/**
 * Writer bio lines: "كاتب وصحفي ليبي", "* أستاذ جامعي وكاتب مغربي", "Journaliste à ...".
 */
import { matchKey } from "./match-key.ts";
import { BIO_ROLE_WORDS } from "./tables/bio-roles.ts";

const BIO_ROLE_KEYS: ReadonlySet<string> = new Set(BIO_ROLE_WORDS.map(matchKey));

/** Longest first word looked up, in UTF-16 units. */
const MAX_ROLE_WORD = 14;

/**
 * The line opens with a writer's role word ("كاتب", "أستاذ", "صحفي"), after an optional `*` or dash.
 *
 * @param text - a line
 * @returns true for a bio or role line
 * @example
 * ```ts
 * opensWithRole("* كاتب وأكاديمي كويتي"); // true
 * opensWithRole("وقال الوزير"); // false
 * ```
 */
export function opensWithRole(text: string): boolean {
  const from = /^[*\-–—•\s]*/u.exec(text)![0].length;
  const space = text.indexOf(" ", from);
  const first = space < 0 ? text.slice(from) : text.slice(from, space);
  return first.length <= MAX_ROLE_WORD && BIO_ROLE_KEYS.has(matchKey(first));
}
