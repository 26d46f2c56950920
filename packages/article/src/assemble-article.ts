import { type ArticleState, type AssembleInput, createArticleState } from "./article-state.ts";
import { PASSES } from "./passes/index.ts";
import { removedBlocks } from "./removed-blocks.ts";
import { computeStats } from "./stats.ts";
import type { Article, Paragraph } from "./types.ts";

export type { AssembleInput } from "./article-state.ts";

/**
 * Build an {@link Article} from a page's classified blocks.
 *
 * Header (the blocks before the first prose block): dates, bylines, the title (the first
 * headline-shaped kept line that is not a kicker, a category, a date or a byline; when it is
 * printed twice, its later copy), the kicker (a colon-ended line right before the title), subtitles
 * (the other headline lines after the title) and captions (lines printed twice in a row). Body:
 * prose paragraphs and the headline-shaped lines between them (subheadings); bylines, dates and
 * captions are taken out. After the body: a name alone is an author.
 *
 * @param input - see {@link AssembleInput}
 * @returns the article
 */
export function assembleArticle(input: AssembleInput): Article {
  const state = createArticleState(input);
  // (a plain loop over a constant array: one call site per pass, no closure)
  for (let i = 0; i < PASSES.length; i++) PASSES[i]!.run(state);
  return articleOf(state);
}

/**
 * The article the passes found: the fields, the paragraphs with their sentences, the lists, and every other
 * block in `removed`.
 *
 * @param state - the page state, after every pass
 * @returns the article
 */
function articleOf(state: ArticleState): Article {
  const { input, title, kicker, subtitles, captions, credits, published, pageDate, categories, paragraphBlocks } =
    state;
  const paragraphs: Paragraph[] = paragraphBlocks.map(({ block, kind }) => ({
    text: block.text,
    start: block.start,
    end: block.end,
    kind,
    sentences: input.splitSentences(block.text).map((s) => ({
      text: s.text,
      start: s.start + block.start,
      end: s.end + block.start,
    })),
  }));

  const lists = input.lists.map((list) => ({
    kind: list.kind,
    heading: list.heading ? { text: list.heading.text, start: list.heading.start, end: list.heading.end } : null,
    items: list.items.map((item) => ({ text: item.text, start: item.start, end: item.end })),
    start: list.start,
    end: list.end,
  }));
  // page order: a name found late (a byline under the deck) may sit above a credit read earlier
  const authors = [...credits.authors].sort((a, b) => a.start - b.start);
  const removed = removedBlocks(state, paragraphs, lists, authors);

  return {
    title,
    kicker,
    subtitles,
    captions,
    authors,
    dateline: credits.dateline,
    source: credits.source,
    published,
    pageDate,
    categories,
    paragraphs,
    lists,
    removed,
    stats: computeStats(
      paragraphBlocks.map((p) => p.counts),
      input.wordsPerMinute,
    ),
  };
}
