import { type StripBoilerplateOptions, stripBoilerplate } from "@nass/boilerplate";
import { type NormalizeOptions, normalize, type PresetName } from "@nass/normalize";
import { splitSentences } from "@nass/sentences";
import { addNormalized } from "./add-normalized.ts";
import { assembleArticle } from "./assemble-article.ts";
import { forgetWords } from "./line-shape.ts";
import { toReferenceDate } from "./parse-arabic-date.ts";
import { ARABIC_WORDS_PER_MINUTE } from "./stats.ts";
import type { Article, Block } from "./types.ts";

/**
 * Options of {@link parseArticle}. Every option is optional.
 *
 * @example
 * ```ts
 * parseArticle(page, { referenceDate: "2024-10-06T12:00:00Z", normalize: "search", wordsPerMinute: 200 });
 * ```
 */
export interface ParseArticleOptions {
  /**
   * The moment relative dates count from ("منذ ساعتين", "أمس"): a `Date` or an ISO 8601 string.
   * Without it, a relative date is not a publication date.
   *
   * @defaultValue `undefined`
   */
  referenceDate?: Date | string;
  /**
   * A `@nass/normalize` preset name (`"display"`, `"search"`, `"camel"`) or options object: every
   * span of the article then carries `normalized`, the span's text through that normalizer (its
   * `text`, `start` and `end` are unchanged).
   *
   * @defaultValue `undefined` (no `normalized` fields)
   */
  normalize?: PresetName | NormalizeOptions;
  /**
   * Options passed to `@nass/boilerplate`'s `stripBoilerplate` (extra cues for your site's chrome,
   * thresholds).
   *
   * @defaultValue `{}`
   */
  boilerplate?: StripBoilerplateOptions;
  /**
   * Reading speed for `stats.readingMinutes`, in words per minute (a positive number). The default
   * is the IReST measure for Arabic (Trauzettel-Klosinski et al., 2012).
   *
   * @defaultValue 138
   */
  wordsPerMinute?: number;
}

const PRESETS: readonly string[] = ["display", "search", "camel"];

function normalizerOf(option: ParseArticleOptions["normalize"]): ((text: string) => string) | null {
  if (option === undefined) return null;
  if (typeof option === "string") {
    if (!PRESETS.includes(option)) {
      throw new RangeError(`normalize must be one of ${PRESETS.join(", ")} or an options object, got ${option}`);
    }
    const options: NormalizeOptions = { preset: option };
    return memoize((text) => normalize(text, options));
  }
  if (typeof option !== "object" || option === null) {
    throw new RangeError(`normalize must be a preset name or an options object, got ${String(option)}`);
  }
  normalize("", option); // validates the options once, throwing RangeError on a bad value
  return memoize((text) => normalize(text, option));
}

/** One parse normalizes many equal strings (a one-sentence paragraph and its sentence). */
function memoize(fn: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let out = cache.get(text);
    if (out === undefined) {
      out = fn(text);
      cache.set(text, out);
    }
    return out;
  };
}

/**
 * Parse a scraped Arabic news page (text, one block per line) into an {@link Article}: title,
 * kicker, subtitles, captions, authors, dateline, source, publication date, the site's page date,
 * categories, body paragraphs with their sentences, headline lists and removed chrome, with every
 * field located in the input by UTF-16 offsets.
 *
 * Page chrome is classified by `@nass/boilerplate`, sentences are split by `@nass/sentences`, and
 * the `normalize` option uses `@nass/normalize`.
 *
 * @param text - the page text
 * @param options - see {@link ParseArticleOptions}
 * @returns the article; absent fields are `null` or `[]`
 * @throws TypeError when `text` is not a string; RangeError for an invalid option value
 *
 * @example
 * ```ts
 * const page = "الرئيسية / رياضة\nالمنتخب يتأهل إلى النهائي\nالجزائر - (واج) - تأهل المنتخب الوطني إلى النهائي بعد فوزه أمس.";
 * const article = parseArticle(page);
 * article.title?.text; // "المنتخب يتأهل إلى النهائي"
 * article.dateline?.text; // "الجزائر"
 * article.source?.name; // "وكالة الأنباء الجزائرية"
 * article.categories.map((c) => c.text); // ["رياضة"]
 * article.paragraphs.length; // 1
 * ```
 */
export function parseArticle(text: string, options: ParseArticleOptions = {}): Article {
  if (typeof text !== "string") {
    throw new TypeError(`text must be a string, got ${text === null ? "null" : typeof text}`);
  }
  const reference = toReferenceDate(options.referenceDate);
  const wordsPerMinute = options.wordsPerMinute ?? ARABIC_WORDS_PER_MINUTE;
  if (typeof wordsPerMinute !== "number" || !(wordsPerMinute > 0) || !Number.isFinite(wordsPerMinute)) {
    throw new RangeError(`wordsPerMinute must be a positive finite number, got ${String(wordsPerMinute)}`);
  }
  const normalizer = normalizerOf(options.normalize);
  const stripped = stripBoilerplate(text, options.boilerplate ?? {});
  let article: Article;
  try {
    article = assembleArticle({
      text,
      blocks: stripped.blocks as readonly Block[],
      lists: stripped.lists,
      reference,
      splitSentences: (paragraph) => splitSentences(paragraph),
      wordsPerMinute,
    });
  } finally {
    forgetWords();
  }
  return normalizer ? addNormalized(article, normalizer) : article;
}
