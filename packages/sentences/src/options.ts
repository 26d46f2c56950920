import type { AbbreviationKind } from "./abbreviations.ts";
import { abbreviations as builtIn } from "./abbreviations.ts";
import type { LineBreakPolicy, SplitSentencesOptions } from "./types.ts";

/** Options after validation, with the abbreviation lookup built. */
export interface ResolvedOptions {
  readonly lineBreaks: LineBreakPolicy;
  readonly maxLength: number;
  /** lower-cased abbreviation (with its final dot) -> kind */
  readonly abbreviations: ReadonlyMap<string, AbbreviationKind>;
  /** longest key of `abbreviations`, to bound lookups */
  readonly longestAbbreviation: number;
}

const POLICIES: readonly LineBreakPolicy[] = ["always", "paragraph", "never"];

function buildTable(): Map<string, AbbreviationKind> {
  const table = new Map<string, AbbreviationKind>();
  for (const row of builtIn) table.set(row.text.toLowerCase(), row.kind);
  return table;
}

const BUILT_IN_TABLE: ReadonlyMap<string, AbbreviationKind> = buildTable();
const BUILT_IN_LONGEST = Math.max(...builtIn.map((row) => row.text.length));
const DEFAULTS: ResolvedOptions = {
  lineBreaks: "always",
  maxLength: Number.POSITIVE_INFINITY,
  abbreviations: BUILT_IN_TABLE,
  longestAbbreviation: BUILT_IN_LONGEST,
};

/**
 * Validate options and fill in defaults.
 *
 * @param options - the caller's options (may be undefined)
 * @returns the resolved options
 * @throws TypeError when `options` or one of its fields has the wrong type
 * @throws RangeError when `lineBreaks` or `maxLength` has an unknown value
 */
export function resolveOptions(options: SplitSentencesOptions | undefined): ResolvedOptions {
  if (options === undefined || options === null) return DEFAULTS;
  if (typeof options !== "object") throw new TypeError(`options must be an object, got ${typeof options}`);
  const { lineBreaks = "always", maxLength = Number.POSITIVE_INFINITY, abbreviations } = options;
  if (!POLICIES.includes(lineBreaks)) {
    throw new RangeError(`lineBreaks must be one of "always", "paragraph", "never", got ${JSON.stringify(lineBreaks)}`);
  }
  if (typeof maxLength !== "number" || Number.isNaN(maxLength) || maxLength < 1) {
    throw new RangeError(`maxLength must be a number >= 1, got ${String(maxLength)}`);
  }
  let table = BUILT_IN_TABLE;
  let longest = BUILT_IN_LONGEST;
  if (abbreviations !== undefined) {
    if (!Array.isArray(abbreviations)) {
      throw new TypeError(`abbreviations must be an array of strings, got ${typeof abbreviations}`);
    }
    if (abbreviations.length > 0) {
      const extended = new Map(BUILT_IN_TABLE);
      for (const entry of abbreviations as readonly unknown[]) {
        if (typeof entry !== "string") {
          throw new TypeError(`abbreviations must be an array of strings, got an item of type ${typeof entry}`);
        }
        const trimmed = entry.trim();
        if (trimmed.length === 0) continue;
        const key = (trimmed.endsWith(".") ? trimmed : `${trimmed}.`).toLowerCase();
        extended.set(key, "title");
        longest = Math.max(longest, key.length);
      }
      table = extended;
    }
  }
  return {
    lineBreaks,
    maxLength: Math.floor(maxLength),
    abbreviations: table,
    longestAbbreviation: longest,
  };
}
