/**
 * Hostile HTML: deep nesting (no recursion anywhere: the renderer streams and keeps a flat stack) and
 * a 10 MB page in linear time. The bound is generous (time ratio 10 MB vs 1 MB below 30); speed
 * itself is measured in bench/.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../src/index.ts";
import { renderHtml } from "../src/render.ts";

/** CPU milliseconds spent (user + system): steadier than wall time on a machine shared with other jobs. */
function timed(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const SCRIPT =
  '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"event":"view","section":"news","tags":["a","b"]});</script>';

/**
 * A page of `size` UTF-16 units shaped like a real one: mostly markup (attributes, links, images,
 * inline scripts), about 15 % visible text, every card's text distinct.
 */
function pageOf(size: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const card =
      `<div class="card card--story" data-id="${i}" style="margin:0 auto"><a href="https://example.com/news/2024/05/20/story-${i}.html">` +
      `<img src="https://cdn.example.com/images/${i}.jpg" alt="" width="640" height="360"></a>${SCRIPT}` +
      `<p class="card__text">وقال الوزير ${i} إن الحكومة ستعمل على تنفيذ الخطة &amp; المشروعات الجديدة خلال العام ${i % 97}.</p></div>\n`;
    out.push(card);
    length += card.length;
  }
  return `<html><body>${out.join("")}</body></html>`;
}

/** Time ratio of the large input vs the small one (best of two small runs after a warm-up). */
function ratio(fn: (input: string) => unknown, small: string, large: string): number {
  fn(small); // warm up
  const tSmall = Math.min(
    timed(() => fn(small)),
    timed(() => fn(small)),
  );
  const tLarge = timed(() => fn(large));
  // a floor of 5 ms keeps timer noise on fast inputs from passing for super-linear growth
  return tLarge / Math.max(tSmall, 5);
}

describe("hostile HTML", () => {
  it.each([10_000, 20_000])("%i nested <div>s do not overflow the stack", (depth) => {
    const html = `${"<div>".repeat(depth)}نص في العمق${"</div>".repeat(depth)}`;
    expect(extractArticle(html).text).toBe("نص في العمق");
    expect(extractArticle(`${"<div><span>".repeat(depth)}نص`).text).toBe("نص");
  });

  it("10,000 nested inline and table elements render", () => {
    const html = `${"<b><i><table><tr><td>".repeat(10_000)}نص`;
    expect(renderHtml(html, false).text).toBe("نص");
  });

  it("a 10 MB page returns, in time linear in its size (10 MB well under 30x the time of 1 MB)", () => {
    const large = pageOf(10_000_000);
    expect(large.length).toBeGreaterThanOrEqual(10_000_000);
    expect(ratio(extractArticle, pageOf(1_000_000), large)).toBeLessThan(30);
    expect(extractArticle(large).paragraphs.length).toBeGreaterThan(1000);
  });

  it("rendering 10 MB of dense text is linear too", () => {
    const dense = (size: number) =>
      `<p>${"وقال الوزير إن الحكومة ستعمل &amp; <b>تنفذ</b></p>\n<p>".repeat(size / 60)}</p>`;
    expect(ratio((html) => renderHtml(html, false), dense(1_000_000), dense(10_000_000))).toBeLessThan(30);
  });

  it("one 10 MB text node and 1 MB of entities render linearly", () => {
    const text = "كلمة ".repeat(2_000_000);
    expect(renderHtml(`<p>${text}</p>`, false).text.length).toBe(text.length - 1);
    const entities = "&amp;&nbsp;".repeat(100_000);
    expect(renderHtml(`<p>${entities}</p>`, false).text).toBe("& ".repeat(100_000).trimEnd());
  });

  it("1 MB of unclosed tags and attributes renders", () => {
    const html = '<a href="x" class="y">'.repeat(50_000);
    expect(renderHtml(html, false).text).toBe("");
  });
});
