export { type Normalizer, createNormalizer } from "./create-normalizer.ts";
export { normalize } from "./normalize.ts";
export { type NormalizeResult, type OriginalSpan, normalizeWithMap } from "./normalize-with-map.ts";
export {
  type DigitsMode,
  type NormalizeOptions,
  type NormalizeRules,
  type PresetName,
  type PunctuationMode,
  type QuotesMode,
  type SpacesMode,
  type YehMode,
  type ZwnjMode,
  camelPreset,
  displayPreset,
  presets,
  searchPreset,
} from "./options.ts";
