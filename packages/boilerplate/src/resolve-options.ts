/**
 * Validate options and fill in their defaults.
 */
import { DEFAULT_CUES } from "./cues/index.ts";
import type { BlockKind, ClassifyBlocksOptions, Cue, CueMatch, HeadlineListKind } from "./types.ts";

/** Every block kind (docs/contract.md). */
export const BLOCK_KINDS: readonly BlockKind[] = [
  "content",
  "heading",
  "list-heading",
  "list-item",
  "navigation",
  "ticker",
  "date-header",
  "comment-form",
  "policy",
  "social",
  "credit",
  "widget",
  "spam",
];

/** Every headline-list kind (docs/contract.md). */
export const LIST_KINDS: readonly HeadlineListKind[] = [
  "most-read",
  "most-viewed",
  "most-shared",
  "most-commented",
  "featured",
  "related",
  "read-also",
  "see-also",
  "latest",
  "headlines",
];

const MATCHES: readonly CueMatch[] = ["line", "prefix", "anywhere"];

/** Options with every default filled in. */
export interface ResolvedOptions {
  /** all cues in force (the built-in array itself when the caller adds none) */
  cues: readonly Cue[];
  /** the caller's cues only */
  extraCues: readonly Cue[];
  /** whether the built-in lexicon is in force */
  usesDefaults: boolean;
  keepLists: boolean;
  keepKinds: ReadonlySet<BlockKind>;
  minProseWords: number;
  headlineMaxWords: number;
  headlineMinWords: number;
  minListItems: number;
  readAlsoMaxItems: number;
  detectSpam: boolean;
  /** record which pass decided each block */
  trace: boolean;
}

function checkBoolean(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") throw new TypeError(`options.${name} must be a boolean, got ${typeof value}`);
  return value;
}

function checkCount(name: string, value: unknown, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    throw new RangeError(`options.${name} must be an integer >= ${min}, got ${String(value)}`);
  }
  return value;
}

function checkKind(name: string, value: unknown): BlockKind {
  if (!BLOCK_KINDS.includes(value as BlockKind)) {
    throw new RangeError(`${name} must be one of ${BLOCK_KINDS.join(", ")}, got ${String(value)}`);
  }
  return value as BlockKind;
}

function callerCues(cues: ClassifyBlocksOptions["cues"]): Cue[] {
  if (cues === undefined) return [];
  if (cues === null || typeof cues !== "object") {
    throw new TypeError(`options.cues must be an array of cues or an object of phrases by kind, got ${typeof cues}`);
  }
  const out: Cue[] = [];
  if (Array.isArray(cues)) {
    (cues as readonly Cue[]).forEach((cue, i) => {
      if (cue === null || typeof cue !== "object" || typeof cue.pattern !== "string") {
        throw new TypeError(`options.cues[${i}].pattern must be a string`);
      }
      const kind = checkKind(`options.cues[${i}].kind`, cue.kind);
      if (cue.listKind !== undefined && !LIST_KINDS.includes(cue.listKind)) {
        throw new RangeError(
          `options.cues[${i}].listKind must be one of ${LIST_KINDS.join(", ")}, got ${String(cue.listKind)}`,
        );
      }
      if (cue.match !== undefined && !MATCHES.includes(cue.match)) {
        throw new RangeError(`options.cues[${i}].match must be one of ${MATCHES.join(", ")}, got ${String(cue.match)}`);
      }
      if (cue.reason !== undefined && typeof cue.reason !== "string") {
        throw new TypeError(`options.cues[${i}].reason must be a string`);
      }
      out.push({ ...cue, kind, reason: cue.reason ?? `user-cue:${kind}` });
    });
    return out;
  }
  for (const [kindName, phrases] of Object.entries(cues)) {
    const kind = checkKind("options.cues key", kindName);
    if (!Array.isArray(phrases)) throw new TypeError(`options.cues.${kindName} must be an array of strings`);
    for (const pattern of phrases as readonly unknown[]) {
      if (typeof pattern !== "string") throw new TypeError(`options.cues.${kindName} must hold strings only`);
      out.push({ pattern, kind, reason: `user-cue:${kind}` });
    }
  }
  return out;
}

/**
 * Validate `options` and fill in defaults.
 *
 * @param options - the caller's options (may be undefined)
 * @returns resolved options
 */
export function resolveOptions(options: ClassifyBlocksOptions | undefined): ResolvedOptions {
  if (options === undefined) options = {};
  else if (options === null || typeof options !== "object") {
    throw new TypeError(`options must be an object, got ${options === null ? "null" : typeof options}`);
  }
  const useDefaults = checkBoolean("defaultCues", options.defaultCues, true);
  const extra = callerCues(options.cues);
  const keepKinds = new Set<BlockKind>();
  if (options.keepKinds !== undefined) {
    if (!Array.isArray(options.keepKinds)) throw new TypeError("options.keepKinds must be an array of block kinds");
    for (const kind of options.keepKinds) keepKinds.add(checkKind("options.keepKinds", kind));
  }
  return {
    cues: useDefaults ? (extra.length === 0 ? DEFAULT_CUES : [...DEFAULT_CUES, ...extra]) : extra,
    extraCues: extra,
    usesDefaults: useDefaults,
    keepLists: checkBoolean("keepLists", options.keepLists, false),
    keepKinds,
    minProseWords: checkCount("minProseWords", options.minProseWords, 8, 1),
    headlineMaxWords: checkCount("headlineMaxWords", options.headlineMaxWords, 20, 1),
    headlineMinWords: checkCount("headlineMinWords", options.headlineMinWords, 4, 1),
    minListItems: checkCount("minListItems", options.minListItems, 3, 1),
    readAlsoMaxItems: checkCount("readAlsoMaxItems", options.readAlsoMaxItems, 3, 1),
    detectSpam: checkBoolean("detectSpam", options.detectSpam, true),
    trace: checkBoolean("trace", options.trace, false),
  };
}
