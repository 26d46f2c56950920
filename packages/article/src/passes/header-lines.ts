/**
 * Pass "header-lines": the kept lines before the body. Date lines and bylines give credits (and the original
 * outlet of an aggregator's stamp), short category strips are set aside, and the other lines are the headline
 * candidates; the site's name is read in the masthead. Without prose, the first "content" candidate after a
 * headline starts the body.
 */
import type { Pass } from "../article-state.ts";
import type { BlockInfo } from "../block-info.ts";
import { publishedInCueLength } from "../block-info.ts";
import { type Credit, isBareAuthorName, isRoleOnlyLine, parseBylineLine, parseSiteCreditLine } from "../bylines.ts";
import { segmentCategoryStrip } from "../categories.ts";
import { PUBLISHED_IN_CONNECTORS } from "../data/publish-cues.ts";
import { HOME_KEYS, MASTHEAD_LINES, MIN_TITLE_WORDS } from "../line-roles.ts";
import { countWords } from "../line-shape.ts";
import { lookupKey } from "../lookup-key.ts";
import { nameSpanOf, trimBounds } from "../name-span.ts";
import { isKnownPlace } from "../place-lookup.ts";
import type { NameSpan, Span } from "../types.ts";

const ID = "header-lines";

/** A person's name printed before the date on a date line ("محمد علي | 12 مارس 2024"). */
function nameBeforeDate(text: string, info: BlockInfo): Credit | null {
  const date = info.date;
  if (!date) return null;
  const [s, e] = trimBounds(text, info.block.start, date.start);
  return e > s ? parseBylineLine(text, s, e, { bareName: true }) : null;
}

/** Most words an outlet's name holds in a "نشر في OUTLET يوم DATE" stamp. */
const MAX_OUTLET_WORDS = 5;

/**
 * The original outlet named by an aggregator's stamp before its date ("نشر في الشروق اليومي يوم 12 - 06 -
 * 2024" gives "الشروق اليومي"), else null: the line opens with a {@link PUBLISHED_IN_CUES} label followed by
 * one to five words before the date, not counting a connector ("يوم", "le").
 */
function outletBeforeDate(text: string, info: BlockInfo): NameSpan | null {
  const date = info.date;
  const line = info.block.text;
  if (!date || line.length < 8) return null;
  const cueLength = publishedInCueLength(line);
  if (cueLength < 0) return null;
  const from = info.block.start + cueLength;
  if (date.start <= from) return null;
  let [s, e] = trimBounds(text, from, date.start);
  // drop a connector word left before the date ("... يوم", "... le")
  const space = text.lastIndexOf(" ", e - 1);
  if (space > s && PUBLISHED_IN_CONNECTORS.includes(text.slice(space + 1, e).toLowerCase())) {
    [s, e] = trimBounds(text, s, space);
  }
  if (e <= s || !/^\p{L}/u.test(text[s]!)) return null;
  const words = countWords(text.slice(s, e));
  return words >= 1 && words <= MAX_OUTLET_WORDS ? nameSpanOf(text, s, e) : null;
}

/** Most lines of a top bar of menu links above a site's logo. */
const MAX_TOP_BAR_LINES = 6;
/** Most words of one top-bar link ("اتصل بنا", "تسجيل الدخول"). */
const MAX_TOP_BAR_WORDS = 3;

/**
 * How many lines open the page as a top bar above the site's logo: short lines the chrome classifier
 * removed as navigation for matching a cue whole ("الرئيسية", "من نحن", "اتصل بنا", "English"). The
 * masthead's first line is the one under them.
 */
function topBarLength(infos: readonly BlockInfo[]): number {
  let k = 0;
  while (k < infos.length && k < MAX_TOP_BAR_LINES) {
    const { block, words } = infos[k]!;
    if (!block.boilerplate || block.kind !== "navigation" || !block.reason?.startsWith("cue:")) break;
    if (words > MAX_TOP_BAR_WORDS) break;
    k++;
  }
  return k === infos.length ? 0 : k;
}

/**
 * Lookup keys of the site's name: a short line (one to three words) among the first lines of the
 * page, above any line long enough to be the title, that is neither a section name nor the home
 * item.
 */
function mastheadKeys(
  text: string,
  infos: readonly BlockInfo[],
  header: readonly BlockInfo[],
  top: number,
): { keys: Set<string>; lines: Set<number> } {
  const keys = new Set<string>();
  const lines = new Set<number>();
  // the masthead is above the first line long enough to be the title
  const firstLong = header.find((info) => info.words >= MIN_TITLE_WORDS)?.block.index ?? infos.length;
  for (let i = top; i < Math.min(top + MASTHEAD_LINES, firstLong); i++) {
    const info = infos[i]!;
    const { block } = info;
    if (info.words === 0 || info.words > 3 || info.dateLine) continue;
    const key = lookupKey(block.text);
    if (HOME_KEYS.has(key) || segmentCategoryStrip(text, block.start, block.end) !== null) continue;
    // a columnist's name above a job-title line ("كاتب صحفي") is a person, not the site
    const next = infos[i + 1]?.block;
    if (next && isRoleOnlyLine(text, next.start, next.end)) continue;
    // nor is a writer's name alone (a known given name first): "سمير عطا الله" above an opinion column;
    // but the page's first line over the menu is the site ("العربي الجديد", العربي being a given name too)
    const overMenu = i === top && next !== undefined && next.boilerplate && next.kind === "navigation";
    if (!overMenu && isBareAuthorName(text, block.start, block.end)) continue;
    // below the first line, a country or city ("الإمارات" under "الخليج" / "Gulf Today") is a menu
    // item or section, not the site's name
    if (i > top && isKnownPlace(block.text)) continue;
    keys.add(key);
    lines.add(block.index);
  }
  return { keys, lines };
}

/**
 * The header's kept lines: date lines and credits read, category strips set aside, the rest headline candidates.
 *
 * @example
 * ```ts
 * headerLinesPass.run(state); // state.candidates: the kicker, the title and the deck; the byline went to credits
 * ```
 */
export const headerLinesPass: Pass = {
  id: ID,
  doc: "The header's kept lines: date lines and credits read, category strips set aside, the rest headline candidates.",
  run(state) {
    const { text, infos, kept, credits } = state;
    let bodyStart = state.bodyStart;
    // the header: kept blocks before the body
    const headerEnd = bodyStart < 0 ? kept.length : bodyStart;
    const header = kept.slice(0, headerEnd);
    // the block right before the body (dates aside) may be a "PLACE – NAME" dateline
    let lastHeader = header.length - 1;
    while (lastHeader >= 0 && header[lastHeader]!.dateLine) lastHeader--;
    const top = topBarLength(infos);
    const siteKeys = mastheadKeys(text, infos, header, top);
    credits.siteKeys = siteKeys.keys;
    const candidates: BlockInfo[] = [];
    const strips = new Map<number, Span[]>();
    const headerDates: BlockInfo[] = [];
    const creditLines = new Set<number>();
    let titleSeen = false;
    for (let i = 0; i < header.length; i++) {
      const info = header[i]!;
      const { block } = info;
      if (info.dateLine) {
        headerDates.push(info);
        // "بقلم: محمد علي | 12 مارس 2024", "محمد علي | 12 مارس 2024"
        credits.add(parseBylineLine(text, block.start, block.end) ?? nameBeforeDate(text, info));
        credits.setOriginalSource(outletBeforeDate(text, info));
        continue;
      }
      // right before the body: "PLACE – NAME" datelines
      const credit =
        parseBylineLine(text, block.start, block.end, {
          placeDash: i === lastHeader && bodyStart >= 0,
          knownPlace: candidates.length > 0,
          placeAlone: titleSeen,
          strict: candidates.length === 0,
        }) ??
        (siteKeys.lines.has(block.index)
          ? null
          : parseSiteCreditLine(
              text,
              block.start,
              block.end,
              siteKeys.keys,
              i === lastHeader && bodyStart >= 0 && candidates.length > 0,
            ));
      if (credit) {
        if (info.date) headerDates.push(info);
        credits.add(credit);
        creditLines.add(i);
        continue;
      }
      if (info.words <= 3) {
        const strip = segmentCategoryStrip(text, block.start, block.end);
        if (strip) {
          strips.set(block.index, strip);
          continue;
        }
      }
      if (info.words === 0) continue;
      if (info.words >= MIN_TITLE_WORDS) titleSeen = true;
      candidates.push(info);
    }
    // without prose, the first kept "content" block after a headline starts the body
    if (bodyStart < 0 && candidates.length > 1) {
      const firstContent = candidates.findIndex((c, i) => i > 0 && c.block.kind === "content");
      if (firstContent > 0) {
        const blockIndex = candidates[firstContent]!.block.index;
        bodyStart = kept.findIndex((info) => info.block.index === blockIndex);
        candidates.length = firstContent;
      }
    }
    state.bodyStart = bodyStart;
    state.firstBodyIndex = bodyStart >= 0 ? kept[bodyStart]!.block.index : state.blocks.length;
    state.header = header;
    state.lastHeader = lastHeader;
    state.top = top;
    state.siteKeys = siteKeys;
    state.candidates = candidates;
    state.strips = strips;
    state.headerDates = headerDates;
    state.creditLines = creditLines;
  },
};
