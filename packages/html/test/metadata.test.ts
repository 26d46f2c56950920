import { describe, expect, it } from "vitest";
import { extractArticle } from "../src/index.ts";
import { dayOf } from "../src/metadata.ts";

const meta = (head: string, body = "") => extractArticle(`<html><head>${head}</head><body>${body}</body></html>`);

describe("metadata: Open Graph, Twitter and <meta name>", () => {
  it("reads og:*, article:* and the canonical link", () => {
    const a = meta(
      `<meta property="og:title" content="عنوان الخبر | الموقع">
       <meta property="og:description" content="وصف &amp; ملخص">
       <meta property="og:site_name" content="الموقع">
       <meta property="og:url" content="https://example.com/og">
       <link rel="canonical" href="https://example.com/a/1">
       <meta property="article:published_time" content="2024-05-20T10:00:00+03:00">
       <meta property="article:modified_time" content="2024-05-21T08:00:00Z">
       <meta property="article:section" content="اقتصاد">
       <meta property="article:tag" content="نفط"><meta property="article:tag" content="أسعار">
       <meta property="article:author" content="https://example.com/authors/1">`,
    );
    expect(a.metadata).toEqual({
      title: "عنوان الخبر | الموقع",
      description: "وصف & ملخص",
      published: "2024-05-20T10:00:00+03:00",
      modified: "2024-05-21T08:00:00Z",
      authors: [],
      section: "اقتصاد",
      keywords: ["نفط", "أسعار"],
      siteName: "الموقع",
    });
    expect(a.url).toBe("https://example.com/a/1");
    expect(a.publishedDate).toBe("2024-05-20");
    expect(a.headline).toBe("عنوان الخبر");
  });

  it("falls back to twitter:*, <meta name>, og:url and <title>", () => {
    const a = meta(
      `<title>عنوان من الوسم - موقع</title><meta name="twitter:description" content="وصف">
       <meta name="author" content="محمد علي"><meta name="keywords" content="أ، ب, ج">
       <meta property="og:url" content="https://example.com/x"><meta name="application-name" content="موقع">
       <meta name="pubdate" content="2023-01-02">`,
    );
    expect(a.metadata.title).toBe("عنوان من الوسم - موقع");
    expect(a.metadata.description).toBe("وصف");
    expect(a.metadata.authors).toEqual(["محمد علي"]);
    expect(a.metadata.keywords).toEqual(["أ", "ب", "ج"]);
    expect(a.metadata.siteName).toBe("موقع");
    expect(a.metadata.published).toBe("2023-01-02");
    expect(a.url).toBe("https://example.com/x");
    expect(a.headline).toBe("عنوان من الوسم");
  });

  it("reads lang and dir from <html>", () => {
    const a = extractArticle('<html lang="ar-EG" dir="RTL"><body><p>نص</p></body></html>');
    expect([a.lang, a.dir]).toEqual(["ar-EG", "rtl"]);
    expect([extractArticle("<p>x</p>").lang, extractArticle("<p>x</p>").dir]).toEqual([null, null]);
  });
});

describe("metadata: JSON-LD", () => {
  const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

  it("reads a NewsArticle inside an @graph array", () => {
    const a = meta(
      ld(
        JSON.stringify({
          "@context": "https://schema.org",
          "@graph": [
            { "@type": "WebSite", name: "موقع" },
            {
              "@type": "NewsArticle",
              headline: "عنوان JSON",
              description: "وصف JSON",
              datePublished: "2024-03-03T13:52:13Z",
              dateModified: "2024-03-04T00:00:00Z",
              author: [{ "@type": "Person", name: "كايلا إبستين" }, "أنجليكا كاساس"],
              articleSection: ["أخبار", "عالم"],
              keywords: ["غزة", "واشنطن"],
              publisher: { "@type": "Organization", name: "بي بي سي" },
            },
          ],
        }),
      ),
    );
    expect(a.metadata).toEqual({
      title: "عنوان JSON",
      description: "وصف JSON",
      published: "2024-03-03T13:52:13Z",
      modified: "2024-03-04T00:00:00Z",
      authors: ["كايلا إبستين", "أنجليكا كاساس"],
      section: "أخبار",
      keywords: ["غزة", "واشنطن"],
      siteName: "بي بي سي",
    });
  });

  it("finds ReportageNewsArticle in a top-level array and nested under a WebPage", () => {
    expect(
      meta(ld('[{"@type":"BreadcrumbList"},{"@type":"ReportageNewsArticle","headline":"تقرير"}]')).metadata.title,
    ).toBe("تقرير");
    expect(
      meta(ld('{"@type":"WebPage","mainEntity":{"@type":["Thing","Article"],"headline":"مقال","keywords":"أ, ب"}}'))
        .metadata,
    ).toMatchObject({ title: "مقال", keywords: ["أ", "ب"] });
  });

  it("tolerates comment wrappers, raw newlines in strings and broken JSON", () => {
    expect(meta(ld('<!-- {"@type":"NewsArticle","headline":"سطر\nثان"} -->')).metadata.title).toBe("سطر ثان");
    expect(meta(ld('{"@type": "NewsArticle", "headline": ')).metadata.title).toBeNull();
    expect(meta(ld('{"@type":"Person","name":"x"}')).metadata.title).toBeNull();
  });

  it("prefers og:title over JSON-LD, JSON-LD author over <meta name=author>", () => {
    const a = meta(
      `<meta property="og:title" content="og">${ld('{"@type":"NewsArticle","headline":"ld","author":{"name":"ك"}}')}<meta name="author" content="م">`,
    );
    expect(a.metadata.title).toBe("og");
    expect(a.metadata.authors).toEqual(["ك"]);
  });
});

describe("metadata: <time datetime>", () => {
  it("takes the time marked as published, else the first", () => {
    expect(
      meta("", '<time datetime="2024-01-01">أمس</time><time itemprop="datePublished" datetime="2024-02-02T09:00">')
        .metadata.published,
    ).toBe("2024-02-02T09:00");
    expect(meta("", '<p><time datetime="2024-01-01T10:00:00+02:00">1 يناير</time></p>').publishedDate).toBe(
      "2024-01-01",
    );
  });
  it("is null without one", () => {
    expect(meta("", "<time>اليوم</time>").metadata.published).toBeNull();
  });
});

describe("dayOf", () => {
  it.each([
    ["2024-05-20T23:30:00-05:00", "2024-05-20"],
    ["2024-05-20", "2024-05-20"],
    ["Mon, 20 May 2024 10:00:00 GMT", "2024-05-20"],
    ["أمس", null],
    [null, null],
  ])("%s → %s", (value, day) => {
    expect(dayOf(value)).toBe(day);
  });
});
