export { createNormalizer, type Normalizer } from "./create-normalizer.ts";
export { normalize } from "./normalize.ts";
export { type NormalizeResult, normalizeWithMap, type OriginalSpan } from "./normalize-with-map.ts";
export {
  camelPreset,
  type DigitsMode,
  displayPreset,
  type NormalizeOptions,
  type NormalizeRules,
  type PresetName,
  type PunctuationMode,
  presets,
  type QuotesMode,
  type SpacesMode,
  searchPreset,
  type YehMode,
  type ZwnjMode,
} from "./options.ts";
