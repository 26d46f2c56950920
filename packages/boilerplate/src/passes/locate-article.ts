/**
 * Pass "locate-article": find the article first. The core is the densest run of prose; the body's first and
 * last prose blocks are read inside it, and the header zone above it holds the title, decks, captions,
 * bylines and dates. The body starts at the first prose block; above it, the last headline-shaped line is the
 * title and is never captured by a list or ticker section (unless the section's items are numbered).
 */
import { articleZone, blockWeights } from "../core/article-zone.ts";
import type { Pass } from "../page-state.ts";
import { headlineLike } from "./shared.ts";

/**
 * Sets the state's `weights`, `zone`, `firstProse`, `lastProse`, `arabicPage`, `bodyStart` and `titleGuard`
 * (it decides no block).
 *
 * @example
 * ```ts
 * locateArticle.run(state);
 * state.zone; // { start: 1, coreStart: 3, coreEnd: 6 }
 * ```
 */
export const locateArticle: Pass = {
  id: "locate-article",
  doc: "Find the article first: the prose core, its header zone, the body's first and last prose blocks, the title line.",
  run(state) {
    const { analyses, blocks, n } = state;
    let pageArabic = 0;
    let pageLatin = 0;
    for (let i = 0; i < n; i++) {
      pageArabic += analyses[i]!.facts.arabic;
      pageLatin += analyses[i]!.facts.latin;
    }
    const arabicPage = pageArabic > 0 && pageArabic >= 0.6 * (pageArabic + pageLatin);
    const weights = blockWeights(analyses, blocks, state.options.headlineMaxWords, arabicPage);
    const zone = articleZone(analyses, blocks, weights);
    // the core ends on running text (a prose block, or an unpunctuated line the core search took in): the body ends there
    if (zone !== null) analyses[zone.coreEnd - 1]!.prose = true;
    let firstProse = -1;
    let lastProse = -1;
    for (let i = 0; i < n; i++) {
      const a = analyses[i]!;
      if (a.prose && (zone === null || (i >= zone.coreStart && i < zone.coreEnd))) {
        if (firstProse < 0) firstProse = i;
        lastProse = i;
      }
    }
    state.weights = weights;
    state.zone = zone;
    state.firstProse = firstProse;
    state.lastProse = lastProse;
    state.arabicPage = arabicPage;
    // (the passes that revise `prose` after this one, "body-lines", only touch blocks after `firstProse`)
    const bodyStart = firstProse < 0 ? n : firstProse;
    let titleGuard = -1;
    for (let k = bodyStart - 1; k >= 0; k--) {
      if (headlineLike(analyses[k]!)) {
        titleGuard = k;
        break;
      }
    }
    state.bodyStart = bodyStart;
    state.titleGuard = titleGuard;
  },
};
