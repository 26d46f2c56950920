/**
 * Pass "comment-threads": readers' comments. After the body has started, a comments heading or form prompt
 * followed, within four blocks, by comment scaffolding (a date line, a "رد" / "Reply" link) opens a comment
 * thread; its plain blocks (names, comment text) are comments, up to the next list heading or footer chrome.
 * Without scaffolding, a comments heading after the last unpunctuated-or-punctuated paragraph of the article
 * followed by a short name line and a longer line is a thread too (see `bareThread`).
 */
import type { BlockAnalysis } from "../analyze-block.ts";
import { type Decision, decide, type Pass } from "../page-state.ts";
import { REASONS } from "../reasons.ts";

const ID = "comment-threads";

/** Most words of a form field's label ("Comment *", "Votre commentaire *"). */
const MAX_FIELD_WORDS = 3;

/** The line ends with a required-field star ("Comment *"). */
function endsWithStar(text: string): boolean {
  return text.charCodeAt(text.length - 1) === 0x2a;
}

/**
 * Under a comments heading, readers' comments printed without dates or reply links: a commenter's name
 * (one to four words, no digits or punctuation) then a comment of three words or more, neither chrome.
 */
function bareThread(analyses: readonly BlockAnalysis[], assigned: readonly (Decision | null)[], h: number): boolean {
  if (analyses[h]!.local?.reason !== REASONS.commentsHeading) return false;
  const name = analyses[h + 1];
  const said = analyses[h + 2];
  if (!name || !said || name.local || said.local || assigned[h + 1] || assigned[h + 2]) return false;
  const f = name.facts;
  return !name.prose && !name.byline && f.words <= 4 && f.digits === 0 && f.end === "none" && said.facts.words >= 3;
}

/**
 * Decides `comment-form` / `comment` (or `cue:comment-field` for a required field's label) for the plain
 * lines of a thread, then moves `lastProse` up above them.
 *
 * @example
 * ```ts
 * // ... last paragraph / "التعليقات" / "أحمد" / "منذ ساعة" / "مقال رائع" / "رد": "أحمد" and "مقال رائع" are comments
 * commentThreads.run(state);
 * ```
 */
export const commentThreads: Pass = {
  id: ID,
  doc: "A comments heading or form prompt after the body, with comment scaffolding under it, opens a thread of readers' comments.",
  run(state) {
    const { analyses, blocks, assigned, n, firstProse } = state;
    let lastProse = state.lastProse;
    // The last paragraph before any comment: a punctuated comment may be the page's last prose line.
    let lastProse0 = lastProse;
    if (firstProse >= 0) {
      for (let h = firstProse + 1; h < lastProse; h++) {
        if (!bareThread(analyses, assigned, h)) continue;
        lastProse0 = h - 1;
        while (lastProse0 > firstProse && !analyses[lastProse0]!.prose) lastProse0--;
        break;
      }
    }
    for (let h = 0; h < n; h++) {
      const opener = analyses[h]!.local;
      if (firstProse < 0 || h <= firstProse || !opener || opener.kind !== "comment-form") continue;
      if (opener.reason !== REASONS.commentsHeading && opener.reason !== REASONS.commentForm) continue;
      let end = h + 1;
      let firstScaffold = -1;
      for (; end < n; end++) {
        const local = analyses[end]!.local;
        if (assigned[end] && assigned[end]!.kind !== "comment-form") break;
        if (!local) continue;
        const scaffold = local.kind === "date-header" || local.reason === REASONS.commentField;
        if (scaffold && firstScaffold < 0) firstScaffold = end;
        if (!scaffold && local.kind !== "comment-form" && local.kind !== "widget") break;
      }
      if ((firstScaffold < 0 || firstScaffold > h + 4) && !(h > lastProse0 && bareThread(analyses, assigned, h)))
        continue;
      for (let k = h + 1; k < end; k++) {
        if (analyses[k]!.local || assigned[k]) continue;
        // a required field's label ("Comment *", "Commentaire *"): the form's field, not a reader's comment
        const field = analyses[k]!.facts.words <= MAX_FIELD_WORDS && endsWithStar(blocks[k]!.text);
        decide(state, k, "comment-form", field ? REASONS.commentField : REASONS.comment, ID);
      }
      h = end - 1;
    }
    while (lastProse >= 0 && (assigned[lastProse] || !analyses[lastProse]!.prose)) lastProse--;
    state.lastProse = lastProse;
  },
};
