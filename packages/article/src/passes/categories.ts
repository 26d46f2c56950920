/**
 * Pass "categories": the article's sections: every breadcrumb in the header, and the strip or short label right
 * above the title or kicker (past a breaking-news label, a columnist's name and its role line, which is a bio).
 */
import type { Pass } from "../article-state.ts";
import { isAuthorBioLine } from "../bylines.ts";
import { breadcrumbCategories, segmentCategoryStrip } from "../categories.ts";
import { HOME_KEYS, isSiteName, spanOfBlock } from "../line-roles.ts";
import { countWords, wordsOf } from "../line-shape.ts";
import { lookupKey } from "../lookup-key.ts";
import type { Block, Span } from "../types.ts";

const ID = "categories";

/** A short line of a menu: a removed navigation block of at most three words. */
function isShortMenuLine(block: Block): boolean {
  return block.boilerplate && block.kind === "navigation" && countWords(block.text) <= 3;
}

/** A section label: one or two words of letters, no colon, not the home item. */
function isSectionLabel(text: string, block: Block): boolean {
  const words = wordsOf(text, block.start, block.end);
  if (words.length === 0 || words.length > 2 || HOME_KEYS.has(lookupKey(block.text))) return false;
  // "المصدر: "النهار"" is a credit, not a section
  return words.every((w) => w.letters && !w.digits) && !/[:：«»"“”]/u.test(block.text);
}

/**
 * Categories: breadcrumbs in the header, and the section strip or label right above the title or its kicker.
 *
 * @example
 * ```ts
 * categoriesPass.run(state); // state.categories: "أخبار" and "سياسة" from "الرئيسية > أخبار > سياسة"
 * ```
 */
export const categoriesPass: Pass = {
  id: ID,
  doc: "Categories: breadcrumbs in the header, and the section strip or label right above the title or its kicker.",
  run(state) {
    const { text, blocks, infos, title, kicker, titleStartIndex, firstBodyIndex, credits, strips, categories, bios } =
      state;
    // categories: breadcrumbs in the header, and the strip right before the title or kicker
    const exclude = new Set<string>();
    if (title) exclude.add(lookupKey(title.text));
    if (kicker) exclude.add(lookupKey(kicker.text));
    const seenCategory = new Set<string>();
    const addCategories = (spans: readonly Span[] | null) => {
      for (const span of spans ?? []) {
        const key = lookupKey(span.text);
        if (seenCategory.has(key)) continue;
        seenCategory.add(key);
        categories.push(span);
      }
    };
    const anchor = Math.min(
      titleStartIndex < 0 ? firstBodyIndex : titleStartIndex,
      kicker ? blocks.findIndex((b) => b.start === kicker!.start) : firstBodyIndex,
    );
    for (const info of infos) {
      if (info.block.index >= firstBodyIndex) break;
      addCategories(breadcrumbCategories(text, info.block.start, info.block.end, exclude));
    }
    // a breaking-news label right above the title ("عاجل") may stand between the title and its section
    let stripAt = anchor - 1;
    if (stripAt > 0 && blocks[stripAt]!.kind === "ticker" && countWords(blocks[stripAt]!.text) <= 2) stripAt--;
    // so may the columnist's name read as the author ("كتاب وآراء" / "عبد الرحيم المنصوري" / title), and the role
    // line printed under that name ("سمير عطا الله" / "كاتب صحفي" / title): the byline's, never a section
    const roleLine = stripAt > 1 ? blocks[stripAt]! : undefined;
    if (
      roleLine !== undefined &&
      !roleLine.boilerplate &&
      isAuthorBioLine(text, roleLine.start, roleLine.end) &&
      credits.authors.some((a) => a.start >= blocks[stripAt - 1]!.start && a.end <= blocks[stripAt - 1]!.end)
    ) {
      bios.push(roleLine);
      stripAt--;
    }
    const stripLine = stripAt > 0 ? blocks[stripAt]! : undefined;
    if (stripLine && credits.authors.some((a) => a.start >= stripLine.start && a.end <= stripLine.end)) stripAt--;
    const stripBlock = stripAt >= 0 ? blocks[stripAt] : undefined;
    if (stripBlock) {
      // a lone section name under another short menu line ends a vertical menu, it is not the
      // article's section, unless it repeats a menu item (the site echoing the article's section)
      const previous = stripAt > 0 ? blocks[stripAt - 1] : undefined;
      const underMenu = previous !== undefined && isShortMenuLine(previous) && stripBlock.duplicateOf === null;
      if (stripBlock.boilerplate || strips.has(stripBlock.index)) {
        const strip = strips.get(stripBlock.index) ?? segmentCategoryStrip(text, stripBlock.start, stripBlock.end);
        if (!(underMenu && strip !== null && strip.length <= 1)) addCategories(strip);
      } else if (
        !underMenu &&
        isSectionLabel(text, stripBlock) &&
        !isSiteName(text, stripBlock, countWords(stripBlock.text))
      ) {
        // a kept one- or two-word label right above the title ("لبنان"): the article's section
        addCategories([spanOfBlock(stripBlock)]);
      }
    }
    categories.sort((a, b) => a.start - b.start);
  },
};
