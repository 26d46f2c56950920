import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { makePlainPass } from "../scripts/generate-plain-pass.ts";

describe("generated sources", () => {
  it("run-normalizer-plain.ts is up to date with run-normalizer.ts (npx tsx scripts/generate-plain-pass.ts)", () => {
    const source = readFileSync(new URL("../src/run-normalizer.ts", import.meta.url), "utf8");
    const committed = readFileSync(new URL("../src/run-normalizer-plain.ts", import.meta.url), "utf8");
    expect(makePlainPass(source)).toBe(committed);
  });

  it("rejects a map-only statement the generator cannot drop", () => {
    const source = readFileSync(new URL("../src/run-normalizer.ts", import.meta.url), "utf8");
    const broken = source.replace("if (src !== null) src[o] = i;", "if (src !== null) {\n        src[o] = i;\n      }");
    expect(() => makePlainPass(broken)).toThrow(/map-only statement/);
  });

  it("rejects a fast-path loop it does not know how to unroll", () => {
    const source = readFileSync(new URL("../src/run-normalizer.ts", import.meta.url), "utf8");
    const changed = source.replace("if (v >= 0x20000) break;", "if (v > 0x1ffff) break;");
    expect(changed).not.toBe(source);
    expect(() => makePlainPass(changed)).toThrow(/fast-path loop/);
  });
});
