// The playground page: wires the input, the seed picker and the preset selector to the panels.
import { seeds } from "nass:seeds";
import type { ParseArticleOptions } from "@nass/article";
import {
  extractArticle,
  type HtmlArticle,
  looksLikeHtml,
  normalize,
  type PresetName,
  parseArticle,
  presetNames,
  type StripBoilerplateResult,
  splitSentences,
  stripBoilerplate,
} from "./libraries.ts";
import { note, renderArticle, renderBlocks, renderLists, renderSentences } from "./render.ts";

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`playground: #${id} is missing from index.html`);
  return element as T;
}

const input = byId<HTMLTextAreaElement>("input");
const seedSelect = byId<HTMLSelectElement>("seed");
const presetSelect = byId<HTMLSelectElement>("preset");
const status = byId<HTMLElement>("status");
const panels = {
  normalized: byId<HTMLElement>("normalized"),
  sentences: byId<HTMLElement>("sentences"),
  blocks: byId<HTMLElement>("blocks"),
  lists: byId<HTMLElement>("lists"),
  article: byId<HTMLElement>("article"),
};

/** Runs one panel's work; a thrown error shows in that panel only. */
function fill(panel: HTMLElement, name: string, build: () => Node): void {
  try {
    panel.replaceChildren(build());
  } catch (error) {
    panel.replaceChildren(
      note(`${name} threw: ${error instanceof Error ? error.message : String(error)}`, "unavailable"),
    );
  }
}

function currentOptions(): ParseArticleOptions {
  const seed = seeds.find((candidate) => candidate.id === seedSelect.value);
  return seed?.options ? { ...(seed.options as ParseArticleOptions) } : {};
}

/**
 * The article of pasted HTML with every span's `start`/`end` replaced by its `htmlStart`/`htmlEnd`, so that
 * clicking a field selects it in the HTML in the text box.
 */
function withHtmlOffsets<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => withHtmlOffsets(item)) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) out[key] = withHtmlOffsets(field);
  if (typeof out.htmlStart === "number" && typeof out.htmlEnd === "number") {
    out.start = out.htmlStart;
    out.end = out.htmlEnd;
  }
  return out as T;
}

function update(): void {
  const raw = input.value;
  const began = performance.now();
  // pasted HTML: @nass/html renders its visible text, which the text panels read; the article panel shows
  // extractArticle's result with HTML offsets
  let html: HtmlArticle | null = null;
  if (looksLikeHtml(raw)) {
    try {
      html = extractArticle(raw);
    } catch {
      html = null;
    }
  }
  const text = html ? html.text : raw;
  document.body.dataset.input = html ? "html" : "text";
  fill(panels.normalized, "normalize", () =>
    document.createTextNode(normalize(text, { preset: presetSelect.value as PresetName })),
  );
  fill(panels.sentences, "splitSentences", () => renderSentences(text, splitSentences(text)));
  let stripped: StripBoilerplateResult | null = null;
  fill(panels.blocks, "stripBoilerplate", () => {
    stripped = stripBoilerplate(text);
    return stripped.blocks.length > 0 ? renderBlocks(stripped.blocks) : note("No blocks: the input is empty.");
  });
  fill(panels.lists, "stripBoilerplate", () => renderLists((stripped ?? stripBoilerplate(text)).lists));
  fill(panels.article, html ? "extractArticle" : "parseArticle", () =>
    renderArticle(html ? withHtmlOffsets(html) : parseArticle(text, currentOptions())),
  );
  const ms = performance.now() - began;
  status.textContent = html
    ? `HTML: ${raw.length.toLocaleString("en")} UTF-16 units rendered to ${text.length.toLocaleString("en")} · ${ms.toFixed(1)} ms`
    : `${text.length.toLocaleString("en")} UTF-16 units · ${ms.toFixed(1)} ms`;
  document.body.dataset.state = "ready";
}

let timer: ReturnType<typeof setTimeout> | undefined;
function scheduleUpdate(): void {
  clearTimeout(timer);
  timer = setTimeout(update, 150);
}

function firstLine(text: string): string {
  const line = text.split(/\r\n|[\n\r\u2028\u2029]/).find((candidate) => candidate.trim() !== "") ?? "";
  const trimmed = line.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 60)}…` : trimmed;
}

function selectSeed(id: string): void {
  const seed = seeds.find((candidate) => candidate.id === id);
  seedSelect.value = seed ? seed.id : "";
  if (seed) input.value = seed.text;
  const hash = seed ? `#seed=${seed.id}` : "";
  if (location.hash !== hash) history.replaceState(null, "", hash || location.pathname + location.search);
  update();
}

for (const seed of seeds) {
  const label = `${seed.real ? seed.id.slice(0, 3) : seed.id} · ${firstLine(seed.text)}`;
  const option = new Option(label, seed.id);
  seedSelect.append(option);
}
for (const preset of presetNames()) presetSelect.append(new Option(preset, preset));

seedSelect.addEventListener("change", () => selectSeed(seedSelect.value));
presetSelect.addEventListener("change", update);
input.addEventListener("input", () => {
  if (seedSelect.value !== "") {
    seedSelect.value = "";
    history.replaceState(null, "", location.pathname + location.search);
  }
  scheduleUpdate();
});

// Offsets at work: clicking any span (a field, a sentence, a block, a list item) selects exactly
// input.slice(start, end) in the text box.
document.querySelector(".panels")?.addEventListener("click", (event) => {
  const target = event.target instanceof Element ? event.target.closest("[data-start][data-end]") : null;
  if (!(target instanceof HTMLElement)) return;
  if (document.body.dataset.input === "html" && !panels.article.contains(target)) {
    status.textContent = "HTML input: this panel reads the rendered text, so its offsets are not the HTML's";
    return;
  }
  const start = Number(target.dataset.start);
  const end = Number(target.dataset.end);
  if (!Number.isInteger(start) || !Number.isInteger(end)) return;
  input.focus({ preventScroll: true });
  input.setSelectionRange(start, end);
  status.textContent = `selected [${start}, ${end}) in the input`;
});

const fromHash = /^#seed=(.+)$/.exec(location.hash);
selectSeed(fromHash ? decodeURIComponent(fromHash[1] ?? "") : (seeds[0]?.id ?? ""));
