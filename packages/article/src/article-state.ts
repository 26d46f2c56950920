/**
 * The state the article parser's passes share: one object per page, built once by {@link createArticleState},
 * handed to every pass of `PASSES` in order, then read by the final assembly (`assembleArticle`).
 *
 * Stage results are frozen once computed: the page, its blocks and their facts from the start; where the body
 * starts once "header-lines" has run; the header's lines and candidates once read by "header-lines"; the title
 * once "rescue-title" has run. Later passes write only their own decisions (each field names the passes that
 * write it).
 */
import { BlockInfo } from "./block-info.ts";
import type { Credit } from "./bylines.ts";
import { Credits } from "./credits.ts";
import { Lead } from "./lead-overlap.ts";
import type { LineCounts } from "./line-shape.ts";
import type { Block, DateSpan, HeadlineList, Sentence, Span } from "./types.ts";

/**
 * Everything the assembler needs: the page, its classified blocks, and a sentence splitter.
 *
 * @example
 * ```ts
 * const input: AssembleInput = { text, blocks, lists, reference: null, splitSentences, wordsPerMinute: 200 };
 * ```
 */
export interface AssembleInput {
  /** the page */
  text: string;
  /** every block of the page, classified (from `@nass/boilerplate`) */
  blocks: readonly Block[];
  /** headline lists (from `@nass/boilerplate`) */
  lists: readonly HeadlineList[];
  /** reference date for relative dates, or null */
  reference: Date | null;
  /** split a paragraph's text into sentences, offsets into that text */
  splitSentences: (paragraph: string) => readonly Sentence[];
  /** reading speed for `stats.readingMinutes` */
  wordsPerMinute: number;
}

/** A body block kept as a paragraph: the block, its kind and its one-pass counts (for the stats). */
export interface ParagraphBlock {
  /** the block */
  block: Block;
  /** a paragraph of text or a subheading */
  kind: "text" | "subheading";
  /** the block's counts */
  counts: LineCounts;
}

/** Lookup keys of the site's name read in the masthead, and the lines (by block index) that print it. */
export interface SiteKeys {
  /** lookup keys of the site's name */
  keys: Set<string>;
  /** block indexes of the masthead lines naming the site */
  lines: Set<number>;
}

/**
 * Everything the passes share about one page. Fields marked frozen are never written after the stage that
 * computes them; the others name the passes that write them.
 *
 * @example
 * ```ts
 * const state = createArticleState(input);
 * for (const pass of PASSES) pass.run(state);
 * state.title; // { text: "...", start: 120, end: 164 }
 * ```
 */
export interface ArticleState {
  /** what the assembler was given (frozen) */
  readonly input: AssembleInput;
  /** the page (frozen) */
  readonly text: string;
  /** every block of the page, classified (frozen) */
  readonly blocks: readonly Block[];
  /** facts about each block, one per block, computed on first use (frozen) */
  readonly infos: readonly BlockInfo[];
  /** the page holds Arabic script in a kept block; without it everything goes to `removed` (frozen) */
  readonly arabicPage: boolean;
  /** the kept blocks' facts, in page order (none on a page without Arabic) (frozen) */
  readonly kept: readonly BlockInfo[];
  /**
   * index in `kept` of the first body block, or -1 without a body; set by "body-start", moved by
   * "header-lines" on a page without prose, then frozen
   */
  bodyStart: number;
  /** the lead (the body's first two paragraphs) as stems, built on first use by {@link leadOf} once the body
   *  start is frozen, and shared by every pass that asks whether a line echoes it */
  lead: Lead | null;
  /** block index of the first body block (the block count without a body); set by "header-lines", then frozen */
  firstBodyIndex: number;
  /** the kept blocks before the body; set by "header-lines", then frozen */
  header: readonly BlockInfo[];
  /** index in `header` of the last line that is not a date line, or -1; set by "header-lines", then frozen */
  lastHeader: number;
  /** how many lines of a top bar open the page above the masthead; set by "header-lines", then frozen */
  top: number;
  /** the site's name read in the masthead; set by "header-lines", then frozen */
  siteKeys: SiteKeys;
  /** the header's headline candidates (what no credit, date or category took); set by "header-lines", then frozen */
  candidates: BlockInfo[];
  /** category strips read in the header, by block index; set by "header-lines", then frozen */
  strips: Map<number, Span[]>;
  /** the header's date lines and dated credit lines; set by "header-lines", then frozen */
  headerDates: BlockInfo[];
  /** indexes in `header` of the credit lines; set by "header-lines", then frozen */
  creditLines: Set<number>;
  /** the title; set by "title", replaced or trimmed by "rescue-title", then frozen */
  title: Span | null;
  /** the kicker; set by "title", or by "kicker-label" when the title has none */
  kicker: Span | null;
  /** the block that ends the title (its second line when printed over two); set by "title" and "rescue-title", then frozen */
  titleBlock: Block | null;
  /** the title's first copy; set by "title" and "rescue-title", then frozen */
  titleFirstBlock: Block | null;
  /** block index where the title starts, or -1; set by "rescue-title", then frozen */
  titleStartIndex: number;
  /** the subtitles; set by "title", then frozen */
  subtitles: Span[];
  /** the captions, in page order; set by "title", added to and sorted by "body", then frozen */
  captions: Span[];
  /** the credits (authors, dateline, source), gathered in page order by every pass that reads a credit */
  readonly credits: Credits;
  /** the publication date; set by "header-dates", else by "body" or "body-credits" */
  published: DateSpan | null;
  /** the site's "today" date; set by "header-dates", then frozen */
  pageDate: DateSpan | null;
  /** the categories, in page order; written by "categories", then frozen */
  readonly categories: Span[];
  /** author bio lines (in the header, then after the body); written by "categories" and "body", then frozen */
  readonly bios: Block[];
  /** the body's paragraphs and subheadings; written by "body", then frozen */
  readonly paragraphBlocks: ParagraphBlock[];
  /** short label lines after the body; written by "body", then frozen */
  readonly dropped: Block[];
  /** credits read after the body, added after the lead's by "body-credits"; written by "body", then frozen */
  readonly afterBody: Credit[];
}

/**
 * One pass of the article parser: a named step that reads the page state and writes its own decisions.
 *
 * @example
 * ```ts
 * const pass: Pass = { id: "categories", doc: "...", run(state) { ... } };
 * ```
 */
export interface Pass {
  /** kebab-case name */
  readonly id: string;
  /** one line: what the pass decides */
  readonly doc: string;
  /**
   * Run the pass over the page.
   *
   * @param state - the page state, updated in place
   */
  run(state: ArticleState): void;
}

/**
 * Read the facts of every block and build the page state the passes share.
 *
 * @param input - see {@link AssembleInput}
 * @returns the state, with nothing decided yet
 * @example
 * ```ts
 * const state = createArticleState(input);
 * state.kept.length; // the kept blocks (none on a page without Arabic)
 * ```
 */
export function createArticleState(input: AssembleInput): ArticleState {
  const { text, blocks, reference } = input;
  const infos = blocks.map((block) => new BlockInfo(text, block, reference));
  // a page without Arabic script is not an Arabic article: everything goes to `removed`
  const arabicPage = infos.some((info) => !info.block.boilerplate && info.counts.arabic > 0);
  const kept = arabicPage ? infos.filter((info) => !info.block.boilerplate) : [];
  return {
    input,
    text,
    blocks,
    infos,
    arabicPage,
    kept,
    bodyStart: -1,
    lead: null,
    firstBodyIndex: blocks.length,
    header: [],
    lastHeader: -1,
    top: 0,
    siteKeys: { keys: new Set(), lines: new Set() },
    candidates: [],
    strips: new Map(),
    headerDates: [],
    creditLines: new Set(),
    title: null,
    kicker: null,
    titleBlock: null,
    titleFirstBlock: null,
    titleStartIndex: -1,
    subtitles: [],
    captions: [],
    credits: new Credits(text),
    published: null,
    pageDate: null,
    categories: [],
    bios: [],
    paragraphBlocks: [],
    dropped: [],
    afterBody: [],
  };
}

/**
 * The page's lead, built once (after "header-lines", when the body start is frozen) and shared: its stems
 * only grow as questions need more of it, so one instance answers every pass alike.
 *
 * @param state - the article state
 * @returns the lead of the body's first two kept blocks
 * @example
 * ```ts
 * leadOf(state).shares(title.start, title.end); // true when the line repeats the lead's words
 * ```
 */
export function leadOf(state: ArticleState): Lead {
  state.lead ??= new Lead(
    state.text,
    state.kept.slice(state.bodyStart, state.bodyStart + 2).map((info) => info.block),
  );
  return state.lead;
}
