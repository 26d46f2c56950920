// DOM builders for the playground's panels. Text always goes in through textContent (never
// innerHTML), so pasted pages cannot inject markup.
import type { Article, Block, HeadlineList, NameSpan, Span } from "./libraries.ts";

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes and children; `class` and `data-*` are plain attributes. */
export function h(tag: string, attrs: Record<string, string | number> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** A message in place of a panel's output. */
export function note(text: string, kind: "empty" | "unavailable" = "empty"): HTMLElement {
  return h("p", { class: kind, lang: "en", dir: "ltr" }, text);
}

/** `[start, end)` as a small left-to-right label. */
function offsets(span: { start: number; end: number }): HTMLElement {
  return h("bdi", { class: "offsets", dir: "ltr", title: "UTF-16 offsets [start, end)" }, `${span.start}–${span.end}`);
}

function spanView(span: Span | null, extra?: string): Node {
  if (span === null) return h("span", { class: "empty" }, "—");
  return h(
    "span",
    { "data-start": span.start, "data-end": span.end },
    h("bdi", { class: "span-text" }, span.text),
    extra ? h("span", { class: "extra", dir: "ltr" }, extra) : null,
    offsets(span),
  );
}

function spanList(spans: readonly (Span | NameSpan)[]): Node {
  if (spans.length === 0) return h("span", { class: "empty" }, "—");
  return h(
    "ul",
    {},
    ...spans.map((span) =>
      h("li", {}, spanView(span, "name" in span && span.name !== span.text ? span.name : undefined)),
    ),
  );
}

/**
 * The input with each sentence wrapped in `<span class="sentence" data-sentence="i">` and the
 * whitespace between sentences left as plain text (the splitter is lossless).
 */
export function renderSentences(input: string, sentences: readonly Span[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let at = 0;
  sentences.forEach((sentence, i) => {
    if (sentence.start > at) fragment.append(input.slice(at, sentence.start));
    fragment.append(
      h(
        "span",
        {
          class: `sentence ${i % 2 === 0 ? "odd" : "even"}`,
          "data-sentence": i,
          "data-start": sentence.start,
          "data-end": sentence.end,
          title: `sentence ${i + 1}: [${sentence.start}, ${sentence.end})`,
        },
        input.slice(sentence.start, sentence.end),
      ),
    );
    at = Math.max(at, sentence.end);
  });
  if (at < input.length) fragment.append(input.slice(at));
  return fragment;
}

/** One row per block: boilerplate blocks struck through, with their kind and reason. */
export function renderBlocks(blocks: readonly Block[]): HTMLElement {
  return h(
    "ol",
    { class: "blocks" },
    ...blocks.map((block) =>
      h(
        "li",
        {
          class: block.boilerplate ? "boilerplate" : "kept",
          "data-block": block.index,
          "data-start": block.start,
          "data-end": block.end,
          "data-kind": block.kind,
        },
        block.boilerplate
          ? h("del", { class: "block-text" }, block.text)
          : h("span", { class: "block-text" }, block.text),
        h("span", { class: "tag" }, block.kind),
        block.reason ? h("span", { class: "tag reason", "data-reason": block.reason }, block.reason) : null,
        block.duplicateOf !== null ? h("span", { class: "tag dup" }, `duplicate of #${block.duplicateOf}`) : null,
      ),
    ),
  );
}

/** The headline lists: kind, heading and numbered items. */
export function renderLists(lists: readonly HeadlineList[]): HTMLElement {
  if (lists.length === 0) return note("No headline lists found.");
  return h(
    "div",
    {},
    ...lists.map((list) =>
      h(
        "section",
        { class: "list", "data-list-kind": list.kind },
        h(
          "h3",
          {},
          list.heading ? h("bdi", {}, list.heading.text) : h("span", { class: "empty" }, "(no heading)"),
          h("span", { class: "tag" }, list.kind),
          h("span", { class: "tag" }, `${list.items.length} items`),
        ),
        h(
          "ol",
          {},
          ...list.items.map((item) => h("li", { "data-start": item.start, "data-end": item.end }, item.text)),
        ),
      ),
    ),
  );
}

function row(field: string, label: string, value: Node): HTMLElement {
  return h(
    "tr",
    { "data-field": field },
    h("th", { scope: "row" }, label, h("br"), h("span", { class: "en", lang: "en", dir: "ltr" }, field)),
    h("td", {}, value),
  );
}

/** The parsed article: every field of the contract's `Article`, then its paragraphs and the raw JSON. */
export function renderArticle(article: Article): HTMLElement {
  const stats = article.stats;
  const table = h(
    "table",
    { class: "fields" },
    h(
      "tbody",
      {},
      row("title", "العنوان", spanView(article.title)),
      row("kicker", "العنوان التمهيدي", spanView(article.kicker)),
      row("subtitles", "العناوين الفرعية", spanList(article.subtitles)),
      row("captions", "التعليقات على الصور", spanList(article.captions)),
      row("authors", "الكتّاب", spanList(article.authors)),
      row("dateline", "مكان الخبر", spanView(article.dateline)),
      row("source", "المصدر", spanView(article.source, article.source?.name)),
      row("published", "تاريخ النشر", spanView(article.published, article.published?.iso)),
      row("pageDate", "تاريخ الصفحة", spanView(article.pageDate, article.pageDate?.iso)),
      row("categories", "الأقسام", spanList(article.categories)),
      row(
        "stats",
        "إحصاءات",
        h(
          "span",
          { lang: "en", dir: "ltr" },
          `${stats.words} words · ${stats.readingMinutes} min read · Arabic ratio ${stats.arabicRatio.toFixed(2)}`,
        ),
      ),
      row(
        "removed",
        "كتل محذوفة",
        h("span", { lang: "en", dir: "ltr" }, `${article.removed.length} boilerplate blocks`),
      ),
      row(
        "lists",
        "قوائم",
        h("span", { lang: "en", dir: "ltr" }, article.lists.map((list) => list.kind).join(", ") || "—"),
      ),
    ),
  );
  const paragraphs = h(
    "div",
    { class: "paragraphs", "data-field": "paragraphs" },
    h("h3", {}, `الفقرات (${article.paragraphs.length})`),
    ...article.paragraphs.map((paragraph, i) =>
      h(
        "p",
        {
          class: `paragraph ${paragraph.kind}`,
          "data-paragraph": i,
          "data-start": paragraph.start,
          "data-end": paragraph.end,
        },
        paragraph.text,
        h("span", { class: "tag" }, `${paragraph.kind} · ${paragraph.sentences.length} sentences`),
      ),
    ),
  );
  const json = h(
    "details",
    { class: "json" },
    h("summary", { lang: "en", dir: "ltr" }, "Article JSON"),
    h("pre", {}, JSON.stringify(article, null, 2)),
  );
  return h("div", {}, table, paragraphs, json);
}
