import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The five real scraped pages are fixtures: nobody may edit them, not even a stray editor save.
const seeds = join(import.meta.dirname, "..", "..", "seeds");
const lines = readFileSync(join(seeds, "SHA256SUMS"), "utf8").trim().split("\n");

describe("seed pages are byte-for-byte the scraped originals", () => {
  it("lists five pages", () => {
    expect(lines).toHaveLength(5);
  });
  for (const line of lines) {
    const [sum, file] = line.split(/\s+/u);
    it(file ?? "?", () => {
      const digest = createHash("sha256")
        .update(readFileSync(join(seeds, file ?? "")))
        .digest("hex");
      expect(digest).toBe(sum);
    });
  }
});
