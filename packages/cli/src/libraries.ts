/**
 * The five nass libraries the CLI drives, loaded lazily (only the one a command needs) and typed by the
 * signatures fixed in their issues and `docs/contract.md`.
 */
import { InputError } from "./errors";

/** `{ text, start, end }`: a UTF-16 `[start, end)` slice of the input (docs/contract.md). */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** A boilerplate block (docs/contract.md). */
export interface Block extends Span {
  index: number;
  kind: string;
  boilerplate: boolean;
  reason: string | null;
  duplicateOf: number | null;
}

/** A headline list (docs/contract.md). */
export interface HeadlineList {
  kind: string;
  heading: Span | null;
  items: Span[];
  start: number;
  end: number;
}

/** The result of `stripBoilerplate`. */
export interface StripResult {
  text: string;
  blocks: Block[];
  lists: HeadlineList[];
}

/** A paragraph of an article. */
export interface Paragraph extends Span {
  kind: "text" | "subheading";
  sentences: Span[];
}

/** The parts of an `Article` the text and Markdown renderers read (the JSON output is the whole object). */
export interface Article {
  title: Span | null;
  kicker: Span | null;
  subtitles: Span[];
  captions: Span[];
  authors: (Span & { name: string })[];
  dateline: Span | null;
  source: (Span & { name: string }) | null;
  published: (Span & { iso: string }) | null;
  pageDate: (Span & { iso: string }) | null;
  categories: Span[];
  paragraphs: Paragraph[];
  lists: HeadlineList[];
  removed: (Span & { kind: string; reason: string })[];
  stats: { words: number; readingMinutes: number; arabicRatio: number };
}

/**
 * The parts of `@nass/html`'s `HtmlArticle` the CLI reads: an {@link Article} of the rendered `text`
 * (its spans also carry `htmlStart`/`htmlEnd`) plus the page's metadata. The JSON output is the whole object.
 */
export interface HtmlArticle extends Article {
  /** the page rendered to text, one block per line: every `start`/`end` indexes it */
  text: string;
  /** `title.text`, else the metadata title with the site suffix cut */
  headline: string | null;
  /** `YYYY-MM-DD`: the printed date's day, else the metadata date's */
  publishedDate: string | null;
}

/** Library options are passed through as plain objects. */
export type LibraryOptions = Record<string, unknown>;

/** The functions the CLI calls. */
export interface Libraries {
  normalize: (text: string, options?: LibraryOptions) => string;
  splitSentences: (text: string, options?: LibraryOptions) => Span[];
  stripBoilerplate: (text: string, options?: LibraryOptions) => StripResult;
  parseArticle: (text: string, options?: LibraryOptions) => Article;
  extractArticle: (html: string, options?: LibraryOptions) => HtmlArticle;
}

/** Which package exports which function. */
const PACKAGE_OF: { [K in keyof Libraries]: string } = {
  normalize: "@nass/normalize",
  splitSentences: "@nass/sentences",
  stripBoilerplate: "@nass/boilerplate",
  parseArticle: "@nass/article",
  extractArticle: "@nass/html",
};

const IMPORTERS: { [K in keyof Libraries]: () => Promise<unknown> } = {
  normalize: () => import("@nass/normalize"),
  splitSentences: () => import("@nass/sentences"),
  stripBoilerplate: () => import("@nass/boilerplate"),
  parseArticle: () => import("@nass/article"),
  extractArticle: () => import("@nass/html"),
};

const loaded = new Map<keyof Libraries, unknown>();

/**
 * Load one library function (cached per thread).
 *
 * @param name - the function to load
 * @returns the function
 * @throws InputError when the installed package does not export it (e.g. an unfinished build)
 */
export async function loadLibrary<K extends keyof Libraries>(name: K): Promise<Libraries[K]> {
  let fn = loaded.get(name);
  if (fn === undefined) {
    const namespace = (await IMPORTERS[name]()) as Record<string, unknown>;
    fn = namespace[name];
    if (typeof fn !== "function") {
      throw new InputError(`${PACKAGE_OF[name]} does not export ${name}() (is it built?)`);
    }
    loaded.set(name, fn);
  }
  return fn as Libraries[K];
}
