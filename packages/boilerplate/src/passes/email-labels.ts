/**
 * Pass "email-labels": a bare e-mail label ("E-mail", "Email", "البريد الإلكتروني") takes the class of the box
 * it stands in: a comment form's field, a share bar's button or a newsletter box's field, from the chrome
 * line right above it.
 */
import type { BlockAnalysis } from "../analyze-block.ts";
import { matchKey } from "../match-key.ts";
import { decide, type PageState, type Pass } from "../page-state.ts";
import { REASONS } from "../reasons.ts";
import { EMAIL_LABELS } from "../tables/email-labels.ts";

const ID = "email-labels";

const EMAIL_KEYS: ReadonlySet<string> = new Set(EMAIL_LABELS.map(matchKey));

/** Block `k`, whose own cue made it a comment field or a share button, takes the class of the box above it. */
function settleEmailLabel(state: PageState, analyses: readonly BlockAnalysis[], k: number): void {
  const above = state.assigned[k - 1] ?? analyses[k - 1]!.local;
  if (!above || !EMAIL_KEYS.has(matchKey(state.blocks[k]!.text))) return;
  if (above.kind === "comment-form") decide(state, k, "comment-form", REASONS.commentField, ID);
  else if (above.kind === "social") decide(state, k, "social", REASONS.share, ID);
  else if (above.reason === REASONS.subscribe) decide(state, k, "widget", REASONS.subscribe, ID);
}

/**
 * Decides `comment-form` / `cue:comment-field`, `social` / `cue:share` or `widget` / `cue:subscribe` for a
 * bare e-mail label, from the box it stands in.
 *
 * @example
 * ```ts
 * // "اشترك في النشرة البريدية" / "البريد الإلكتروني": the label is the newsletter box's field (widget)
 * emailLabels.run(state);
 * ```
 */
export const emailLabels: Pass = {
  id: ID,
  doc: "A bare e-mail label takes the class of the box it stands in: a comment form, a share bar or a newsletter box.",
  run(state) {
    const { analyses, assigned, n } = state;
    for (let k = 1; k < n; k++) {
      const local = analyses[k]!.local;
      if (
        !assigned[k] &&
        local &&
        analyses[k]!.facts.words <= 2 &&
        (local.reason === REASONS.commentField || local.reason === REASONS.share)
      )
        settleEmailLabel(state, analyses, k);
    }
  },
};
