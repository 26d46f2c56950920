/**
 * The final assembly after the passes: every block's kind and reason (a pass's decision, else its own cue or
 * shape, else content or heading by where it lies), duplicates, the article zones and boilerplate flags.
 */
import { opensWithRole } from "./bio-role.ts";
import { trailerEnd } from "./core/article-zone.ts";
import type { PageState } from "./page-state.ts";
import { isChromeKind } from "./passes/shared.ts";
import { REASONS } from "./reasons.ts";
import type { Block, BlockKind, BlockTrace, ClassifyBlocksResult } from "./types.ts";

/**
 * Trace names of the deciders that are not passes: the block's own analysis (its cue or shape), the article
 * zone (a line outside the article), and the final assembly (plain content and headings, repeated titles).
 *
 * @example
 * ```ts
 * classifyBlocks(blocks, { trace: true }).trace?.filter((t) => t.pass === TRACE_DECIDERS.core);
 * ```
 */
export const TRACE_DECIDERS = { analyze: "analyze", core: "core", final: "final" } as const;

/** Who decided a block in the final loop: a pass (see `PageState.decidedBy`), or one of {@link TRACE_DECIDERS}. */
const BY_PASS = 0;
const BY_ANALYZE = 1;
const BY_FINAL = 2;
const BY_CORE = 3;

/**
 * Give every block its final kind, reason, duplicate link, zone and boilerplate flag.
 *
 * @param state - the page state after every pass has run
 * @returns the classified blocks and the headline lists (sorted by offset), and the trace when asked for
 * @example
 * ```ts
 * const state = createPageState(blocks, options, index);
 * for (const pass of PASSES) pass.run(state);
 * assembleBlocks(state).blocks[0].kind; // "navigation"
 * ```
 */
export function assembleBlocks(state: PageState): ClassifyBlocksResult {
  const { blocks, analyses, assigned, lists, n, options, zone, firstProse, lastProse, titleGuard, byRole } = state;
  const decidedBy = state.decidedBy;
  lists.sort((x, y) => x.start - y.start);

  // The article zone ends under the core's credit lines, past chrome named above (share rows, read-also lists).
  const zoneEnd =
    zone === null
      ? n
      : trailerEnd(analyses, blocks, zone.coreEnd, (k) => {
          const kind = assigned[k]?.kind ?? analyses[k]!.local?.kind;
          return kind !== undefined && isChromeKind(kind);
        });

  // Final kinds, duplicates, boilerplate flags.
  // Earlier blocks by text length: equal texts have equal lengths, so a text is hashed only when another
  // block has its length (most paragraphs are never hashed); a shared length gets its own text map.
  const byLength = new Map<number, number | Map<string, number>>();
  const keys: string[] = new Array(n);
  const out: Block[] = new Array(n);
  const trace: BlockTrace[] | null = decidedBy === null ? null : new Array(n);
  for (let k = 0; k < n; k++) {
    const block = blocks[k]!;
    const a = analyses[k]!;
    let kind: BlockKind;
    let reason: string | null;
    let by: number;
    const given = assigned[k];
    if (given) {
      kind = given.kind;
      reason = given.reason;
      by = BY_PASS;
    } else if (a.soft && k > firstProse && k < lastProse) {
      kind = "content";
      reason = null;
      by = BY_FINAL;
    } else if (a.local) {
      kind = a.local.kind === "list-item" ? "list-heading" : a.local.kind;
      reason = a.local.reason;
      by = BY_ANALYZE;
    } else if (a.prose) {
      kind = "content";
      reason = null;
      by = BY_FINAL;
    } else if (firstProse >= 0 && k > lastProse) {
      kind = "content";
      reason = null;
      by = BY_FINAL;
    } else {
      kind = "heading";
      // a one- or two-word line right above the title: a kicker or category label, left to the article
      reason = k === byRole ? REASONS.bylineRole : k === titleGuard - 1 && a.facts.words <= 2 ? REASONS.kicker : null;
      by = BY_FINAL;
    }
    let boilerplate = kind !== "content" && kind !== "heading";
    if (!boilerplate && zone !== null && (k < zone.start || k >= zoneEnd)) {
      boilerplate = true;
      reason = REASONS.outsideArticle;
      by = BY_CORE;
    }
    if (options.keepLists && (kind === "list-heading" || kind === "list-item")) boilerplate = false;
    if (options.keepKinds.has(kind)) boilerplate = false;
    let earlier: number | undefined;
    const key = dedupeKey(block.text);
    keys[k] = key;
    const length = key.length;
    const sameLength = byLength.get(length);
    if (sameLength === undefined) byLength.set(length, k);
    else if (typeof sameLength === "number") {
      if (keys[sameLength] === key) earlier = sameLength;
      else
        byLength.set(
          length,
          new Map([
            [keys[sameLength]!, sameLength],
            [key, k],
          ]),
        );
    } else {
      earlier = sameLength.get(key);
      if (earlier === undefined) sameLength.set(key, k);
    }
    // the headline above the body printed again after it (share bars, breadcrumbs, "next article" boxes); a
    // name printed above the title and again over a bio line after the body ("كاتب وصحفي ليبي") is the columnist's
    if (
      kind === "content" &&
      !a.prose &&
      firstProse >= 0 &&
      k > lastProse &&
      earlier !== undefined &&
      earlier < firstProse &&
      !(k + 1 < n && a.nounPhrase && opensWithRole(blocks[k + 1]!.text))
    ) {
      kind = "navigation";
      // the site's name printed again in the footer is its masthead, not the title
      reason = assigned[earlier]?.reason === REASONS.masthead ? REASONS.masthead : REASONS.repeatTitle;
      boilerplate = !options.keepKinds.has(kind);
      by = BY_FINAL;
    }
    out[k] = {
      text: block.text,
      start: block.start,
      end: block.end,
      index: k,
      kind,
      boilerplate,
      reason,
      duplicateOf: earlier ?? null,
      zone:
        zone === null
          ? "body"
          : k < zone.start || k >= zoneEnd
            ? "outside"
            : k < zone.coreStart
              ? "header"
              : k < zone.coreEnd
                ? "body"
                : "trailer",
    };
    if (trace !== null) trace[k] = { index: k, pass: decider(by, decidedBy![k]) };
  }
  return trace === null ? { blocks: out, lists } : { blocks: out, lists, trace };
}

/** The trace name of a block's decider. */
function decider(by: number, pass: string | null | undefined): string {
  if (by === BY_PASS) return pass ?? TRACE_DECIDERS.final;
  if (by === BY_ANALYZE) return TRACE_DECIDERS.analyze;
  if (by === BY_CORE) return TRACE_DECIDERS.core;
  return TRACE_DECIDERS.final;
}

/**
 * Invisible format characters a scraper leaves inside text: zero-width space, non-joiner and joiner,
 * LRM/RLM (U+200B..U+200F), ALM (U+061C), bidi embeddings and isolates (U+202A..U+202E,
 * U+2066..U+2069), the word joiner (U+2060) and BOM (U+FEFF), Unicode 15 General Category Cf; and
 * the tatweel (U+0640), which only stretches a word.
 */
function isInvisible(c: number): boolean {
  return (
    c === 0x0640 ||
    (c >= 0x200b && c <= 0x200f) ||
    c === 0x061c ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2069 && c !== 0x2065) ||
    c === 0xfeff
  );
}

/** Longest block, in UTF-16 units, whose copies are matched through {@link dedupeKey}'s folding. */
const DEDUPE_FOLD_MAX_CHARS = 300;

/**
 * The text two blocks must share to be copies of one line: the text itself, without invisible format
 * characters and tatweel, and with Arabic presentation forms (U+FB50..U+FEFC) mapped to letters by
 * NFKC (two copies of a title differ by a ZWNJ, an RLM or a stretched letter only in how they were
 * scraped or printed). Most lines hold none of these: they are returned as they are, without building
 * a new string; so are blocks longer than {@link DEDUPE_FOLD_MAX_CHARS} (paragraphs: exact copies only).
 */
function dedupeKey(text: string): string {
  // long blocks (paragraphs) are compared as they are: lines printed twice with a scraping difference are
  // titles, decks, captions and menu items, and scanning every paragraph cost a tenth of the classifier
  if (text.length > DEDUPE_FOLD_MAX_CHARS) return text;
  let i = 0;
  let forms = false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // below U+200B only the ALM (U+061C) and the tatweel (U+0640) fold: Arabic letters pass with two tests
    if (c < 0x200b && c !== 0x0640 && c !== 0x061c) continue;
    if (isInvisible(c)) break;
    if (c >= 0xfb50 && c <= 0xfefc) forms = true;
  }
  if (i === text.length) return forms ? text.normalize("NFKC") : text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) if (!isInvisible(text.charCodeAt(i))) out += text[i];
  return out.normalize("NFKC");
}
