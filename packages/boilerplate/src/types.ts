/**
 * The result shapes of `@nass/boilerplate` (docs/contract.md: Span, Block, HeadlineList).
 */

/** A piece of the caller's input: `text === input.slice(start, end)`, UTF-16 offsets. */
export interface Span {
  /** `input.slice(start, end)` */
  text: string;
  /** inclusive UTF-16 index into the caller's input */
  start: number;
  /** exclusive UTF-16 index into the caller's input */
  end: number;
}

/** What a block is (docs/contract.md). */
export type BlockKind =
  | "content"
  | "heading"
  | "list-heading"
  | "list-item"
  | "navigation"
  | "ticker"
  | "date-header"
  | "comment-form"
  | "policy"
  | "social"
  | "credit"
  | "widget"
  | "spam";

/**
 * One non-empty line of the page, classified (docs/contract.md).
 *
 * @example
 * ```ts
 * stripBoilerplate("اترك تعليقاً").blocks[0];
 * // { text: "اترك تعليقاً", start: 0, end: 12, index: 0, kind: "comment-form", boilerplate: true,
 * //   reason: "cue:comment-form", duplicateOf: null, zone: "body" }
 * ```
 */
export interface Block extends Span {
  /** 0-based position among the page's blocks */
  index: number;
  /** what the block is */
  kind: BlockKind;
  /** true when the block is page chrome and is left out of the kept text */
  boilerplate: boolean;
  /** why the block was classified so (`cue:most-read-heading`, `list-item`, ...); null for plain content */
  reason: string | null;
  /** index of the earlier block with the same text (invisible format characters and tatweel aside,
   *  presentation forms read as letters), else null */
  duplicateOf: number | null;
  /** where the block lies relative to the article the engine located (see {@link BlockZone}) */
  zone: BlockZone;
}

/**
 * Where a block lies relative to the article: `header` (title, kicker, decks, captions, bylines and dates
 * above the body), `body` (the article core: paragraphs, subheadings and the inserts among them),
 * `trailer` (credit lines under the body: wire credit, writer's name and bio), `outside` (page chrome
 * around the article). On a page with no run of prose long enough to be an article, every block is `body`.
 */
export type BlockZone = "header" | "body" | "trailer" | "outside";

/** The kind of a headline list (docs/contract.md). */
export type HeadlineListKind =
  | "most-read"
  | "most-viewed"
  | "most-shared"
  | "most-commented"
  | "featured"
  | "related"
  | "read-also"
  | "see-also"
  | "latest"
  | "headlines";

/**
 * A headline list found on the page: its heading and its items, markers stripped (docs/contract.md).
 *
 * @example
 * ```ts
 * stripBoilerplate("الأكثر قراءة\n1. عنوان الخبر الأول هنا").lists[0];
 * // { kind: "most-read", heading: { text: "الأكثر قراءة", start: 0, end: 12 },
 * //   items: [{ text: "عنوان الخبر الأول هنا", start: 16, end: 37 }], start: 0, end: 37 }
 * ```
 */
export interface HeadlineList {
  /** which list it is, from its heading cue; `headlines` for a bare run */
  kind: HeadlineListKind;
  /** the heading line, or null for a bare run of headline-shaped lines */
  heading: Span | null;
  /** the items, list numbers and bullets stripped (offsets move past the marker) */
  items: Span[];
  /** from the heading (or first item) to the last item */
  start: number;
  /** end of the last item */
  end: number;
}

/** Extra per-block features an HTML front end can pass to {@link classifyBlocks}. */
export interface BlockFeatures {
  /** share of the block's characters that sit inside links, 0..1 */
  linkDensity?: number;
  /** lower-case tag name of the element the block came from (`p`, `h2`, `li`, `nav`, ...) */
  tagName?: string;
}

/**
 * A pre-split block fed to {@link classifyBlocks}: a trimmed span of the caller's input.
 *
 * @example
 * ```ts
 * const block: InputBlock = { text: "الرئيسية أخبار", start: 0, end: 14, features: { tagName: "nav" } };
 * ```
 */
export interface InputBlock extends Span {
  /** optional features from an HTML front end */
  features?: BlockFeatures;
}

/** How a cue phrase must sit in a line to fire. */
export type CueMatch = "line" | "prefix" | "anywhere";

/**
 * One entry of a cue lexicon. Patterns are plain strings, compared on normalized keys, whole words.
 *
 * @example
 * ```ts
 * const cue: Cue = { pattern: "من أخبارنا المختارة", kind: "list-heading", listKind: "featured", reason: "site:picks" };
 * stripBoilerplate(page, { cues: [cue] });
 * ```
 */
export interface Cue {
  /** the phrase, in any spelling (it is normalized: alef variants, ta marbuta, diacritics, tatweel, case) */
  pattern: string;
  /** the kind a block takes when the cue fires */
  kind: BlockKind;
  /** the reason code written on the block; defaults to `cue:<kind>` */
  reason?: string;
  /** for `list-heading` cues: the kind of list the heading opens; defaults to `headlines` */
  listKind?: HeadlineListKind;
  /**
   * `line`: the cue must be most of the line (the default);
   * `prefix`: also fires when the line starts with the cue followed by `:` `|` `-` (`الوسوم: ...`);
   * `anywhere`: a specific phrase that also fires anywhere in a short line (`جميع الحقوق محفوظة`).
   */
  match?: CueMatch;
}

/**
 * Caller cues as a map from block kind to phrases.
 *
 * @example
 * ```ts
 * stripBoilerplate(page, { cues: { social: ["تابع قناتنا"], widget: ["زر الطباعة"] } });
 * ```
 */
export type CueMap = Partial<Record<BlockKind, readonly string[]>>;

/** Options of {@link classifyBlocks} and {@link stripBoilerplate}. */
export interface ClassifyBlocksOptions {
  /**
   * Extra cues for the caller's own site chrome, either a list of {@link Cue} or a map from kind to phrases.
   * Matched like the built-in lexicon (normalized, whole words).
   * @defaultValue `[]`
   */
  cues?: readonly Cue[] | CueMap;
  /**
   * Use the built-in cue lexicon ({@link defaultCues}). Set to false to rely on your cues and structure only.
   * @defaultValue true
   */
  defaultCues?: boolean;
  /**
   * Keep headline lists (their headings and items) in the kept text; they are still returned in `lists`.
   * @defaultValue false
   */
  keepLists?: boolean;
  /**
   * Block kinds to keep in the text even though they are chrome (e.g. `["date-header", "credit"]`).
   * @defaultValue `[]`
   */
  keepKinds?: readonly BlockKind[];
  /**
   * A line with at least this many words and sentence-final punctuation is prose.
   * @defaultValue 8
   */
  minProseWords?: number;
  /**
   * A line with more words than this is prose, never a headline or list item (numbered items get twice as many).
   * @defaultValue 20
   */
  headlineMaxWords?: number;
  /**
   * The fewest words of a headline-shaped line in a bare run (inside a cue-opened list, 2 words suffice).
   * @defaultValue 4
   */
  headlineMinWords?: number;
  /**
   * The fewest headline-shaped lines after the article body that form a bare list.
   * @defaultValue 3
   */
  minListItems?: number;
  /**
   * How many headline lines an "اقرأ أيضا" insert inside the article takes.
   * @defaultValue 3
   */
  readAlsoMaxItems?: number;
  /**
   * Mark Latin-script lines that stand outside the body of an Arabic page as `spam`.
   * @defaultValue true
   */
  detectSpam?: boolean;
  /**
   * Also return `trace`: for each block, which pass of the classifier decided its class (see {@link BlockTrace}).
   * For debugging and for reading why a block was removed; it costs a little time and memory.
   * @defaultValue false
   */
  trace?: boolean;
}

/** Options of {@link stripBoilerplate}: the same as {@link ClassifyBlocksOptions}. */
export interface StripBoilerplateOptions extends ClassifyBlocksOptions {}

/**
 * Which step of the classifier decided one block's class (returned with the `trace` option).
 *
 * `pass` is the id of the pass that gave the block its class in context (`"menu-columns"`, `"list-sections"`,
 * `"bare-runs"`, ...; the passes run in a fixed order), or `"analyze"` when the block's own cue or shape
 * decided it (a date line, a share row, a menu strip), `"core"` when it lies outside the article the engine
 * located (reason `outside-article`), `"final"` otherwise (plain content and headings, a kicker, the title
 * printed again after the body).
 *
 * @example
 * ```ts
 * const { blocks, trace } = stripBoilerplate("الأكثر قراءة\n1. عنوان الخبر الأول هنا", { trace: true });
 * trace; // [{ index: 0, pass: "list-sections" }, { index: 1, pass: "list-sections" }]
 * ```
 */
export interface BlockTrace {
  /** the block's index (its position in `blocks`) */
  index: number;
  /** the id of the pass that decided the block, or `"analyze"`, `"core"` or `"final"` */
  pass: string;
}

/** What {@link classifyBlocks} returns. */
export interface ClassifyBlocksResult {
  /** every input block, classified, in input order */
  blocks: Block[];
  /** the headline lists found */
  lists: HeadlineList[];
  /** with the `trace` option only: one entry per block, in block order */
  trace?: BlockTrace[];
}

/**
 * What {@link stripBoilerplate} returns.
 *
 * @example
 * ```ts
 * const { text, blocks, lists } = stripBoilerplate("أخبار عاجلة\nوقال الوزير إن الحكومة ستطلق برنامجا جديدا لدعم الشباب.");
 * text; // "وقال الوزير إن الحكومة ستطلق برنامجا جديدا لدعم الشباب."
 * ```
 */
export interface StripBoilerplateResult extends ClassifyBlocksResult {
  /**
   * the article body: the kept blocks' text joined by `\n`, less the article's own header and trailer
   * lines (title, kicker, bylines, dates, captions above the body; credits under it), which `@nass/article`
   * reads into fields; chrome kept by `keepLists` or `keepKinds` stays in
   */
  text: string;
}
