/**
 * The classifier's passes, in the order they run: the one place to read that order. Each pass is a module of
 * its own (`{ id, doc, run(state) }`) over the shared page state (see `page-state.ts`).
 *
 * The first four find the article and revise which blocks are prose; the rest give blocks their classes in
 * context: chrome above the title (menus, tags, strips), then the sections cues open (lists, tickers,
 * inserts, comments), then what lies after the body (bare lists, tags, spam), then the masthead.
 */
import type { Pass } from "../page-state.ts";
import { adjacentArticle } from "./adjacent-article.ts";
import { bareRuns } from "./bare-runs.ts";
import { bareTopStrip } from "./bare-top-strip.ts";
import { bodyLines } from "./body-lines.ts";
import { commentThreads } from "./comment-threads.ts";
import { emailLabels } from "./email-labels.ts";
import { headlineUnderListHeading } from "./headline-under-list-heading.ts";
import { labelledCaptions } from "./labelled-captions.ts";
import { latinSpam } from "./latin-spam.ts";
import { listSections } from "./list-sections.ts";
import { locateArticle } from "./locate-article.ts";
import { masthead } from "./masthead.ts";
import { menuColumns } from "./menu-columns.ts";
import { menuRuns } from "./menu-runs.ts";
import { sectionLabels } from "./section-labels.ts";
import { skipBoxes } from "./skip-boxes.ts";
import { tagBoxes } from "./tag-boxes.ts";
import { tickerPrefixedTitle } from "./ticker-prefixed-title.ts";
import { topStrip } from "./top-strip.ts";
import { unlabelledTags } from "./unlabelled-tags.ts";
import { unpunctuatedTitle } from "./unpunctuated-title.ts";

/**
 * Every pass of the classifier, in the order `classifyBlocks` runs them.
 *
 * @example
 * ```ts
 * PASSES.map((p) => p.id); // ["headline-under-list-heading", "unpunctuated-title", "locate-article", ...]
 * ```
 */
export const PASSES: readonly Pass[] = [
  headlineUnderListHeading,
  unpunctuatedTitle,
  locateArticle,
  bodyLines,
  menuColumns,
  tagBoxes,
  menuRuns,
  sectionLabels,
  topStrip,
  bareTopStrip,
  listSections,
  skipBoxes,
  labelledCaptions,
  commentThreads,
  adjacentArticle,
  bareRuns,
  tickerPrefixedTitle,
  unlabelledTags,
  latinSpam,
  masthead,
  emailLabels,
];
