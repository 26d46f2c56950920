/**
 * Pass "bare-runs": bare runs of headline-shaped lines after the article body, with no list heading: other
 * stories' headlines (with a writer's name printed under or above each, or a date stamp), not the article's
 * closing lines.
 */
import type { BlockAnalysis } from "../analyze-block.ts";
import { type Decision, decide, type Pass } from "../page-state.ts";
import { REASONS } from "../reasons.ts";
import type { ResolvedOptions } from "../resolve-options.ts";
import { isListMeta, isWriterLine, itemSpan } from "./shared.ts";

const ID = "bare-runs";

/** A headline-shaped line after the body, still unassigned: a candidate item of a bare list. */
function isShaped(a: BlockAnalysis, given: Decision | null | undefined, options: ResolvedOptions): boolean {
  if (a.local || a.prose || a.agencyCredit || given) return false;
  const f = a.facts;
  if (f.numbered) return f.words >= 3;
  return (
    f.words >= options.headlineMinWords &&
    f.words <= options.headlineMaxWords &&
    f.end !== "period" &&
    f.end !== "colon"
  );
}

/** Every line of the run is numbered ("1. ...", "2. ..."). */
function allNumbered(analyses: readonly BlockAnalysis[], run: readonly number[]): boolean {
  for (const r of run) if (!analyses[r]!.facts.numbered) return false;
  return true;
}

/** Every line of the run has at most twelve words. */
function allShort(analyses: readonly BlockAnalysis[], run: readonly number[]): boolean {
  for (const r of run) if (analyses[r]!.facts.words > 12) return false;
  return true;
}

/**
 * Decides `list-item` / `list-item:bare-run` for the headlines of each run that makes a list (and
 * `credit` / `list:writer` for the writers' names printed with them), and adds the list to the lists.
 *
 * @example
 * ```ts
 * // ... last paragraph / "السعودية تعلن ..." / "مصر تستضيف ..." / "الأردن يفتتح ...": three bare-run list items
 * bareRuns.run(state);
 * ```
 */
export const bareRuns: Pass = {
  id: ID,
  doc: "A run of headline-shaped lines after the body (short, numbered, separated from it or stamped) is a list without a heading.",
  run(state) {
    const { analyses, blocks, assigned, lists, n, options, lastProse } = state;
    if (lastProse < 0) return;
    const introducesList = analyses[lastProse]!.facts.end === "colon";
    let k = lastProse + 1;
    while (k < n) {
      if (!isShaped(analyses[k]!, assigned[k], options)) {
        k++;
        continue;
      }
      const run: number[] = [];
      // a writer's name printed under (or above) each headline of an unlabelled opinion strip
      const writers: number[] = [];
      let m = k;
      for (; m < n; m++) {
        if (isShaped(analyses[m]!, assigned[m], options)) run.push(m);
        else if (
          !assigned[m] &&
          !analyses[m]!.local &&
          !analyses[m]!.prose &&
          isWriterLine(analyses, blocks, assigned, m, writers.length > 0, run[run.length - 1] === m - 1)
        )
          writers.push(m);
        else if (!(analyses[m]!.local && isListMeta(analyses[m]!) && !assigned[m])) break;
      }
      // names that did not alternate with headlines (a tag run) make no writer strip
      if (writers.length < 2 || writers.length > run.length + 1) {
        if (writers.length > 0) m = Math.min(m, writers[0]!);
        while (run.length > 0 && run[run.length - 1]! > m) run.pop();
        writers.length = 0;
      }
      const numbered = allNumbered(analyses, run);
      const isContentList = introducesList && k === lastProse + 1;
      // A run that follows the last paragraph with no chrome, date or media label in between could be the
      // article's own closing lines on a site that drops final periods: only short lines make it a list.
      let separated = numbered || run.length < m - k;
      for (let g = lastProse + 1; g < k && !separated; g++) {
        if (analyses[g]!.local || (assigned[g] && assigned[g]!.kind !== "heading")) separated = true;
      }
      const headlineShort = separated || allShort(analyses, run);
      // each headline stamped with its own date or time ("منذ ساعتين" above or below it): two make a list
      let metas = m - k - run.length;
      const before = analyses[k - 1]!;
      if (k - 1 > lastProse && !assigned[k - 1] && before.local && isListMeta(before)) metas++;
      metas -= writers.length;
      const stamped = run.length >= 2 && (metas >= run.length || writers.length >= run.length);
      if (
        !isContentList &&
        headlineShort &&
        (run.length >= options.minListItems || (numbered && run.length >= 2) || stamped)
      ) {
        for (const r of run) decide(state, r, "list-item", REASONS.bareRun, ID);
        for (const r of writers) decide(state, r, "credit", REASONS.listWriter, ID);
        const spans = run.map((r) => itemSpan(blocks[r]!, analyses[r]!.facts.marker));
        lists.push({
          kind: "headlines",
          heading: null,
          items: spans,
          start: spans[0]!.start,
          end: spans[spans.length - 1]!.end,
        });
      }
      k = m;
    }
  },
};
