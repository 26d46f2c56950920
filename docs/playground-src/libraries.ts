// The libraries the playground runs, re-exported in one place, with the preset names.
import { parseArticle } from "@nass/article";
import { stripBoilerplate } from "@nass/boilerplate";
import { extractArticle, looksLikeHtml } from "@nass/html";
import { normalize, type PresetName, presets } from "@nass/normalize";
import { splitSentences } from "@nass/sentences";

export type { Article, NameSpan, Span } from "@nass/article";
export type { Block, HeadlineList, StripBoilerplateResult } from "@nass/boilerplate";
export type { HtmlArticle } from "@nass/html";
export type { PresetName };
export { extractArticle, looksLikeHtml, normalize, parseArticle, splitSentences, stripBoilerplate };

/** The preset names of `@nass/normalize`, in its own order (`display` first). */
export function presetNames(): PresetName[] {
  return Object.keys(presets) as PresetName[];
}
