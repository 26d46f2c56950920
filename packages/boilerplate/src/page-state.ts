/**
 * The state the classifier's passes share: one object per page, built once by {@link createPageState},
 * handed to every pass of `PASSES` in order, then read by the final assembly (`assembleBlocks`).
 *
 * Stage results are frozen once computed: the blocks, options and cues from the start, the analyses (but
 * their `prose` flag, see {@link PageState.analyses}) once analysed, the article's location once the
 * "locate-article" pass has run. Later passes write only their own decisions, through {@link decide}, which
 * also records, when the caller asked for a trace, which pass decided each block.
 */
import { analyzeBlock, type BlockAnalysis } from "./analyze-block.ts";
import type { ArticleZone } from "./core/article-zone.ts";
import type { CueIndex } from "./cue-index.ts";
import { leadStems } from "./lead-overlap.ts";
import type { ResolvedOptions } from "./resolve-options.ts";
import type { BlockKind, HeadlineList, InputBlock } from "./types.ts";

/**
 * A class a pass gives a block in context: its kind and the reason code written on it.
 *
 * @example
 * ```ts
 * const d: Decision = { kind: "navigation", reason: REASONS.menuColumn };
 * ```
 */
export interface Decision {
  /** the block's kind */
  kind: BlockKind;
  /** the reason code (see `REASONS`) */
  reason: string | null;
}

/**
 * Everything the passes share about one page. Fields marked frozen are never written after the stage that
 * computes them; the others name the passes that write them.
 *
 * @example
 * ```ts
 * const state = createPageState(blocks, resolveOptions({}), index);
 * for (const pass of PASSES) pass.run(state);
 * state.assigned[3]; // { kind: "list-item", reason: "list-item" }
 * ```
 */
export interface PageState {
  /** the page's blocks, in order (frozen) */
  readonly blocks: readonly InputBlock[];
  /** `blocks.length` (frozen) */
  readonly n: number;
  /** the resolved options (frozen) */
  readonly options: ResolvedOptions;
  /** the compiled cues (frozen) */
  readonly index: CueIndex;
  /** the page text the blocks' offsets point into, when known (frozen; read for speed only) */
  readonly source: string | undefined;
  /**
   * one analysis per block, each block on its own (frozen), except for the `prose` flag, which the first
   * passes revise in context ("headline-under-list-heading", "unpunctuated-title", "locate-article",
   * "body-lines") and which is frozen after "body-lines"
   */
  readonly analyses: readonly BlockAnalysis[];
  /** each block's prose weight (`scoreBlock`); set by "locate-article", then frozen */
  weights: readonly number[];
  /** where the article lies, or null on a page without an article core; set by "locate-article", then frozen */
  zone: ArticleZone | null;
  /** the body's first prose block, or -1; set by "locate-article", then frozen */
  firstProse: number;
  /**
   * the body's last prose block, or -1; set by "locate-article", moved down by "body-lines" (body lines after
   * it) and up by "comment-threads" and "adjacent-article" (blocks they named chrome)
   */
  lastProse: number;
  /** most of the page's letters are Arabic; set by "locate-article", then frozen */
  arabicPage: boolean;
  /** where the body starts: `firstProse`, or `n` without prose; set by "locate-article", then frozen */
  bodyStart: number;
  /**
   * the last headline-shaped line above the body (the title, which list and ticker sections never capture
   * unless their items are numbered), or -1; set by "locate-article", then frozen
   */
  titleGuard: number;
  /** a columnist's role line right above the title ("كاتب صحفي"), or -1; set by "menu-runs", then frozen */
  byRole: number;
  /** the lead's content stems, computed on first use by {@link leadStemsOf}, then frozen */
  lead: ReadonlySet<string> | null;
  /** the decisions so far, one per block (null: undecided); written only through {@link decide} */
  readonly assigned: (Decision | null)[];
  /** the headline lists found so far, in the order found (sorted by the final assembly) */
  readonly lists: HeadlineList[];
  /** when tracing, the id of the pass that wrote each block's decision (null: none); else null */
  readonly decidedBy: (string | null)[] | null;
}

/**
 * One pass of the classifier: a named step that reads the page state and writes its own decisions.
 *
 * @example
 * ```ts
 * const pass: Pass = { id: "menu-columns", doc: "...", run(state) { ... } };
 * ```
 */
export interface Pass {
  /** kebab-case name, written in the trace */
  readonly id: string;
  /** one line: what the pass decides */
  readonly doc: string;
  /**
   * Run the pass over the page.
   *
   * @param state - the page state, updated in place
   */
  run(state: PageState): void;
}

/**
 * Analyse every block on its own and build the page state the passes share.
 *
 * @param blocks - the page's blocks
 * @param options - resolved options (`options.trace` turns on the pass record)
 * @param index - the compiled cues
 * @param source - the page the blocks' offsets point into, when known
 * @returns the state, with nothing decided yet
 * @example
 * ```ts
 * const state = createPageState(splitLines(text), resolveOptions({}), cueIndexFor(options), text);
 * state.analyses[0].local; // { kind: "navigation", reason: "nav:menu-strip" }
 * ```
 */
export function createPageState(
  blocks: readonly InputBlock[],
  options: ResolvedOptions,
  index: CueIndex,
  source?: string,
): PageState {
  const n = blocks.length;
  const analyses: BlockAnalysis[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const b = blocks[k]!;
    analyses[k] =
      source === undefined
        ? analyzeBlock(b.text, b.features, options, index)
        : analyzeBlock(b.text, b.features, options, index, source, b.start);
  }
  return {
    blocks,
    n,
    options,
    index,
    source,
    analyses,
    weights: [],
    zone: null,
    firstProse: -1,
    lastProse: -1,
    arabicPage: false,
    bodyStart: n,
    titleGuard: -1,
    byRole: -1,
    lead: null,
    assigned: new Array(n).fill(null),
    lists: [],
    decidedBy: options.trace ? new Array(n).fill(null) : null,
  };
}

/**
 * Give block `k` a class: write `state.assigned[k]` and, when tracing, record the pass that decided it.
 *
 * @param state - the page state
 * @param k - the block's index
 * @param kind - its kind
 * @param reason - its reason code (see `REASONS`)
 * @param pass - the deciding pass's id
 * @example
 * ```ts
 * decide(state, 4, "navigation", REASONS.menuColumn, "menu-columns");
 * state.assigned[4]; // { kind: "navigation", reason: "nav:menu-column" }
 * ```
 */
export function decide(state: PageState, k: number, kind: BlockKind, reason: string, pass: string): void {
  state.assigned[k] = { kind, reason };
  if (state.decidedBy !== null) state.decidedBy[k] = pass;
}

/**
 * Before a pass that writes `state.assigned` through a module of its own (`core/`): a copy of the decisions
 * to compare with afterwards, when tracing.
 *
 * @param state - the page state
 * @returns a copy of `state.assigned` when tracing, else null
 * @example
 * ```ts
 * const before = snapshotDecisions(state);
 * markSkipBoxes(state.blocks, state.assigned);
 * recordDecisions(state, before, "skip-boxes");
 * ```
 */
export function snapshotDecisions(state: PageState): readonly (Decision | null)[] | null {
  return state.decidedBy === null ? null : state.assigned.slice();
}

/**
 * After such a pass: record it as the decider of every block whose decision it replaced.
 *
 * @param state - the page state
 * @param before - what {@link snapshotDecisions} returned before the pass
 * @param pass - the pass's id
 * @example
 * ```ts
 * recordDecisions(state, before, "labelled-captions"); // the captions under caption labels
 * ```
 */
export function recordDecisions(state: PageState, before: readonly (Decision | null)[] | null, pass: string): void {
  const decidedBy = state.decidedBy;
  if (decidedBy === null || before === null) return;
  for (let k = 0; k < state.n; k++) if (state.assigned[k] !== before[k]) decidedBy[k] = pass;
}

/** Most UTF-16 units of each lead paragraph read for the lead's stems. */
const LEAD_CHARS = 600;

/**
 * The content stems of the lead (the first two blocks of the body that are prose), computed once per page,
 * only when a pass needs them (a list or ticker label above the body, a headline strip over the title).
 *
 * @param state - the page state (after "locate-article")
 * @returns the lead's stems (see `leadStems`)
 * @example
 * ```ts
 * sharesLead(state.blocks[state.titleGuard].text, leadStemsOf(state)); // true for the article's title
 * ```
 */
export function leadStemsOf(state: PageState): ReadonlySet<string> {
  if (state.lead !== null) return state.lead;
  // the core search read the lead already: the same first sentences of the body
  if (state.zone !== null) {
    state.lead = state.zone.lead;
    return state.zone.lead;
  }
  const lead = new Set<string>();
  const { analyses, blocks, bodyStart, n } = state;
  for (let k = bodyStart; k < n && k < bodyStart + 2; k++) {
    if (!analyses[k]!.prose) continue;
    // a title echoes the lead's first sentences: stemming whole long paragraphs cost a tenth of the classifier
    const text = blocks[k]!.text;
    for (const s of leadStems(text.length > LEAD_CHARS ? text.slice(0, LEAD_CHARS) : text)) lead.add(s);
  }
  state.lead = lead;
  return lead;
}
