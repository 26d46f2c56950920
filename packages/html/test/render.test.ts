import { describe, expect, it } from "vitest";
import { renderHtml } from "../src/render.ts";

const render = (html: string, keepHidden = false) => renderHtml(html, keepHidden).text;

/** Every character of the rendered text maps into the HTML; plain characters map to themselves. */
function checkMap(html: string, keepHidden = false): void {
  const { text, map } = renderHtml(html, keepHidden);
  for (let i = 0; i < text.length; i++) {
    const { htmlStart, htmlEnd } = map.range(i, i + 1);
    expect(htmlStart).toBeGreaterThanOrEqual(0);
    expect(htmlEnd).toBeLessThanOrEqual(html.length);
    expect(htmlStart).toBeLessThan(htmlEnd);
    const source = html.slice(htmlStart, htmlEnd);
    if (source.length === 1 && text[i] !== "\n" && text[i] !== " ") expect(source).toBe(text[i]);
  }
}

describe("renderHtml: lines", () => {
  it.each([
    ["<p>أ</p><p>ب</p>", "أ\nب"],
    ["<div>أ<div>ب</div>ج</div>", "أ\nب\nج"],
    ["<h1>عنوان</h1><h2>فرعي</h2>", "عنوان\nفرعي"],
    ["<ul><li>واحد</li><li>اثنان</li></ul>", "واحد\nاثنان"],
    ["<table><tr><td>أ</td><th>ب</th></tr><tr><td>ج</td></tr></table>", "أ\nب\nج"],
    ["سطر<br>سطر آخر<br/>ثالث", "سطر\nسطر آخر\nثالث"],
    ["<section><article><header>رأس</header><footer>ذيل</footer></article></section>", "رأس\nذيل"],
    ["<nav>قائمة</nav><aside>جانب</aside><blockquote>اقتباس</blockquote>", "قائمة\nجانب\nاقتباس"],
    ["<figure><img src=x><figcaption>تعليق</figcaption></figure>", "تعليق"],
    ["<dl><dt>مصطلح</dt><dd>تعريف</dd></dl>", "مصطلح\nتعريف"],
    ["<main><form>بحث</form><pre>كود</pre></main>", "بحث\nكود"],
    ["<p>نص <b>غامق</b> و<a href='#'>رابط</a>.</p>", "نص غامق ورابط."],
    ["<p></p><div> </div><p>أ</p>\n\n<p>ب</p>", "أ\nب"],
  ])("%s", (html, want) => {
    expect(render(html)).toBe(want);
    checkMap(html);
  });

  it("collapses white space inside a line and trims line edges", () => {
    expect(render("<p>  كلمة \n\t  أخرى   </p>\n  <p>\n ثالثة\n</p>")).toBe("كلمة أخرى\nثالثة");
  });

  it("never makes blank lines", () => {
    expect(render("<div><div><p>أ</p></div></div><br><br><br><div><p>ب</p></div>")).toBe("أ\nب");
  });
});

describe("renderHtml: entities", () => {
  it("decodes named, numeric and hex references", () => {
    expect(render("<p>أ &amp; ب &lt;ج&gt; &#1583; &#x62F; &quot;د&quot;</p>")).toBe('أ & ب <ج> د د "د"');
  });
  it("reads &nbsp; as a space", () => {
    expect(render("<p>أ&nbsp;ب&nbsp;&nbsp;ج</p>")).toBe("أ ب ج");
  });
  it("maps a decoded entity to the whole reference", () => {
    const html = "<p>أ &amp; ب</p>";
    const { text, map } = renderHtml(html, false);
    const at = text.indexOf("&");
    const { htmlStart, htmlEnd } = map.range(at, at + 1);
    expect(html.slice(htmlStart, htmlEnd)).toBe("&amp;");
    checkMap(html);
  });
});

describe("renderHtml: dropped content", () => {
  it("drops script, style, noscript, template, svg, title and iframe", () => {
    const html =
      "<html><head><title>عنوان الصفحة</title><style>p{}</style><script>var a = '<p>x</p>';</script></head>" +
      "<body><noscript>فعّل</noscript><template><p>قالب</p></template><svg><text>رسم</text></svg>" +
      "<iframe>إطار</iframe><p>النص</p></body></html>";
    expect(render(html)).toBe("النص");
  });
  it("drops elements with the hidden attribute and inline display:none or visibility:hidden", () => {
    const html =
      "<p hidden>مخفي</p><div style='color:red; DISPLAY : none'>مخفي <p>أيضا</p></div>" +
      "<span style='visibility:hidden'>مخفي</span><p>ظاهر</p>";
    expect(render(html)).toBe("ظاهر");
    expect(render(html, true)).toBe("مخفي\nمخفي\nأيضا\nمخفي\nظاهر");
  });
  it("keeps aria-hidden elements (hidden from screen readers, not from the eye)", () => {
    expect(render("<strong aria-hidden='true'>معلومات</strong><p>نص</p>")).toBe("معلومات\nنص");
  });
  it("keeps text after a skipped element closes", () => {
    expect(render("<div>قبل<script>x</script>بعد</div>")).toBe("قبلبعد");
  });
  it("keeps text left in an unclosed head", () => {
    expect(render("<head><meta charset=utf-8><p>نص</p>")).toBe("نص");
  });
});

describe("renderHtml: offsets", () => {
  it("maps plain text back to the same characters", () => {
    const html = '<html><body><div class="a"><p>وقال   الوزير\n إن <b>الحكومة</b> ستعمل.</p></div></body></html>';
    const { text, map } = renderHtml(html, false);
    expect(text).toBe("وقال الوزير إن الحكومة ستعمل.");
    const word = text.indexOf("الحكومة");
    const { htmlStart, htmlEnd } = map.range(word, word + "الحكومة".length);
    expect(html.slice(htmlStart, htmlEnd)).toBe("الحكومة");
    const all = map.range(0, text.length);
    expect(html.slice(all.htmlStart, all.htmlEnd)).toBe("وقال   الوزير\n إن <b>الحكومة</b> ستعمل.");
    checkMap(html);
  });
  it("stores the map as run-length segments, not one entry per character", () => {
    const html = `<p>${"كلمة ".repeat(10_000)}</p>`;
    const { text, map } = renderHtml(html, false);
    expect(text.length).toBeGreaterThan(40_000);
    expect(map.segments).toBe(1);
  });
  it("maps empty and out-of-range ranges safely", () => {
    const { map } = renderHtml("<p>أب</p>", false);
    expect(map.range(1, 1)).toEqual({ htmlStart: 4, htmlEnd: 4 });
    expect(map.range(0, 99)).toEqual({ htmlStart: 3, htmlEnd: 5 });
    expect(renderHtml("", false).map.range(0, 0)).toEqual({ htmlStart: 0, htmlEnd: 0 });
  });
  it("maps line breaks and collapsed spaces into the source", () => {
    checkMap("<div>\n  <p>أ &amp;&nbsp;ب</p>\n  <p>ج   د</p><br>هـ\n</div>");
  });
});
