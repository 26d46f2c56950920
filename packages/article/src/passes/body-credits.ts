/**
 * Pass "body-credits": credits inside the body: a lead credit opening the first paragraph (with the date of a
 * dated dateline), a bracketed agency in the first or last paragraph, the credits read after the body, and the
 * "نشر في" line or byline the chrome classifier removed right after the body.
 */
import type { Pass } from "../article-state.ts";
import { findBracketAgency, parseBylineLine, parseLeadCredit } from "../bylines.ts";
import { findDateInTokens } from "../parse-arabic-date.ts";
import { tokenize } from "../tokenize.ts";
import type { DateSpan } from "../types.ts";

const ID = "body-credits";

/** How far after the place a lead's date may run ("الخرطوم 12 يونيو 2024 "), in UTF-16 units. */
const LEAD_DATE_REACH = 30;

/**
 * The date right after a lead's place ("عمان 5 آذار 2024 (بترا) -", "بكين، 22 نوفمبر 2026 (شينخوا) --"): a
 * full date (with a year) starting within a space (or a comma) of the place; a lone day and month ("10 - 6") are no date.
 */
function leadDate(text: string, from: number, end: number): DateSpan | null {
  const found = findDateInTokens(text, tokenize(text, from, Math.min(end, from + LEAD_DATE_REACH)), null);
  // Xinhua and CGTN print a comma after the place: "بكين، 22 نوفمبر 2026 (شينخوا) --"
  if (!found || !/^\s*[،,]?\s*$/u.test(text.slice(from, found.start))) return null;
  const date: DateSpan = { text: found.text, start: found.start, end: found.end, iso: found.iso };
  if (found.hijri) date.hijri = found.hijri;
  return date;
}

/** Chrome that ends the article's own trailer: lists and comments. */
const STOP_KINDS: ReadonlySet<string> = new Set(["list-heading", "list-item", "comment-form"]);

/**
 * Credits in and after the body: the lead's credit and dateline date, bracketed agencies, chrome bylines and dates after it.
 *
 * @example
 * ```ts
 * bodyCreditsPass.run(state); // state.credits.source: "بترا" from "عمان 5 آذار 2024 (بترا) -"
 * ```
 */
export const bodyCreditsPass: Pass = {
  id: ID,
  doc: "Credits in and after the body: the lead's credit and dateline date, bracketed agencies, chrome bylines and dates after it.",
  run(state) {
    const { text, blocks, infos, credits, paragraphBlocks, afterBody, firstBodyIndex } = state;
    let published = state.published;
    // credits inside the body: a lead credit opening the first paragraph, bracketed agencies
    const firstText = paragraphBlocks.find((p) => p.kind === "text");
    if (firstText) {
      const lead = parseLeadCredit(text, firstText.block.start, firstText.block.end);
      credits.add(lead);
      // "الخرطوم 12 يونيو 2024 (سودان تربيون) -": the date of a dated dateline is the story's
      if (!published && lead?.dateline && lead.dateline === credits.dateline) {
        published = leadDate(text, lead.dateline.end, firstText.block.end);
      }
      if (!credits.source) {
        const agency = findBracketAgency(text, firstText.block.start, firstText.block.end);
        if (agency) credits.add({ authors: [], dateline: null, source: agency });
      }
    }
    for (const credit of afterBody) credits.add(credit);
    const lastText = paragraphBlocks[paragraphBlocks.length - 1];
    if (lastText && !credits.source) {
      const agency = findBracketAgency(text, lastText.block.start, lastText.block.end);
      if (agency) credits.add({ authors: [], dateline: null, source: agency });
    }
    // chrome right after the body (up to the first list or comment block): a "نشر في" line or a
    // byline classified as chrome; comment timestamps and list dates below are not the article's
    if (firstBodyIndex < blocks.length) {
      for (let i = firstBodyIndex + 1; i < infos.length; i++) {
        const info = infos[i]!;
        const { block } = info;
        if (!block.boilerplate) continue;
        // an empty list heading (a "المزيد من الأخبار" button with no items under it) opens no list
        const emptyHeading = block.kind === "list-heading" && infos[i + 1]?.block.kind !== "list-item";
        if (STOP_KINDS.has(block.kind) && !emptyHeading) break;
        if (block.kind !== "date-header" && block.kind !== "credit") continue;
        if (!published && info.dateLine) published = info.date;
        else if (block.kind === "credit" && !info.dateLine) credits.add(parseBylineLine(text, block.start, block.end));
      }
    }
    state.published = published;
  },
};
