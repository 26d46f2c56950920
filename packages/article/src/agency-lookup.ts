import { AGENCIES, type Agency, MEDIA_WORDS, SITE_NAME_WORDS } from "./data/agencies.ts";
import { lookupKey } from "./lookup-key.ts";

/** Fold an agency credit for lookup: lookup key without dots, spaces or hyphens ("أ.ف.ب" = "أ ف ب"). */
export function agencyKey(text: string): string {
  let out = "";
  const key = lookupKey(text);
  for (let i = 0; i < key.length; i++) {
    const ch = key[i]!;
    if (ch === "." || ch === " " || ch === "-" || ch === "\u00a0" || ch === "/") continue;
    out += ch;
  }
  return out;
}

const AGENCY_LOOKUP = new Map<string, Agency>();
for (const agency of AGENCIES) {
  for (const alias of [agency.name, ...agency.aliases]) {
    const k = agencyKey(alias);
    if (!AGENCY_LOOKUP.has(k)) AGENCY_LOOKUP.set(k, agency);
  }
}
let longest = 0;
for (const k of AGENCY_LOOKUP.keys()) longest = Math.max(longest, k.length);
/** Longest agency alias in UTF-16 units before folding, bounded for scanning. */
export const LONGEST_AGENCY = longest + 16;

/** The known agency a credit names, or undefined. */
export function findAgency(text: string): Agency | undefined {
  if (text.length > LONGEST_AGENCY * 2) return undefined;
  return AGENCY_LOOKUP.get(agencyKey(text));
}

const MEDIA_SET = new Set(MEDIA_WORDS.map(lookupKey));

/** True when a folded word marks a media name ("أنباء", "نيوز", "info"). */
export function isMediaWord(key: string): boolean {
  return MEDIA_SET.has(key);
}

const SITE_NAME_SET = new Set(SITE_NAME_WORDS.map(lookupKey));

/** True when a folded word only ever names a site ("نيوز", "online"). */
export function isSiteNameWord(key: string): boolean {
  return SITE_NAME_SET.has(key);
}

/** Site-name words a site glues to its own name ("هسبريس", "الشروق‌نيوز", "Hespress"), four letters or more. */
const GLUED_SITE_SUFFIXES: readonly string[] = [...SITE_NAME_SET].filter((k) => k.length >= 4);

/**
 * True when one folded word is shaped like a site's name, never a place's: letters followed by digits
 * ("عربي21", "مدار24", "كوردستان24") or a site-name word glued to a name ("هسبريس", "كيفاشبريس").
 * Source: the names of Moroccan, Algerian and Kurdish news sites.
 */
export function isGluedSiteName(key: string): boolean {
  const n = key.length;
  if (n < 5 || n > 24) return false;
  const last = key.charCodeAt(n - 1);
  if ((last >= 0x30 && last <= 0x39) || (last >= 0x660 && last <= 0x669)) {
    const first = key.charCodeAt(0);
    return !(first >= 0x30 && first <= 0x39) && !(first >= 0x660 && first <= 0x669);
  }
  for (const suffix of GLUED_SITE_SUFFIXES) {
    if (n > suffix.length && key.endsWith(suffix)) return true;
  }
  return false;
}
