/**
 * Pass "masthead": the masthead on the first line of an Arabic page: a Latin site name alone ("Hespress")
 * above an Arabic line, an outlet's full name ("وكالة الأنباء اليمنية سبأ") right above a menu, or a short
 * site name (and its tagline) right above page chrome with the title still to come. None is a title or a
 * section. A top bar of menu links printed above the logo ("الرئيسية" / "من نحن" / "اتصل بنا") does not move
 * it off the first line: the masthead is the first line under that bar; nor do skip links, cookie banners, ad
 * labels and print buttons.
 */
import { type BlockAnalysis, hasFunctionWord } from "../analyze-block.ts";
import { matchKey } from "../match-key.ts";
import { type Decision, decide, type PageState, type Pass } from "../page-state.ts";
import { REASONS } from "../reasons.ts";
import { MEDIA_WORDS } from "../tables/media-words.ts";
import { headlineLike } from "./shared.ts";

const ID = "masthead";

const MEDIA_KEYS: ReadonlySet<string> = new Set(MEDIA_WORDS.map(matchKey));

/** Most lines of a top bar of menu links above a site's logo. */
const MAX_TOP_BAR_LINES = 6;
/** Most words of one top-bar link ("اتصل بنا", "تسجيل الدخول"). */
const MAX_TOP_BAR_WORDS = 3;
/** Most lines of a site name printed on its own lines at the top (the name in two scripts: "KURDISTAN24" / "کوردستان24"). */
const MAX_MASTHEAD_LINES = 2;
/** Most words of a site's long name ("بي بي سي نيوز عربي", "سكاي نيوز عربية أبوظبي"). */
const MAX_LONG_NAME_WORDS = 5;
/** Most words of a site's tagline printed under its name ("أخبار العالم بين يديك", "جريدة يومية وطنية مستقلة"). */
const MAX_TAGLINE_WORDS = 6;

/**
 * How many lines open the page as a top bar: short lines each matching a navigation cue whole
 * ("الرئيسية", "من نحن", "اتصل بنا", "تسجيل الدخول", "English"), printed above the site's logo.
 *
 * @param analyses - the page's block analyses
 * @returns the number of top-bar lines (0 when the page opens otherwise)
 */
function topBarLength(analyses: readonly BlockAnalysis[]): number {
  let k = 0;
  while (k < analyses.length && k < MAX_TOP_BAR_LINES) {
    const a = analyses[k]!;
    if (a.local?.kind !== "navigation" || !a.local.reason.startsWith("cue:") || a.facts.words > MAX_TOP_BAR_WORDS)
      break;
    k++;
  }
  return k === analyses.length ? 0 : k;
}

/** The line's first word names a kind of outlet ("وكالة", "صحيفة", "بوابة"). */
function namesOutlet(text: string): boolean {
  const space = text.indexOf(" ");
  return MEDIA_KEYS.has(matchKey(space < 0 ? text : text.slice(0, space)));
}

/** A short plain name: one to three words, no function word, no final punctuation, no cue. */
function isShortName(a: BlockAnalysis, given: Decision | null | undefined): boolean {
  return !given && !a.local && !a.prose && !a.byline && a.nounPhrase;
}

/** A skip link, cookie banner, ad label or print button: chrome a page may print above its logo. */
function isPreludeChrome(a: BlockAnalysis, given: Decision | null | undefined): boolean {
  const kind = given?.kind ?? a.local?.kind;
  return kind === "widget" || kind === "policy" || kind === "social";
}

/** The folded key words of a line. */
function splitWords(text: string): string[] {
  const key = matchKey(text);
  return key === "" ? [] : key.split(" ");
}

/** A plain unpunctuated line of `min`..`max` words with no cue, digit or comma: a name or a slogan's shape. */
function isPlainShortLine(a: BlockAnalysis, given: Decision | null | undefined, min: number, max: number): boolean {
  const f = a.facts;
  return (
    !given &&
    !a.local &&
    !a.prose &&
    !a.byline &&
    f.words >= min &&
    f.words <= max &&
    f.end === "none" &&
    f.digits === 0 &&
    f.commas === 0 &&
    f.separators === 0 &&
    f.marker === 0
  );
}

/** A menu (not a breadcrumb, which sits over the title) or a ticker label: chrome a masthead stands right above. */
function isMenuOrTicker(a: BlockAnalysis, given: Decision | null | undefined): boolean {
  const c = given ?? a.local;
  return (
    c !== null &&
    c !== undefined &&
    (c.kind === "ticker" || (c.kind === "navigation" && c.reason !== REASONS.breadcrumb))
  );
}

/**
 * A site's short name on the first line(s) under the top bar ("سبق", "فرانس 24", "TSA عربي"), right above page
 * chrome (a menu, a ticker label, a date header, a skip link or an ad label), with the title still to come before
 * the body: it is the masthead, not a kicker or a title. Without a headline-shaped line between the chrome and
 * the first paragraph the short line may be the title itself and is left alone.
 *
 * A long name of four or five words is taken only right above a menu or ticker, and so is a short slogan
 * (the site's tagline) printed under the name.
 *
 * @param state - the page state (decisions updated in place)
 * @param m - the first line under the top bar
 */
function markShortMasthead(state: PageState, m: number): void {
  const { analyses, blocks, assigned, firstProse } = state;
  let j = m;
  while (j < firstProse && j - m < MAX_MASTHEAD_LINES && isShortName(analyses[j]!, assigned[j])) j++;
  // a long name of four or five words with no function word, right above a menu or ticker (or its tagline)
  if (
    j === m &&
    m + 1 < firstProse &&
    isPlainShortLine(analyses[m]!, assigned[m], 4, MAX_LONG_NAME_WORDS) &&
    (isMenuOrTicker(analyses[m + 1]!, assigned[m + 1]) ||
      (m + 2 < firstProse &&
        isPlainShortLine(analyses[m + 1]!, assigned[m + 1], 2, MAX_TAGLINE_WORDS) &&
        isMenuOrTicker(analyses[m + 2]!, assigned[m + 2]))) &&
    !hasFunctionWord(splitWords(blocks[m]!.text))
  )
    j = m + 1;
  if (j === m || j >= firstProse) return;
  const next = analyses[j]!;
  const nextKind = assigned[j]?.kind ?? next.local?.kind;
  if (nextKind === undefined || nextKind === "heading" || nextKind === "content" || nextKind === "list-heading") {
    // the site's tagline printed under its name, right above a menu or ticker ("البلاد نت" / "جريدة يومية وطنية
    // مستقلة" / menu): masthead too
    if (
      j + 1 >= firstProse ||
      !isPlainShortLine(next, assigned[j], 2, MAX_TAGLINE_WORDS) ||
      !isMenuOrTicker(analyses[j + 1]!, assigned[j + 1])
    )
      return;
    j++;
  }
  let title = false;
  for (let k = j + 1; k < firstProse && !title; k++) title = !assigned[k] && headlineLike(analyses[k]!);
  if (!title) return;
  for (let k = m; k < j; k++) decide(state, k, "navigation", REASONS.masthead, ID);
}

/**
 * Decides `navigation` / `nav:masthead`.
 *
 * @example
 * ```ts
 * // "Hespress" / menu / title / lead: the first line is the masthead
 * masthead.run(state);
 * ```
 */
export const masthead: Pass = {
  id: ID,
  doc: "The site's name (and tagline) on the first lines of an Arabic page, under any top bar, is its masthead.",
  run(state) {
    const { analyses, blocks, assigned, n, firstProse, arabicPage } = state;
    const m = topBarLength(analyses);
    if (arabicPage && n > m + 2 && firstProse > m + 1 && !analyses[m]!.local && !assigned[m]) {
      const a = analyses[m]!;
      const f = a.facts;
      const latinName =
        f.arabic === 0 &&
        f.latin > 0 &&
        f.words <= 2 &&
        f.digits === 0 &&
        f.end === "none" &&
        analyses[m + 1]!.facts.arabic > 0;
      const overMenu = analyses[m + 1]!.local?.kind === "navigation" || assigned[m + 1]?.kind === "navigation";
      const outletName = overMenu && !a.prose && f.words <= 8 && f.end === "none" && namesOutlet(blocks[m]!.text);
      if (latinName || outletName) decide(state, m, "navigation", REASONS.masthead, ID);
    }
    if (arabicPage && firstProse > m && !assigned[m]) {
      // skip links, cookie banners, ad labels and print buttons printed above the logo do not move it either
      let top = m;
      while (top < firstProse && top - m < MAX_TOP_BAR_LINES && isPreludeChrome(analyses[top]!, assigned[top])) top++;
      markShortMasthead(state, top);
    }
  },
};
