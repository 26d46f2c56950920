// The four libraries, looked up at run time so that a package that does not export a function yet
// shows "not available" in its panel instead of breaking the build.
import * as article from "@nass/article";
import * as boilerplate from "@nass/boilerplate";
import * as normalizeLib from "@nass/normalize";
import * as sentences from "@nass/sentences";
import type { Article, Span, StripResult } from "./shapes.ts";

type Fn<A extends unknown[], R> = ((...args: A) => R) | null;

function pick<A extends unknown[], R>(lib: object, name: string): Fn<A, R> {
  const value = (lib as Record<string, unknown>)[name];
  return typeof value === "function" ? (value as (...args: A) => R) : null;
}

/** `normalize(text, { preset })` from `@nass/normalize`. */
export const normalize = pick<[string, { preset: string }], string>(normalizeLib, "normalize");
/** `splitSentences(text)` from `@nass/sentences`: the sentences as spans, in order. */
export const splitSentences = pick<[string], Span[]>(sentences, "splitSentences");
/** `stripBoilerplate(text)` from `@nass/boilerplate`. */
export const stripBoilerplate = pick<[string], StripResult>(boilerplate, "stripBoilerplate");
/** `parseArticle(text, options)` from `@nass/article`. */
export const parseArticle = pick<[string, Record<string, unknown>], Article>(article, "parseArticle");

/** Fallback preset names, from the package description, used only if the package lists none. */
const FALLBACK_PRESETS = ["display", "search", "camel"];

/** The preset names `@nass/normalize` offers, read from its exports when it lists them. */
export function presetNames(): string[] {
  const lib = normalizeLib as Record<string, unknown>;
  for (const key of ["PRESETS", "presets", "PRESET_NAMES", "presetNames", "NORMALIZE_PRESETS"]) {
    const value = lib[key];
    if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value as string[];
    if (value !== null && typeof value === "object") return Object.keys(value);
  }
  return FALLBACK_PRESETS;
}
