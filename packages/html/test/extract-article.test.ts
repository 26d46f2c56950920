import { describe, expect, it } from "vitest";
import { trimSiteSuffix } from "../src/extract-article.ts";
import { extractArticle } from "../src/index.ts";
import { allSpans, assertHtmlSpans } from "./helpers.ts";

const ARTICLE = `<!doctype html>
<html lang="ar" dir="rtl">
<head>
  <title>المنتخب يتأهل إلى النهائي - الموقع</title>
  <meta property="og:site_name" content="الموقع">
  <meta property="article:published_time" content="2024-05-20T10:00:00+03:00">
  <script>window.ads = "<p>إعلان</p>";</script>
</head>
<body>
  <nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li><li><a href="/eco">اقتصاد</a></li></ul></nav>
  <main><article>
    <h1>المنتخب يتأهل إلى النهائي</h1>
    <p>تأهل المنتخب الوطني إلى المباراة النهائية بعد فوزه أمس على منافسه بهدفين نظيفين في مباراة مثيرة.</p>
    <p>وقال المدرب إن اللاعبين قدموا أداء كبيرا &amp; أن الفريق جاهز للقاء الحاسم يوم الجمعة المقبل.</p>
  </article></main>
  <footer><p>جميع الحقوق محفوظة</p></footer>
</body></html>`;

describe("extractArticle", () => {
  it("parses the rendered text and locates every span in the HTML", () => {
    const a = extractArticle(ARTICLE);
    assertHtmlSpans(ARTICLE, a);
    expect(a.title?.text).toBe("المنتخب يتأهل إلى النهائي");
    expect(a.titleSource).toBe("text");
    expect(a.headline).toBe("المنتخب يتأهل إلى النهائي");
    expect(ARTICLE.slice(a.title!.htmlStart, a.title!.htmlEnd)).toBe("المنتخب يتأهل إلى النهائي");
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      "تأهل المنتخب الوطني إلى المباراة النهائية بعد فوزه أمس على منافسه بهدفين نظيفين في مباراة مثيرة.",
      "وقال المدرب إن اللاعبين قدموا أداء كبيرا & أن الفريق جاهز للقاء الحاسم يوم الجمعة المقبل.",
    ]);
    const first = a.paragraphs[0]!;
    expect(ARTICLE.slice(first.htmlStart, first.htmlEnd)).toBe(first.text);
    const second = a.paragraphs[1]!;
    expect(ARTICLE.slice(second.htmlStart, second.htmlEnd)).toContain("&amp;");
    for (const s of first.sentences) expect(ARTICLE.slice(s.htmlStart, s.htmlEnd)).toBe(s.text);
    expect([a.lang, a.dir, a.publishedDate, a.published]).toEqual(["ar", "rtl", "2024-05-20", null]);
    expect(a.text).not.toContain("إعلان");
    expect(a.text).not.toContain("<");
  });

  it("is plain data: JSON round-trips it", () => {
    const a = extractArticle(ARTICLE);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it("prefers the printed date; falls back to the metadata date", () => {
    const html = ARTICLE.replace("<h1>", "<p>الأحد 19 مايو 2024</p><h1>");
    const a = extractArticle(html);
    expect(a.published?.iso.slice(0, 10)).toBe("2024-05-19");
    expect(a.publishedDate).toBe("2024-05-19");
    expect(html.slice(a.published!.htmlStart, a.published!.htmlEnd)).toBe(a.published!.text);
  });

  it("uses the metadata title, site suffix trimmed, when the page prints none", () => {
    const html =
      '<head><meta property="og:title" content="عنوان غير مطبوع في الصفحة | الموقع"><meta property="og:site_name" content="الموقع"></head><body><p>تأهل المنتخب الوطني إلى المباراة النهائية بعد فوزه أمس على منافسه بهدفين نظيفين.</p></body>';
    const a = extractArticle(html);
    expect(a.title).toBeNull();
    expect(a.titleSource).toBeNull();
    expect(a.headline).toBe("عنوان غير مطبوع في الصفحة");
    expect(extractArticle(html, { titleFromMetadata: false }).headline).toBeNull();
  });

  it("makes the metadata title a span when it is a line above the body, never below it", () => {
    const body = "<p>تأهل المنتخب الوطني إلى المباراة النهائية بعد فوزه أمس على منافسه بهدفين نظيفين.</p>";
    const head = '<head><meta property="og:title" content="منتخب الجزائر - الموقع"></head>';
    const above = `${head}<body><div>منتخب الجزائر</div>${body}</body>`;
    const a = extractArticle(above);
    expect(a.title?.text).toBe("منتخب الجزائر");
    expect(above.slice(a.title!.htmlStart, a.title!.htmlEnd)).toBe("منتخب الجزائر");
    const below = extractArticle(`${head}<body>${body}<div>منتخب الجزائر</div></body>`);
    expect([below.title, below.titleSource, below.headline]).toEqual([null, null, "منتخب الجزائر"]);
  });

  it("drops or keeps hidden elements", () => {
    const html = "<p hidden>سطر مخفي</p><p>سطر ظاهر</p>";
    expect(extractArticle(html).text).toBe("سطر ظاهر");
    expect(extractArticle(html, { hidden: "keep" }).text).toBe("سطر مخفي\nسطر ظاهر");
  });

  it("passes article options through", () => {
    const a = extractArticle(ARTICLE, { article: { normalize: "search" } });
    expect(a.paragraphs[0]?.normalized).toBeTypeOf("string");
  });
});

describe("trimSiteSuffix", () => {
  it.each([
    ["عنوان الخبر - اليوم السابع", "اليوم السابع", "عنوان الخبر"],
    ["عنوان الخبر | BBC News عربي", "bbc news عربي", "عنوان الخبر"],
    ["عنوان الخبر - جزء ثان من العنوان", "الموقع", "عنوان الخبر - جزء ثان من العنوان"],
    ["عنوان الخبر — الموقع", null, "عنوان الخبر"],
    ["عنوان - جزء ثان طويل من العنوان نفسه", null, "عنوان - جزء ثان طويل من العنوان نفسه"],
    ["عنوان بلا لاحقة", null, "عنوان بلا لاحقة"],
    [" - الموقع", null, " - الموقع"],
  ])("%s", (title, site, want) => {
    expect(trimSiteSuffix(title, site)).toBe(want);
  });
});

describe("misuse", () => {
  it.each([
    [42, "html must be a string, got number"],
    [null, "html must be a string, got null"],
    [undefined, "html must be a string, got undefined"],
    [{}, "html must be a string, got object"],
  ])("throws a TypeError for %s", (input, message) => {
    expect(() => extractArticle(input as unknown as string)).toThrow(new TypeError(message));
  });

  it.each([
    [{ hidden: "remove" }, 'hidden must be "drop" or "keep", got remove'],
    [{ titleFromMetadata: "yes" }, "titleFromMetadata must be a boolean, got yes"],
    [{ article: 3 }, "article must be an options object, got 3"],
    [{ article: null }, "article must be an options object, got null"],
    ["fast", "options must be an object, got string"],
    [null, "options must be an object, got null"],
  ])("throws a RangeError for options %j", (options, message) => {
    expect(() => extractArticle("<p>x</p>", options as never)).toThrow(new RangeError(message));
  });

  it("lets parseArticle's RangeError through", () => {
    expect(() => extractArticle("<p>x</p>", { article: { wordsPerMinute: -1 } })).toThrow(RangeError);
  });
});

describe("odd inputs return an article", () => {
  it.each([
    ["empty", ""],
    ["only brackets", "<<<>>>"],
    ["only a doctype", "<!doctype html>"],
    ["script only", "<script>document.write('<p>مرحبا</p>')</script>"],
    ["truncated tag", '<html><body><p class="a'],
    ["truncated text", "<html><body><h1>عنوان الخبر المقطوع</h1><p>بداية الفقرة ثم"],
    ["unclosed everything", "<div><p><span><b>نص<i>مائل"],
    ["stray closers", "</div></p></body>نص</html></span>"],
    ["comments and CDATA", "<!-- تعليق --><![CDATA[ x ]]><p>نص</p><!-- unclosed"],
    ["non-Arabic", "<html lang=en><body><h1>Hello world</h1><p>This page is in English only.</p></body></html>"],
    ["binary junk", "\u0000\u0001<\u0002>\uFFFD&#0;&#xD800;&bogus;"],
  ])("%s", (_name, html) => {
    const a = extractArticle(html);
    assertHtmlSpans(html, a);
    expect(typeof a.text).toBe("string");
    expect(Array.isArray(a.paragraphs)).toBe(true);
  });

  it("gives empty fields for an empty page", () => {
    const a = extractArticle("");
    expect(a.text).toBe("");
    expect([a.title, a.headline, a.url, a.lang, a.dir, a.publishedDate]).toEqual([null, null, null, null, null, null]);
    expect(a.paragraphs).toEqual([]);
    expect(allSpans(a)).toEqual([]);
  });

  it("gives no body for a non-Arabic page", () => {
    expect(
      extractArticle("<h1>Hello world</h1><p>This page is in English only, with no Arabic at all.</p>").paragraphs,
    ).toEqual([]);
  });
});
