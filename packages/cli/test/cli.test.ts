import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";

it("runs", () => {
  expect(execFileSync("node", [join(import.meta.dirname, "..", "bin", "nass.js")], { encoding: "utf8" })).toContain(
    "nass",
  );
});
