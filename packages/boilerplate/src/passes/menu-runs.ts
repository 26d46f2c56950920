/**
 * Pass "menu-runs": menus printed one short item per line at the top of the page: three or more consecutive
 * lines of at most three words, with no punctuation, digits or byline, before the title.
 *
 * Two or three plain words right above the title that name no section, or a format label ("حصري", "تحقيق"),
 * under a section label or breadcrumb ("رأي" / "سالم العوكلي" / title, "الرئيسية / الوطني" / "حصري" / title),
 * end a menu run without being one of its items: a columnist's name or a kicker, left to the article. So does
 * a columnist's name with the role line under it right above the title ("سمير عطا الله" / "كاتب صحفي" / title).
 */
import type { BlockAnalysis } from "../analyze-block.ts";
import { opensWithRole } from "../bio-role.ts";
import { matchKey } from "../match-key.ts";
import { type Decision, decide, type PageState, type Pass } from "../page-state.ts";
import { REASONS } from "../reasons.ts";
import { FORMAT_LABELS } from "../tables/format-labels.ts";
import type { InputBlock } from "../types.ts";

const ID = "menu-runs";

const FORMAT_KEYS: ReadonlySet<string> = new Set(FORMAT_LABELS.map(matchKey));

/** Most words of a columnist's role line under the name ("كاتب صحفي", "كاتبة وباحثة في علم الاجتماع"). */
const MAX_ROLE_LINE_WORDS = 6;

/** A line that can be one item of a menu printed one short item per line above the title. */
function isMenuItem(
  analyses: readonly BlockAnalysis[],
  blocks: readonly InputBlock[],
  assigned: readonly (Decision | null)[],
  titleGuard: number,
  k: number,
): boolean {
  const a = analyses[k]!;
  if (k === titleGuard || assigned[k]?.kind === "heading") return false;
  if (a.local) return a.local.kind === "navigation";
  const f = a.facts;
  return !a.byline && f.words <= 3 && f.digits === 0 && f.end === "none" && !/[:：|]/u.test(blocks[k]!.text);
}

/**
 * With no headline above the body (a page printed without its title), the plain line right above the lead
 * that names no section ("يونس الحسني" / lead) is its reporter or dateline, not the end of the menu over it.
 */
function untitledHeader(state: PageState, r: number): boolean {
  const { titleGuard, bodyStart } = state;
  return (
    titleGuard < 0 &&
    r === bodyStart - 1 &&
    bodyStart < state.n &&
    !state.analyses[r]!.menuWords &&
    !state.analyses[r]!.local
  );
}

/**
 * Decides `navigation` / `nav:menu-run`, and sets the state's `byRole` (the role line of a columnist's name
 * right above the title, which the final assembly reasons `byline:role`).
 *
 * @example
 * ```ts
 * // "الرئيسية" / "محلي" / "دولي" / "رياضة" / title / lead: the first four lines are a menu run
 * menuRuns.run(state);
 * ```
 */
export const menuRuns: Pass = {
  id: ID,
  doc: "Three or more short plain lines in a row above the title are a menu printed one item per line.",
  run(state) {
    const { analyses, blocks, assigned, titleGuard, bodyStart } = state;
    let byTitle = -1;
    if (titleGuard >= 2) {
      const a = analyses[titleGuard - 1]!;
      const above = analyses[titleGuard - 2]!;
      const label = a.facts.words >= 2 || FORMAT_KEYS.has(matchKey(blocks[titleGuard - 1]!.text));
      if (label && a.nounPhrase && !a.menuWords && (above.menuWords || above.local?.kind === "navigation"))
        byTitle = titleGuard - 1;
    }
    let byRole = -1;
    if (byTitle < 0 && titleGuard >= 3) {
      const role = analyses[titleGuard - 1]!;
      const name = analyses[titleGuard - 2]!;
      const above = analyses[titleGuard - 3]!;
      if (
        role.facts.words <= MAX_ROLE_LINE_WORDS &&
        role.facts.end === "none" &&
        !role.local &&
        name.nounPhrase &&
        name.facts.words >= 2 &&
        !name.menuWords &&
        (above.menuWords || above.local?.kind === "navigation" || assigned[titleGuard - 3]?.kind === "navigation") &&
        opensWithRole(blocks[titleGuard - 1]!.text)
      ) {
        byTitle = titleGuard - 2;
        byRole = titleGuard - 1;
      }
    }
    state.byRole = byRole;
    let k = 0;
    while (k < bodyStart) {
      if (!isMenuItem(analyses, blocks, assigned, titleGuard, k)) {
        k++;
        continue;
      }
      let m = k;
      while (m < bodyStart && isMenuItem(analyses, blocks, assigned, titleGuard, m)) m++;
      if (m - k >= 3) {
        for (let r = k; r < m; r++) {
          if (r !== byTitle && r !== byRole && !untitledHeader(state, r) && !analyses[r]!.local && !assigned[r])
            decide(state, r, "navigation", REASONS.menuRun, ID);
        }
      }
      k = m;
    }
  },
};
