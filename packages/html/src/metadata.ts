/**
 * Page metadata: what the renderer's single pass collects (`MetadataCollector`) and how it is
 * resolved into {@link PageMetadata} (Open Graph, Twitter cards, `<meta name>`, JSON-LD articles,
 * `<time datetime>`, the canonical link, `<html lang dir>`).
 */

/**
 * What the page says about itself in its markup. Every field is `null` (or `[]`) when the page does
 * not say; strings are as the page wrote them (entities decoded, white space collapsed).
 *
 * @example
 * ```ts
 * const { metadata } = extractArticle('<meta property="og:title" content="عنوان - الموقع"><meta property="og:site_name" content="الموقع">');
 * metadata.title; // "عنوان - الموقع"
 * metadata.siteName; // "الموقع"
 * ```
 */
export interface PageMetadata {
  /** `og:title`, else `twitter:title`, else the JSON-LD article's `headline`, else `<title>` (site suffix included) */
  title: string | null;
  /** `og:description`, else `twitter:description`, else `<meta name="description">`, else the JSON-LD `description` */
  description: string | null;
  /** `article:published_time`, else JSON-LD `datePublished`, else a `datePublished`/`pubdate`/`date` meta tag, else the first `<time datetime>` (as written, usually ISO 8601) */
  published: string | null;
  /** `article:modified_time`, else `og:updated_time`, else JSON-LD `dateModified`, else a `dateModified` meta tag */
  modified: string | null;
  /** JSON-LD `author` names, else `<meta name="author">`, else `article:author` values that are not URLs */
  authors: string[];
  /** `article:section`, else JSON-LD `articleSection` (its first item for an array) */
  section: string | null;
  /** `<meta name="keywords">` / `news_keywords` split at commas, else JSON-LD `keywords`, else `article:tag` values */
  keywords: string[];
  /** `og:site_name`, else the JSON-LD `publisher.name`, else `<meta name="application-name">` */
  siteName: string | null;
}

/** JSON-LD `@type`s read as the page's article (schema.org's Article and its news subtypes). */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  "Article",
  "NewsArticle",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "OpinionNewsArticle",
  "BackgroundNewsArticle",
  "ReviewNewsArticle",
  "BlogPosting",
  "LiveBlogPosting",
]);

/** `<meta>` keys holding the publication date besides Open Graph's, lowercased. */
const PUBLISHED_KEYS = [
  "datepublished",
  "pubdate",
  "publishdate",
  "publish-date",
  "article.published",
  "dc.date.issued",
  "dcterms.created",
  "date",
];
const MODIFIED_KEYS = ["datemodified", "article.updated", "dcterms.modified", "last-modified"];

const collapse = (value: string): string => value.replace(/\s+/gu, " ").trim();
const nonEmpty = (value: string | null | undefined): string | null => {
  if (typeof value !== "string") return null;
  const out = collapse(value);
  return out === "" ? null : out;
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Collects the raw metadata while the renderer walks the page (internal). */
export class MetadataCollector {
  lang: string | null = null;
  dir: string | null = null;
  canonical: string | null = null;
  private readonly meta = new Map<string, string[]>();
  private titleText: string | null = null;
  private readonly times: { datetime: string; published: boolean }[] = [];
  private readonly jsonLd: string[] = [];
  private capture: "title" | "json" | null = null;
  private captured = "";
  private seenHtml = false;

  /** An opening tag with its (decoded) attributes. */
  open(name: string, attribs: Record<string, string>): void {
    switch (name) {
      case "html":
        if (!this.seenHtml) {
          this.seenHtml = true;
          this.lang = nonEmpty(attribs.lang ?? attribs["xml:lang"]);
          const dir = nonEmpty(attribs.dir);
          this.dir = dir === null ? null : dir.toLowerCase();
        }
        return;
      case "meta": {
        const key = attribs.property ?? attribs.name ?? attribs.itemprop;
        const content = attribs.content;
        if (key === undefined || content === undefined) return;
        const k = key.trim().toLowerCase();
        const list = this.meta.get(k);
        if (list) list.push(content);
        else this.meta.set(k, [content]);
        return;
      }
      case "link":
        if (this.canonical === null && /(?:^|\s)canonical(?:\s|$)/iu.test(attribs.rel ?? "")) {
          this.canonical = nonEmpty(attribs.href);
        }
        return;
      case "time": {
        const datetime = nonEmpty(attribs.datetime);
        if (datetime !== null) {
          const published = attribs.pubdate !== undefined || /datepublished/iu.test(attribs.itemprop ?? "");
          this.times.push({ datetime, published });
        }
        return;
      }
      case "title":
        if (this.titleText === null) {
          this.capture = "title";
          this.captured = "";
        }
        return;
      case "script":
        if (/^\s*application\/ld\+json\s*$/iu.test(attribs.type ?? "")) {
          this.capture = "json";
          this.captured = "";
        }
        return;
    }
  }

  /** Text (captured only inside `<title>` and JSON-LD scripts). */
  text(data: string): void {
    if (this.capture !== null) this.captured += data;
  }

  /** A closing tag. */
  close(name: string): void {
    if (this.capture === "title" && name === "title") {
      this.titleText = this.captured;
      this.capture = null;
    } else if (this.capture === "json" && name === "script") {
      this.jsonLd.push(this.captured);
      this.capture = null;
    }
  }

  private first(...keys: string[]): string | null {
    for (const key of keys) {
      for (const value of this.meta.get(key) ?? []) {
        const out = nonEmpty(value);
        if (out !== null) return out;
      }
    }
    return null;
  }

  private all(key: string): string[] {
    return (this.meta.get(key) ?? []).map(collapse).filter((v) => v !== "");
  }

  /** The first JSON-LD object of an article type, searched through arrays, `@graph` and nested values. */
  private ldArticle(): JsonObject | null {
    for (const source of this.jsonLd) {
      const parsed = parseJson(source);
      if (parsed === undefined) continue;
      const stack: Json[] = [parsed];
      let visited = 0;
      while (stack.length > 0 && visited++ < 100_000) {
        const node = stack.pop()!;
        if (Array.isArray(node)) {
          for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]!);
        } else if (isObject(node)) {
          const type = node["@type"];
          const types = Array.isArray(type) ? type : [type];
          if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.has(t.replace(/^.*[/:]/u, "")))) return node;
          const values = Object.values(node);
          for (let i = values.length - 1; i >= 0; i--) {
            const value = values[i]!;
            if (typeof value === "object" && value !== null) stack.push(value);
          }
        }
      }
    }
    return null;
  }

  /** The resolved metadata, the canonical URL and the document's title text. */
  resolve(): { metadata: PageMetadata; url: string | null } {
    const ld = this.ldArticle();
    const ldString = (key: string): string | null => {
      const value = ld?.[key];
      if (Array.isArray(value)) return nonEmpty(typeof value[0] === "string" ? value[0] : null);
      return nonEmpty(typeof value === "string" ? value : null);
    };
    const ldNames = (value: Json | undefined): string[] => {
      const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
      const out: string[] = [];
      for (const item of items) {
        const name = typeof item === "string" ? item : isObject(item) ? item.name : null;
        const clean = nonEmpty(typeof name === "string" ? name : null);
        if (clean !== null) out.push(clean);
      }
      return out;
    };
    const splitList = (value: string): string[] =>
      value
        .split(/[,،;]/u)
        .map(collapse)
        .filter((v) => v !== "");

    const firstTime = this.times.find((t) => t.published) ?? this.times[0];
    const metaAuthors = this.all("author").filter((a) => !/^https?:/iu.test(a));
    const articleAuthors = this.all("article:author").filter((a) => !/^https?:/iu.test(a));
    const ldAuthors = ldNames(ld?.author);
    const metaKeywords = this.first("news_keywords", "keywords");
    const ldKeywords = ld?.keywords;
    let keywords: string[] = [];
    if (metaKeywords !== null) keywords = splitList(metaKeywords);
    else if (typeof ldKeywords === "string") keywords = splitList(ldKeywords);
    else if (Array.isArray(ldKeywords))
      keywords = ldKeywords.filter((k): k is string => typeof k === "string").flatMap(splitList);
    else keywords = this.all("article:tag");
    const publisher = ld?.publisher;
    const publisherName = isObject(publisher)
      ? nonEmpty(typeof publisher.name === "string" ? publisher.name : null)
      : null;

    const metadata: PageMetadata = {
      title: this.first("og:title", "twitter:title") ?? ldString("headline") ?? nonEmpty(this.titleText),
      description: this.first("og:description", "twitter:description", "description") ?? ldString("description"),
      published:
        this.first("article:published_time") ??
        ldString("datePublished") ??
        this.first(...PUBLISHED_KEYS) ??
        firstTime?.datetime ??
        null,
      modified:
        this.first("article:modified_time", "og:updated_time") ??
        ldString("dateModified") ??
        this.first(...MODIFIED_KEYS),
      authors: ldAuthors.length > 0 ? ldAuthors : metaAuthors.length > 0 ? metaAuthors : articleAuthors,
      section: this.first("article:section") ?? ldString("articleSection"),
      keywords,
      siteName: this.first("og:site_name") ?? publisherName ?? this.first("application-name"),
    };
    return { metadata, url: this.canonical ?? this.first("og:url") };
  }
}

/** Parses a JSON-LD script's text; tolerates comment/CDATA wrappers and raw control characters. */
function parseJson(source: string): Json | undefined {
  const text = source
    .trim()
    .replace(/^(?:<!--|<!\[CDATA\[)/u, "")
    .replace(/(?:-->|\]\]>)$/u, "");
  try {
    return JSON.parse(text) as Json;
  } catch {
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/gu, " ")) as Json;
    } catch {
      return undefined;
    }
  }
}

/**
 * The calendar day (`YYYY-MM-DD`) of a date as a page writes it: the date part of an ISO 8601
 * string as written (the publisher's local day), else the UTC day of what `Date.parse` reads, else null.
 */
export function dayOf(value: string | null): string | null {
  if (value === null) return null;
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/u.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}
