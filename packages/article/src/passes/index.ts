/**
 * The article parser's passes, in the order they run: the one place to read that order. Each pass is a module of
 * its own (`{ id, doc, run(state) }`) over the shared page state (see `article-state.ts`).
 *
 * First where the body starts and what the header holds; then the title and what stands around it (kicker,
 * subtitles, captions, bylines, dates, categories); then the body and the credits in and after it.
 */
import type { Pass } from "../article-state.ts";
import { bodyPass } from "./body.ts";
import { bodyCreditsPass } from "./body-credits.ts";
import { bodyStartPass } from "./body-start.ts";
import { categoriesPass } from "./categories.ts";
import { chromeBylinesPass } from "./chrome-bylines.ts";
import { headerDatesPass } from "./header-dates.ts";
import { headerLinesPass } from "./header-lines.ts";
import { kickerLabelPass } from "./kicker-label.ts";
import { mastheadDatelinePass } from "./masthead-dateline.ts";
import { rescueTitlePass } from "./rescue-title.ts";
import { titlePass } from "./title.ts";
import { writerOverTitlePass } from "./writer-over-title.ts";

/**
 * Every pass of the article parser, in the order `assembleArticle` runs them.
 *
 * @example
 * ```ts
 * PASSES.map((p) => p.id); // ["body-start", "header-lines", "title", "rescue-title", ...]
 * ```
 */
export const PASSES: readonly Pass[] = [
  bodyStartPass,
  headerLinesPass,
  titlePass,
  rescueTitlePass,
  chromeBylinesPass,
  kickerLabelPass,
  writerOverTitlePass,
  headerDatesPass,
  categoriesPass,
  bodyPass,
  bodyCreditsPass,
  mastheadDatelinePass,
];
