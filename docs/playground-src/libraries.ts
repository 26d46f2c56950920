// The libraries the playground runs, re-exported in one place, with the preset names.
import { parseArticle } from "@nass/article";
import { stripBoilerplate } from "@nass/boilerplate";
import { extractArticle } from "@nass/html";
import { normalize, type PresetName, presets } from "@nass/normalize";
import { splitSentences } from "@nass/sentences";

export type { Article, NameSpan, Span } from "@nass/article";
export type { Block, HeadlineList, StripBoilerplateResult } from "@nass/boilerplate";
export type { HtmlArticle } from "@nass/html";
export type { PresetName };
export { extractArticle, normalize, parseArticle, splitSentences, stripBoilerplate };

/** Pasted HTML rather than page text: it opens with a doctype or a tag, or holds <html>, <head> or <body>. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || /<(?:head|body)[\s>]/u.test(head);
}

/** The preset names of `@nass/normalize`, in its own order (`display` first). */
export function presetNames(): PresetName[] {
  return Object.keys(presets) as PresetName[];
}
