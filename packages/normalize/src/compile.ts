import type { NormalizeRules } from "./options.ts";
import { ARABIC_MARKS } from "./tables/arabic-marks.ts";
import { CAMEL_ALEFS, CAMEL_DIACRITICS } from "./tables/camel.ts";
import {
  ALEF,
  ALEF_MAKSURA,
  ALEF_VARIANTS,
  ARABIC_COMPOSITIONS,
  ARABIC_PUNCTUATION,
  ARABIC_PUNCTUATION_ONE_WAY,
  DIGIT_ZERO,
  DOUBLE_QUOTES,
  FORMAT_CHARS,
  HEH,
  HEH_LOOKALIKES,
  KAF_LOOKALIKES,
  LINE_BREAKS,
  QURANIC_SMALL_LETTERS,
  SINGLE_QUOTES,
  SPACES,
  TATWEEL,
  TEH_MARBUTA,
  WAW,
  WAW_WITH_HAMZA,
  YEH,
  YEH_LOOKALIKE_FINAL_FORMS,
  YEH_LOOKALIKES,
  YEH_WITH_HAMZA,
  ZWNJ,
} from "./tables/characters.ts";
import { PRESENTATION_FORMS } from "./tables/presentation-forms.ts";

/** Per-code-unit actions of the single pass (see `run-normalizer.ts`). */
export const Action = {
  /** copy the unit unchanged */
  Copy: 0,
  /** write `rep[c]` */
  Map: 1,
  /** write nothing */
  Delete: 2,
  /** write the expansion number `rep[c]` (see `expOffsets`) */
  Expand: 3,
  /** write U+0020 unless the previous output unit is U+0020 */
  Space: 4,
  /** write LF; swallow a following LF */
  CarriageReturn: 5,
  /** combining mark: insert `rep[c]` in canonical order among the preceding marks */
  Mark: 6,
  /** combining hamza/madda: compose with the preceding starter, else act as `alt[c]` says */
  Compose: 7,
  /** YEH look-alike: `alt[c]` at the end of a word, `rep[c]` elsewhere */
  ContextYeh: 8,
  /** ASCII-like double quote: `rep[c]` (opening) after a space, an opening bracket or at the start, else `alt[c]` */
  ContextQuote: 9,
} as const;

/** Bits of `Compiled.flags`. */
export const Flag = {
  /** a stream may be cut just before this unit (it reads no state left by earlier units) */
  StartSafe: 1,
  /** an Arabic letter (or tatweel): a YEH look-alike before it is not word-final */
  Letter: 2,
  /** skipped when looking for the end of a word after a YEH look-alike (marks, ZWJ) */
  YehSkip: 4,
} as const;

/** Options compiled to typed-array tables; built once per distinct rule set and cached. */
export interface Compiled {
  /** the action of each code unit */
  readonly act: Uint8Array;
  /**
   * The pass's table: `(action << 16) | unit`, with `Map` folded into `Copy` so that any value
   * below 0x10000 is the output unit itself (`c` when unchanged), and `Delete` written as exactly
   * `1 << 16` (the pass drops it without a branch)
   */
  readonly code: Uint32Array;
  /**
   * `code` for the pass without the offset map: the same, except that collapsing spaces are plain
   * copies of U+0020 (that pass leaves runs of spaces for `collapseSpaceRuns`); `code` itself when
   * `collapse` is off
   */
  readonly plainCode: Uint32Array;
  readonly rep: Uint16Array;
  readonly alt: Uint16Array;
  readonly flags: Uint8Array;
  /** canonical combining class of output units (Arabic marks only; 0 elsewhere) */
  readonly ccc: Uint8Array;
  /** expansion `k` is `expData[expOffsets[k] .. expOffsets[k + 1])` */
  readonly expOffsets: Uint32Array;
  readonly expData: Uint16Array;
  readonly maxExpansion: number;
  /**
   * `(base << 16) | mark` -> composed + 65536 * mark left over (0: none); the units are already
   * passed through the letter rules
   */
  readonly compositions: ReadonlyMap<number, number>;
  /** true when some rule needs to look past the current unit (yeh context) */
  readonly contextYeh: boolean;
  /** spaces collapse (a space is not written after a space) */
  readonly collapse: boolean;
}

/** `single[c]` when no letter rule changes `c` */
const NONE = -1;
/** `single[c]` when a rule deletes `c` */
const DELETE = -2;

/** Canonical combining classes of the Arabic marks, indexed by code unit. */
const ARABIC_CCC = (() => {
  const table = new Uint8Array(65536);
  for (const [cp, cls] of ARABIC_MARKS) table[cp] = cls;
  return table;
})();

/** Arabic letters (Arabic-script general category L, plus tatweel), for word-end decisions. */
const ARABIC_LETTER = (() => {
  const table = new Uint8Array(65536);
  const arabic = /^\p{Script=Arabic}$/u;
  const letter = /^\p{L}$/u;
  for (const [lo, hi] of [
    [0x0600, 0x08ff],
    [0xfb50, 0xfdff],
    [0xfe70, 0xfeff],
  ] as const) {
    for (let cp = lo; cp <= hi; cp++) {
      const ch = String.fromCharCode(cp);
      if (arabic.test(ch) && letter.test(ch)) table[cp] = 1;
    }
  }
  table[TATWEEL] = 1;
  return table;
})();

/** Every code unit mapped to itself: the start of each `Compiled.code` (copied, not rebuilt). */
const IDENTITY = (() => {
  const table = new Uint32Array(65536);
  for (let c = 0; c < 65536; c++) table[c] = c;
  return table;
})();

/** Flags of an unchanged (Copy) unit: the start of each `Compiled.flags`. */
const BASE_FLAGS = (() => {
  const table = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) table[c] = flagsOf(c, Action.Copy, false);
  return table;
})();

/** Letters the folding rules start from (a unit already mapped elsewhere is folded too). */
const FOLD_SOURCES: readonly number[] = [...ALEF_VARIANTS, ALEF_MAKSURA, TEH_MARBUTA, WAW_WITH_HAMZA, YEH_WITH_HAMZA];

/**
 * The letter-level rules applied to one code unit: `single[c]` is the replacement unit, `NONE`
 * (unchanged) or `DELETE`. Only the units some rule touches are visited (listed in `touched`):
 * compiling must stay cheap, it runs once per distinct option set.
 */
function buildLetterRules(rules: NormalizeRules): { single: Int32Array; yehFinal: number; touched: Set<number> } {
  const single = new Int32Array(65536).fill(NONE);
  const touched = new Set<number>();
  const set = (c: number, r: number) => {
    single[c] = r;
    touched.add(c);
  };
  if (rules.formatChars) for (const c of FORMAT_CHARS) set(c, DELETE);
  if (rules.zwnj === "remove") set(ZWNJ, DELETE);
  if (rules.spaces !== "keep") for (const c of SPACES) set(c, 0x20);
  if (rules.lineBreaks) for (const c of LINE_BREAKS) set(c, 0x0a);
  if (rules.persianKaf) for (const [from, to] of KAF_LOOKALIKES) set(from, to);
  if (rules.persianHeh) for (const [from, to] of HEH_LOOKALIKES) set(from, to);
  if (rules.persianYeh !== "keep") for (const c of YEH_LOOKALIKES) set(c, YEH);
  if (rules.digits !== "keep") {
    const target = DIGIT_ZERO[rules.digits];
    for (const zero of Object.values(DIGIT_ZERO)) for (let d = 0; d < 10; d++) set(zero + d, target + d);
  }
  if (rules.punctuation === "ascii") {
    for (const [ar, ascii] of ARABIC_PUNCTUATION) set(ar, ascii);
    for (const [ar, ascii] of ARABIC_PUNCTUATION_ONE_WAY) set(ar, ascii);
  } else if (rules.punctuation === "arabic") {
    for (const [ar, ascii] of ARABIC_PUNCTUATION) set(ascii, ar);
  }
  if (rules.quotes === "ascii") {
    for (const [c] of DOUBLE_QUOTES) set(c, 0x22);
    for (const c of SINGLE_QUOTES) set(c, 0x27);
  } else if (rules.quotes === "guillemets") {
    for (const [c, side] of DOUBLE_QUOTES) if (side !== "either") set(c, side === "open" ? 0xab : 0xbb);
  }
  if (rules.camelDiacritics) for (const c of CAMEL_DIACRITICS) set(c, DELETE);
  if (rules.camelAlef) for (const c of CAMEL_ALEFS) set(c, ALEF);
  if (rules.diacritics) {
    for (const [c] of ARABIC_MARKS) set(c, DELETE);
    for (const c of QURANIC_SMALL_LETTERS) set(c, DELETE);
  }
  if (rules.tatweel) set(TATWEEL, DELETE);
  // letter folding applies after the look-alike rules: fold their results too
  const fold = (c: number): number => {
    let r = c;
    if (rules.alef && ALEF_VARIANTS.includes(r)) r = ALEF;
    if (rules.alefMaksura && r === ALEF_MAKSURA) r = YEH;
    if (rules.tehMarbuta && r === TEH_MARBUTA) r = HEH;
    if (rules.wawHamza && r === WAW_WITH_HAMZA) r = WAW;
    if (rules.yehHamza && r === YEH_WITH_HAMZA) r = YEH;
    return r;
  };
  for (const c of FOLD_SOURCES) touched.add(c);
  for (const c of touched) {
    const s = single[c] as number;
    if (s === DELETE) continue;
    const base = s === NONE ? c : s;
    const folded = fold(base);
    single[c] = folded === c ? NONE : folded;
  }
  return { single, yehFinal: rules.persianYeh === "contextual" ? fold(ALEF_MAKSURA) : fold(YEH), touched };
}

/** Compile a rule set to the tables of the single pass. */
export function compileRules(rules: NormalizeRules): Compiled {
  const { single, yehFinal, touched } = buildLetterRules(rules);
  const apply = (c: number): number => {
    const s = single[c] as number;
    return s === NONE ? c : s;
  };
  const act = new Uint8Array(65536);
  const rep = new Uint16Array(65536);
  const alt = new Uint16Array(65536);
  // canonical combining classes of every Arabic mark (marks map only to themselves)
  const ccc = rules.nfc ? ARABIC_CCC.slice() : new Uint8Array(65536);
  const collapse = rules.spaces === "collapse";

  for (const c of touched) {
    const s = single[c] as number;
    if (s === DELETE) act[c] = Action.Delete;
    else if (s !== NONE) {
      act[c] = Action.Map;
      rep[c] = s;
    }
  }

  // expansions: presentation forms; each unit goes through the letter rules
  const expansions: number[][] = [];
  if (rules.presentationForms) {
    for (const [cp, text] of PRESENTATION_FORMS) {
      touched.add(cp);
      const units: number[] = [];
      for (let k = 0; k < text.length; k++) {
        let u = text.charCodeAt(k);
        if (YEH_LOOKALIKES.includes(u) && rules.persianYeh === "contextual") {
          const next = k + 1 < text.length ? text.charCodeAt(k + 1) : -1;
          const final = next < 0 ? YEH_LOOKALIKE_FINAL_FORMS.includes(cp) : ARABIC_LETTER[next] !== 1;
          if (final) {
            units.push(yehFinal);
            continue;
          }
        }
        const s = single[u] as number;
        if (s === DELETE) continue;
        if (s !== NONE) u = s;
        if (u === 0x20 && collapse && units[units.length - 1] === 0x20) continue;
        units.push(u);
      }
      if (units.length === 0) act[cp] = Action.Delete;
      else if (units.length === 1) {
        act[cp] = Action.Map;
        rep[cp] = units[0] as number;
      } else {
        act[cp] = Action.Expand;
        rep[cp] = expansions.length;
        expansions.push(units);
      }
    }
  }
  const expOffsets = new Uint32Array(expansions.length + 1);
  let total = 0;
  let maxExpansion = 1;
  expansions.forEach((units, k) => {
    expOffsets[k] = total;
    total += units.length;
    if (units.length > maxExpansion) maxExpansion = units.length;
  });
  expOffsets[expansions.length] = total;
  const expData = new Uint16Array(total);
  let at = 0;
  for (const units of expansions) for (const u of units) expData[at++] = u;

  // spaces: U+0020 and every unit mapped to it collapse
  if (collapse) {
    touched.add(0x20);
    for (const c of touched) {
      const a = act[c];
      if ((a === Action.Copy && c === 0x20) || (a === Action.Map && rep[c] === 0x20)) act[c] = Action.Space;
    }
  }
  if (rules.lineBreaks) {
    act[0x0d] = Action.CarriageReturn;
    touched.add(0x0d);
  }

  // combining marks: canonical order and composition (NFC), when kept; a unit mapped to a mark
  // (a presentation form whose tatweel is deleted, U+FE71 -> U+064B) is ordered like one
  if (rules.nfc) {
    for (const c of touched) {
      if (act[c] === Action.Map && ARABIC_CCC[rep[c] as number] !== 0) act[c] = Action.Mark;
    }
    for (const [cp] of ARABIC_MARKS) {
      touched.add(cp);
      const kept = act[cp] === Action.Copy || act[cp] === Action.Map;
      if (kept) {
        const out = apply(cp);
        if (ccc[out] !== 0) {
          act[cp] = Action.Mark;
          rep[cp] = out;
        }
      }
    }
  }
  const compositions = new Map<number, number>();
  if (rules.nfc) {
    for (const [base, mark, composed] of ARABIC_COMPOSITIONS) {
      // keyed by the base as the letter rules write it out; the composed letter passes through them too
      if (act[base] === Action.Delete) continue;
      compositions.set((apply(base) << 16) | mark, apply(composed));
    }
    // NFC decomposes first: ALEF WITH HAMZA ABOVE or MADDA ABOVE + HAMZA BELOW (lower combining
    // class, so reordered first) becomes ALEF WITH HAMZA BELOW + the hamza or madda as a mark.
    for (const [precomposed, ownMark] of [
      [0x0623, 0x0654],
      [0x0622, 0x0653],
    ] as const) {
      const key = (apply(precomposed) << 16) | 0x0655;
      if (compositions.has(key) || act[precomposed] === Action.Delete) continue;
      const leftover = act[ownMark] === Action.Delete ? 0 : apply(ownMark);
      compositions.set(key, apply(0x0625) + leftover * 65536);
    }
    for (const mark of new Set(ARABIC_COMPOSITIONS.map(([, m]) => m))) {
      // the fallback when no starter composes: what the mark does on its own
      const own = act[mark] as number;
      alt[mark] = own === Action.Delete ? Action.Delete : Action.Mark;
      if (own !== Action.Mark && own !== Action.Delete) rep[mark] = apply(mark);
      act[mark] = Action.Compose;
    }
  }

  // Persian yeh in context
  const contextYeh = rules.persianYeh === "contextual" && yehFinal !== apply(YEH_LOOKALIKES[0] as number);
  if (contextYeh) {
    for (const c of YEH_LOOKALIKES) {
      act[c] = Action.ContextYeh;
      rep[c] = apply(c);
      alt[c] = yehFinal;
    }
  }
  if (rules.quotes === "guillemets") {
    for (const [c, side] of DOUBLE_QUOTES) {
      if (side !== "either") continue;
      touched.add(c);
      act[c] = Action.ContextQuote;
      rep[c] = 0xab;
      alt[c] = 0xbb;
    }
  }

  // the pass's table and the stream-cut flags: untouched units keep the identity and base flags
  const code = IDENTITY.slice();
  const flags = BASE_FLAGS.slice();
  for (const c of touched) {
    const a = act[c] as number;
    if (a === Action.Copy) code[c] = c;
    else if (a === Action.Map) code[c] = rep[c] as number;
    // 1 << 16 (the code Map would have, were it not folded into Copy): the pass keeps `code < 0x10000`
    // and drops `1 << 16` in one branch-free step
    else if (a === Action.Delete) code[c] = 1 << 16;
    else if (a === Action.Space) code[c] = (Action.Space << 16) | 0x20;
    else code[c] = (a << 16) | (rep[c] as number);
    const expFirst = a === Action.Expand ? (expData[expOffsets[rep[c] as number] as number] as number) : -1;
    flags[c] = flagsOf(c, a, expFirst >= 0 && ((expFirst === 0x20 && collapse) || ARABIC_CCC[expFirst] !== 0));
  }

  let plainCode = code;
  if (collapse) {
    plainCode = code.slice();
    for (const c of touched) if (act[c] === Action.Space) plainCode[c] = 0x20;
  }

  return {
    act,
    code,
    plainCode,
    rep,
    alt,
    flags,
    ccc,
    expOffsets,
    expData,
    maxExpansion,
    compositions,
    contextYeh,
    collapse,
  };
}

/**
 * The flags of unit `c` with action `a`: a stream may be cut before it unless it reads state left
 * by earlier units (a space run, a deletion that may sit inside one, a mark's cluster, a quote's
 * direction, an expansion starting with a space or a mark) or is skipped by the word-end lookahead.
 */
function flagsOf(c: number, a: number, expansionReadsState: boolean): number {
  let f = 0;
  if (ARABIC_LETTER[c] === 1) f |= Flag.Letter;
  if (ARABIC_CCC[c] !== 0 || c === 0x200d) f |= Flag.YehSkip;
  const reads =
    a === Action.Space ||
    a === Action.Delete ||
    a === Action.Mark ||
    a === Action.Compose ||
    a === Action.ContextQuote ||
    expansionReadsState;
  const unsafe = reads || (f & Flag.YehSkip) !== 0 || c === 0x0a || (c >= 0xdc00 && c <= 0xdfff);
  if (!unsafe) f |= Flag.StartSafe;
  return f;
}

const cache = new Map<string, Compiled>();

/** The compiled tables for a rule set, cached by its key. */
export function getCompiled(rules: NormalizeRules, key: string): Compiled {
  let compiled = cache.get(key);
  if (compiled === undefined) {
    compiled = compileRules(rules);
    if (cache.size > 64) cache.clear();
    cache.set(key, compiled);
  }
  return compiled;
}
