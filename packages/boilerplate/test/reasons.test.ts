import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defaultCues, REASONS, stripBoilerplate } from "../src/index.ts";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));
const SEEDS = fileURLToPath(new URL("../../../seeds/", import.meta.url));

/** Every `.ts` file under `dir`, relative to `SRC`. */
function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (name.endsWith(".ts")) out.push(path.slice(SRC.length));
  }
  return out;
}

/** The code of a source file without its comments and pass ids (crudely: enough to find string literals). */
function code(file: string): string {
  return readFileSync(join(SRC, file), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:])\/\/.*$/gm, "$1")
    .replace(/^const ID = ".*";$/gm, "");
}

describe("REASONS", () => {
  it("keeps the codes other packages already read", () => {
    expect(REASONS.outsideArticle).toBe("outside-article");
    expect(REASONS.skippedBox).toBe("insert:skipped-box");
    expect(REASONS.labelledCaption).toBe("caption:labelled");
    expect(REASONS.captionLabel).toBe("cue:caption-label");
    expect(REASONS.listItem).toBe("list-item");
  });

  it("gives every code one key", () => {
    const values = Object.values(REASONS);
    expect(new Set(values).size).toBe(values.length);
  });

  it("is where the engine's reason literals live (cue lexicons and the core modules aside)", () => {
    // the codes that cannot be mistaken for a block kind or a plain word
    const codes = Object.values(REASONS).filter((v) => v.includes(":") || v.split("-").length > 1);
    const kinds = new Set(["list-item", "list-heading", "comment-form", "date-header"]);
    for (const file of sources(SRC)) {
      if (file === "reasons.ts" || file.startsWith("cues/") || file.startsWith("core/")) continue;
      const text = code(file);
      for (const value of codes) {
        if (kinds.has(value)) continue;
        expect(text.includes(`"${value}"`), `${file} writes "${value}"`).toBe(false);
      }
    }
  });

  it("names every reason the engine writes on the fixture pages, but cue and detector reasons", () => {
    const known = new Set<string>(Object.values(REASONS));
    for (const cue of defaultCues) known.add(cue.reason ?? `cue:${cue.kind}`);
    const built = /^(?:date|nav|html):|:(?:prefix|inline)$/;
    for (const dir of readdirSync(SEEDS)) {
      if (!statSync(join(SEEDS, dir)).isDirectory()) continue;
      for (const file of readdirSync(join(SEEDS, dir))) {
        if (!file.endsWith(".txt")) continue;
        for (const block of stripBoilerplate(readFileSync(join(SEEDS, dir, file), "utf8")).blocks) {
          if (block.reason === null) continue;
          expect(known.has(block.reason) || built.test(block.reason), `${dir}: ${block.reason}`).toBe(true);
        }
      }
    }
  });
});
