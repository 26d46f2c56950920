// The playground page: wires the input, the seed picker and the preset selector to the panels.
import { seeds } from "nass:seeds";
import { normalize, parseArticle, presetNames, splitSentences, stripBoilerplate } from "./libraries.ts";
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

/** Runs one panel's work; a missing function or a thrown error shows in that panel only. */
function fill(panel: HTMLElement, available: boolean, name: string, build: () => Node): void {
  if (!available) {
    panel.replaceChildren(note(`${name} is not available in this build.`, "unavailable"));
    return;
  }
  try {
    panel.replaceChildren(build());
  } catch (error) {
    panel.replaceChildren(
      note(`${name} threw: ${error instanceof Error ? error.message : String(error)}`, "unavailable"),
    );
  }
}

function currentOptions(): Record<string, unknown> {
  const seed = seeds.find((candidate) => candidate.id === seedSelect.value);
  return seed?.options ? { ...seed.options } : {};
}

function update(): void {
  const text = input.value;
  const began = performance.now();
  document.body.dataset.state = "working";
  fill(panels.normalized, normalize !== null, "normalize", () =>
    document.createTextNode(normalize!(text, { preset: presetSelect.value })),
  );
  fill(panels.sentences, splitSentences !== null, "splitSentences", () =>
    renderSentences(text, splitSentences!(text)),
  );
  let stripped: ReturnType<NonNullable<typeof stripBoilerplate>> | null = null;
  fill(panels.blocks, stripBoilerplate !== null, "stripBoilerplate", () => {
    stripped = stripBoilerplate!(text);
    return stripped.blocks.length > 0 ? renderBlocks(stripped.blocks) : note("No blocks: the input is empty.");
  });
  fill(panels.lists, stripBoilerplate !== null, "stripBoilerplate", () =>
    renderLists((stripped ?? stripBoilerplate!(text)).lists),
  );
  fill(panels.article, parseArticle !== null, "parseArticle", () =>
    renderArticle(parseArticle!(text, currentOptions())),
  );
  const ms = performance.now() - began;
  status.textContent = `${text.length.toLocaleString("en")} UTF-16 units · ${ms.toFixed(1)} ms`;
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

const fromHash = /^#seed=(.+)$/.exec(location.hash);
selectSeed(fromHash ? decodeURIComponent(fromHash[1] ?? "") : (seeds[0]?.id ?? ""));
