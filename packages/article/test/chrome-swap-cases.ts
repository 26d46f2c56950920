/**
 * Chrome-swap cases (round 15): the five REAL seed articles wrapped in the header and footer chrome
 * of the hand-written fixtures, each fixture's chrome taken from its reviewed golden
 * (`expected.article.json`: `removed` says which lines are chrome). Used by chrome-swap.test.ts.
 *
 * - A real seed's CORE runs from its title block (kicker or title; for a page without a title, its
 *   first header field or paragraph, leaving out the site's "today" date and category strip) to the
 *   last line of its article after the last paragraph (a closing byline), before its own footer.
 * - A fixture's HEADER chrome is the removed lines above its title block; its FOOTER chrome the
 *   removed lines after its last paragraph.
 * - Left out, as genuinely ambiguous or not chrome (documented rules, no string lists):
 *   1. `article:duplicate` and `repeat:*` lines: a second copy of the fixture's own title or caption
 *      (a title repeated in a breadcrumb or after the body) is its content, not chrome;
 *   2. the header line right above the fixture's title block when it is `heading`-kind or a date
 *      line: a headline-shaped kicker or the fixture's own date belongs to its own title;
 *   3. `article:author-bio` lines: a writer's bio is prose about the fixture's own writer, which
 *      reads as a paragraph once the writer's name above it is gone;
 *   4. over a real article WITHOUT a title (seed 000), headline-shaped chrome (a `heading` or
 *      `list-item` line, a `ticker-item`, a site name, a columnist's name, a breadcrumb ending in the
 *      fixture's title) cannot be told from the article's own title: `headerFits` says whether a
 *      header holds none of the first three, and chrome-swap.test.ts checks only the body there.
 *
 * Round 20 (real-chrome.test.ts) turns it around: every hand-written fixture's core in the REAL seeds'
 * chrome. `headerChromeOver` keeps a real seed's copy of its own title (seed 003 prints its title above
 * its kicker) as a copy of the wrapped article's title, on one line (rule 1 says the copy is the title,
 * so it travels as the title); `tailChrome` is everything after a real seed's last paragraph, its closing
 * byline included (seed 003's writer's name): a name under any article is its byline, not its body.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readSeedPage, SEEDS_DIR, seedCases } from "../../../tools/seed-pages.ts";

interface SpanJson {
  text: string;
  start: number;
  end: number;
}
interface RemovedJson extends SpanJson {
  kind: string;
  reason: string;
}
interface ArticleJson {
  title: SpanJson | null;
  kicker: SpanJson | null;
  subtitles: SpanJson[];
  captions: SpanJson[];
  authors: SpanJson[];
  dateline: SpanJson | null;
  source: SpanJson | null;
  published: SpanJson | null;
  pageDate: SpanJson | null;
  categories: SpanJson[];
  paragraphs: (SpanJson & { kind: string })[];
  lists: { start: number; end: number }[];
  removed: RemovedJson[];
}

export interface Fixture {
  name: string;
  page: string;
  golden: ArticleJson;
}

export function loadFixtures(): Fixture[] {
  return seedCases().map((name) => ({
    name,
    page: readSeedPage(name),
    golden: JSON.parse(readFileSync(join(SEEDS_DIR, name, "expected.article.json"), "utf8")) as ArticleJson,
  }));
}

export const isRealSeed = (name: string): boolean => /^\d{3}_/.test(name);

/** Where the article's title block starts: kicker or title, else its first header field or paragraph. */
function anchor(golden: ArticleJson): number {
  if (golden.title) return Math.min(golden.title.start, golden.kicker?.start ?? Number.POSITIVE_INFINITY);
  const starts: number[] = [];
  for (const span of [golden.kicker, golden.dateline, golden.source]) if (span) starts.push(span.start);
  for (const list of [golden.subtitles, golden.captions, golden.authors]) {
    for (const span of list) starts.push(span.start);
  }
  if (golden.paragraphs[0]) starts.push(golden.paragraphs[0].start);
  return Math.min(...starts);
}

function lastParagraphEnd(golden: ArticleJson): number {
  return golden.paragraphs.at(-1)?.end ?? anchor(golden);
}

const DATE_KINDS = new Set(["date-header"]);
const looksDated = (block: RemovedJson) => DATE_KINDS.has(block.kind) || /^date:/.test(block.reason);

/** A copy of the fixture's own title or caption (rule 1). */
const isCopy = (block: RemovedJson) => block.reason === "article:duplicate" || block.reason.startsWith("repeat:");

/** A headline-shaped chrome line (rule 4): an unused heading, a list or ticker headline. */
const headlineShaped = (block: RemovedJson) =>
  block.kind === "heading" || block.kind === "list-item" || block.reason === "ticker-item";

/** The fixture's header chrome lines with their kinds, top to bottom (rules 1-2 above). */
function headerBlocks(fixture: Fixture, keepCopies = false): RemovedJson[] {
  const top = anchor(fixture.golden);
  const blocks = fixture.golden.removed.filter((block) => block.end <= top && (keepCopies || !isCopy(block)));
  const last = blocks.at(-1);
  if (last && !isCopy(last)) {
    const between = fixture.page.slice(last.end, top);
    if (between.trim() === "" && (last.kind === "heading" || looksDated(last))) blocks.pop();
  }
  return blocks;
}

/** Whether the fixture's header may wrap the real article (rule 4). */
export function headerFits(fixture: Fixture, core: RealCore): boolean {
  return core.title !== null || !headerBlocks(fixture).some(headlineShaped);
}

/** The fixture's header chrome lines, top to bottom (rules 1-2 above). */
export function headerChrome(fixture: Fixture): string[] {
  return headerBlocks(fixture).map((block) => block.text);
}

/**
 * A real seed's header chrome over another article titled `title` (round 20): its header lines, its copy
 * of its own title printed as a copy of `title` on one line; without a title, copies are left out.
 */
export function headerChromeOver(seed: Fixture, title: string | null): string[] {
  return headerBlocks(seed, title !== null).map((block) => (isCopy(block) ? oneLine(title ?? "") : block.text));
}

/** A (two-line) title printed on one line, as a breadcrumb or share bar prints it. */
const oneLine = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .join(" ");

/**
 * Every line after a real seed's last paragraph (round 20): its closing byline and its footer chrome,
 * top to bottom, copies and bio lines left out (rules 1 and 3 above).
 */
export function tailChrome(seed: Fixture): string[] {
  const bottom = lastParagraphEnd(seed.golden);
  const skipped = seed.golden.removed.filter((block) => isCopy(block) || block.reason === "article:author-bio");
  const lines: string[] = [];
  let start = bottom;
  for (const line of seed.page.slice(bottom).split("\n")) {
    const end = start + line.length;
    const text = line.trim();
    if (text !== "" && !skipped.some((block) => block.start < end && block.end > start)) lines.push(text);
    start = end + 1;
  }
  return lines;
}

/** The fixture's footer chrome lines, top to bottom (rules 1 and 3 above). */
export function footerChrome(fixture: Fixture): string[] {
  const bottom = lastParagraphEnd(fixture.golden);
  return fixture.golden.removed
    .filter((block) => block.start >= bottom && !isCopy(block) && block.reason !== "article:author-bio")
    .map((block) => block.text);
}

export interface RealCore {
  name: string;
  core: string;
  title: string | null;
  paragraphs: string[];
}

/** A real seed's article core and what must come out of it. */
export function realCore(fixture: Fixture): RealCore {
  const { golden, page } = fixture;
  const start = anchor(golden);
  let end = lastParagraphEnd(golden);
  // extend over the article's own closing lines (a byline, a source) up to its first chrome line
  const fieldEnds: number[] = [];
  for (const span of [golden.source, golden.published, golden.dateline]) if (span) fieldEnds.push(span.end);
  for (const span of golden.authors) fieldEnds.push(span.end);
  const firstChrome = Math.min(
    ...golden.removed.filter((block) => block.start >= end).map((block) => block.start),
    ...golden.lists.filter((list) => list.start >= end).map((list) => list.start),
    page.length,
  );
  for (const fieldEnd of fieldEnds) if (fieldEnd > end && fieldEnd <= firstChrome) end = fieldEnd;
  // a field inside a closing line ("ع.ش/ ح.ز (د ب أ، أ ف ب)": the source) takes the whole line
  const lineEnd = page.indexOf("\n", end);
  const rest = page.slice(end, lineEnd < 0 ? page.length : lineEnd);
  if (rest.trim() !== "" && end < firstChrome) end += rest.trimEnd().length;
  return {
    name: fixture.name,
    core: page.slice(start, end),
    title: golden.title ? golden.title.text : null,
    paragraphs: golden.paragraphs.map((paragraph) => paragraph.text),
  };
}

/** The page: header chrome lines, the core, footer chrome lines, one block per line. */
export function wrap(core: RealCore, header: readonly string[], footer: readonly string[]): string {
  let page = "";
  for (const line of header) page += `${line}\n`;
  page += core.core;
  for (const line of footer) page += `\n${line}`;
  return `${page}\n`;
}
