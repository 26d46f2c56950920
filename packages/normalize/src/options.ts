/**
 * The name of a built-in preset.
 *
 * @example
 * ```ts
 * const preset: PresetName = "search";
 * ```
 */
export type PresetName = "display" | "search" | "camel";

/**
 * Target of digit conversion: keep, or convert every decimal digit (ASCII, Arabic-Indic U+0660–0669,
 * Extended Arabic-Indic U+06F0–06F9) to one script.
 *
 * @example
 * ```ts
 * normalize("123 ٤٥٦", { digits: "extended" }); // "۱۲۳ ۴۵۶"
 * ```
 */
export type DigitsMode = "keep" | "ascii" | "arabic-indic" | "extended";

/**
 * What to do with Unicode spaces: keep them, map them to U+0020 (`unify`), or also collapse runs.
 *
 * @example
 * ```ts
 * normalize("ا\u00A0\u00A0ب", { spaces: "unify" }); // "ا  ب"
 * ```
 */
export type SpacesMode = "keep" | "unify" | "collapse";

/**
 * What to do with Persian/Urdu YEH look-alikes (ی ې): keep, always ي, or ى at the end of a word.
 *
 * @example
 * ```ts
 * normalize("یکی", { persianYeh: "contextual" }); // "يكى"
 * ```
 */
export type YehMode = "keep" | "yeh" | "contextual";

/**
 * Direction of punctuation unification.
 *
 * @example
 * ```ts
 * normalize("لماذا؟", { punctuation: "ascii" }); // "لماذا?"
 * ```
 */
export type PunctuationMode = "keep" | "ascii" | "arabic";

/**
 * Direction of quote-mark unification.
 *
 * @example
 * ```ts
 * normalize("“نعم”", { quotes: "guillemets" }); // "«نعم»"
 * ```
 */
export type QuotesMode = "keep" | "ascii" | "guillemets";

/**
 * What to do with ZERO WIDTH NON-JOINER (U+200C).
 *
 * @example
 * ```ts
 * normalize("نامه\u200Cها", { zwnj: "remove" }); // "نامهها"
 * ```
 */
export type ZwnjMode = "keep" | "remove";

/**
 * Every rule of the normalizer, all set. A preset is a `NormalizeRules` object; the options a
 * caller passes are a preset name plus any subset of these switches.
 *
 * @example
 * ```ts
 * const rules: NormalizeRules = { ...searchPreset, digits: "keep" };
 * normalize("٣ أقلام", rules); // "٣ اقلام"
 * ```
 */
export interface NormalizeRules {
  /** Compose ALEF/WAW/YEH + combining hamza or madda (ا + U+0654 -> أ) and put Arabic marks in canonical order, as NFC does. */
  readonly nfc: boolean;
  /** Presentation forms U+FB50–FDFF and U+FE70–FEFF to base letters (ﻷ -> لأ, U+FDF2 -> الله). */
  readonly presentationForms: boolean;
  /** Remove invisible format characters (ZWSP, ZWJ, LRM, RLM, ALM, bidi controls, BOM, soft hyphen) without inserting spaces. */
  readonly formatChars: boolean;
  /** Keep or remove ZERO WIDTH NON-JOINER (Persian needs it). */
  readonly zwnj: ZwnjMode;
  /** Unicode spaces and tabs to U+0020 ("unify"), and runs collapsed to one ("collapse"). */
  readonly spaces: SpacesMode;
  /** CRLF, CR, NEL, U+2028 and U+2029 to `\n`. */
  readonly lineBreaks: boolean;
  /** ک ڪ -> ك. */
  readonly persianKaf: boolean;
  /** ی ې -> ي ("yeh"), or ى at the end of a word and ي elsewhere ("contextual"). */
  readonly persianYeh: YehMode;
  /** ە ہ ھ -> ه and ۀ ۂ ۃ -> ة. */
  readonly persianHeh: boolean;
  /** Remove all Arabic combining marks (harakat, tanween, shadda, sukun, superscript alef, Quranic marks, Extended-A/B marks) and the small waw/yeh. */
  readonly diacritics: boolean;
  /** Remove ARABIC TATWEEL U+0640. */
  readonly tatweel: boolean;
  /** أ إ آ ٱ ٲ ٳ -> ا. */
  readonly alef: boolean;
  /** ى -> ي. */
  readonly alefMaksura: boolean;
  /** ة -> ه. */
  readonly tehMarbuta: boolean;
  /** ؤ -> و. */
  readonly wawHamza: boolean;
  /** ئ -> ي. */
  readonly yehHamza: boolean;
  /** Convert every decimal digit (ASCII, Arabic-Indic, Extended Arabic-Indic) to one script. */
  readonly digits: DigitsMode;
  /** ، ؛ ؟ ٪ ٫ ٬ -> , ; ? % . , ("ascii"), or , ; ? % -> ، ؛ ؟ ٪ ("arabic"). */
  readonly punctuation: PunctuationMode;
  /** Every quotation mark to `"` and `'` ("ascii"), or every double quote to « » ("guillemets"). */
  readonly quotes: QuotesMode;
  /** Remove exactly CAMeL Tools' `AR_DIAC_CHARSET` (U+064B–0652, U+0670): set by the `camel` preset. */
  readonly camelDiacritics: boolean;
  /** Map exactly CAMeL Tools' alef class (U+0625 U+0623 U+0671 U+0622) to U+0627: set by the `camel` preset. */
  readonly camelAlef: boolean;
}

/**
 * Options of {@link normalize}, {@link normalizeWithMap} and {@link createNormalizer}: a preset
 * plus any switch to override.
 *
 * @example
 * ```ts
 * normalize("أَحْمَد", { preset: "search", alef: false }); // "أحمد"
 * ```
 */
export interface NormalizeOptions {
  /**
   * The rule set to start from: `display` (lossless for a reader), `search` (display plus
   * folding for matching) or `camel` (CAMeL Tools' dediac + alef + alef maksura + teh marbuta).
   * @defaultValue "display"
   */
  preset?: PresetName | undefined;
  /** @defaultValue true (display, search), false (camel) */
  nfc?: boolean | undefined;
  /** @defaultValue true (display, search), false (camel) */
  presentationForms?: boolean | undefined;
  /** @defaultValue true (display, search), false (camel) */
  formatChars?: boolean | undefined;
  /** @defaultValue "keep" (display, camel), "remove" (search) */
  zwnj?: ZwnjMode | undefined;
  /** @defaultValue "collapse" (display, search), "keep" (camel) */
  spaces?: SpacesMode | undefined;
  /** @defaultValue true (display, search), false (camel) */
  lineBreaks?: boolean | undefined;
  /** @defaultValue true (display, search), false (camel) */
  persianKaf?: boolean | undefined;
  /** @defaultValue "contextual" (display, search), "keep" (camel) */
  persianYeh?: YehMode | undefined;
  /** @defaultValue true (display, search), false (camel) */
  persianHeh?: boolean | undefined;
  /** @defaultValue false (display, camel), true (search) */
  diacritics?: boolean | undefined;
  /** @defaultValue false (display, camel), true (search) */
  tatweel?: boolean | undefined;
  /** @defaultValue false (display, camel), true (search) */
  alef?: boolean | undefined;
  /** @defaultValue false (display), true (search, camel) */
  alefMaksura?: boolean | undefined;
  /** @defaultValue false (display), true (search, camel) */
  tehMarbuta?: boolean | undefined;
  /** @defaultValue false (display, camel), true (search) */
  wawHamza?: boolean | undefined;
  /** @defaultValue false (display, camel), true (search) */
  yehHamza?: boolean | undefined;
  /** @defaultValue "keep" (display, camel), "ascii" (search) */
  digits?: DigitsMode | undefined;
  /** @defaultValue "keep" (display, camel), "ascii" (search) */
  punctuation?: PunctuationMode | undefined;
  /** @defaultValue "keep" (display, camel), "ascii" (search) */
  quotes?: QuotesMode | undefined;
  /** @defaultValue false (display, search), true (camel) */
  camelDiacritics?: boolean | undefined;
  /** @defaultValue false (display, search), true (camel) */
  camelAlef?: boolean | undefined;
}

/**
 * The `display` preset: lossless for a reader (NFC, presentation forms, invisible characters,
 * spaces, line breaks, Persian/Urdu look-alikes). Spread it to override a switch.
 *
 * @example
 * ```ts
 * normalize("ﻷن\u200Fه", { ...displayPreset, formatChars: false }); // "لأن\u200Fه"
 * ```
 */
export const displayPreset: NormalizeRules = Object.freeze({
  nfc: true,
  presentationForms: true,
  formatChars: true,
  zwnj: "keep",
  spaces: "collapse",
  lineBreaks: true,
  persianKaf: true,
  persianYeh: "contextual",
  persianHeh: true,
  diacritics: false,
  tatweel: false,
  alef: false,
  alefMaksura: false,
  tehMarbuta: false,
  wawHamza: false,
  yehHamza: false,
  digits: "keep",
  punctuation: "keep",
  quotes: "keep",
  camelDiacritics: false,
  camelAlef: false,
});

/**
 * The `search` preset: `display` plus removal of all diacritics and tatweel, letter folding
 * (أ إ آ ٱ ٲ ٳ -> ا, ى -> ي, ة -> ه, ؤ -> و, ئ -> ي), ASCII digits, punctuation and quotes.
 *
 * @example
 * ```ts
 * normalize("إِلَى المَدْرَسَةِ ٣", searchPreset); // "الي المدرسه 3"
 * ```
 */
export const searchPreset: NormalizeRules = Object.freeze({
  ...displayPreset,
  zwnj: "remove",
  diacritics: true,
  tatweel: true,
  alef: true,
  alefMaksura: true,
  tehMarbuta: true,
  wawHamza: true,
  yehHamza: true,
  digits: "ascii",
  punctuation: "ascii",
  quotes: "ascii",
});

/**
 * The `camel` preset: byte-identical to CAMeL Tools'
 * `normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(s))))`;
 * nothing else changes.
 *
 * @example
 * ```ts
 * normalize("إِلَى المَدْرَسَةِ", camelPreset); // "الي المدرسه"
 * ```
 */
export const camelPreset: NormalizeRules = Object.freeze({
  nfc: false,
  presentationForms: false,
  formatChars: false,
  zwnj: "keep",
  spaces: "keep",
  lineBreaks: false,
  persianKaf: false,
  persianYeh: "keep",
  persianHeh: false,
  diacritics: false,
  tatweel: false,
  alef: false,
  alefMaksura: true,
  tehMarbuta: true,
  wawHamza: false,
  yehHamza: false,
  digits: "keep",
  punctuation: "keep",
  quotes: "keep",
  camelDiacritics: true,
  camelAlef: true,
});

/**
 * The built-in presets by name.
 *
 * @example
 * ```ts
 * presets.search.alef; // true
 * ```
 */
export const presets: Readonly<Record<PresetName, NormalizeRules>> = Object.freeze({
  display: displayPreset,
  search: searchPreset,
  camel: camelPreset,
});

const ENUMS: Readonly<Record<string, readonly string[]>> = {
  zwnj: ["keep", "remove"],
  spaces: ["keep", "unify", "collapse"],
  persianYeh: ["keep", "yeh", "contextual"],
  digits: ["keep", "ascii", "arabic-indic", "extended"],
  punctuation: ["keep", "ascii", "arabic"],
  quotes: ["keep", "ascii", "guillemets"],
};

const RULE_KEYS = Object.keys(displayPreset) as Array<keyof NormalizeRules>;

/**
 * Resolve options to a full rule set and a cache key; throws `RangeError` on an unknown preset,
 * option name or value, `TypeError` when `options` is not an object.
 */
export function resolveOptions(options: NormalizeOptions | undefined): { rules: NormalizeRules; key: string } {
  if (options === undefined || options === null) return { rules: displayPreset, key: "display" };
  if (typeof options !== "object") {
    throw new TypeError(`options must be an object, got ${typeof options}`);
  }
  const presetName = options.preset ?? "display";
  const base = (presets as Record<string, NormalizeRules | undefined>)[presetName];
  if (base === undefined || !Object.hasOwn(presets, presetName)) {
    throw new RangeError(`preset must be one of "display", "search", "camel", got ${JSON.stringify(presetName)}`);
  }
  let key: string = presetName;
  let rules: Record<string, unknown> | undefined;
  for (const name of Object.keys(options)) {
    if (name === "preset") continue;
    const value = (options as Record<string, unknown>)[name];
    if (value === undefined) continue;
    if (!RULE_KEYS.includes(name as keyof NormalizeRules)) {
      throw new RangeError(`unknown option ${JSON.stringify(name)}`);
    }
    const allowed = ENUMS[name];
    if (allowed) {
      if (typeof value !== "string" || !allowed.includes(value)) {
        throw new RangeError(
          `${name} must be one of ${allowed.map((v) => `"${v}"`).join(", ")}, got ${JSON.stringify(value)}`,
        );
      }
    } else if (typeof value !== "boolean") {
      throw new RangeError(`${name} must be true or false, got ${JSON.stringify(value)}`);
    }
    if ((base as unknown as Record<string, unknown>)[name] === value) continue;
    rules ??= { ...base };
    rules[name] = value;
  }
  if (rules === undefined) return { rules: base, key };
  key = RULE_KEYS.map((k) => String(rules[k])).join("|");
  return { rules: rules as unknown as NormalizeRules, key };
}
