import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Smoke-test what users install: `npm pack` every library package, unpack the tarballs into a
 * throwaway consumer's node_modules, and import them from plain ESM and CJS scripts.
 */
const root = join(import.meta.dirname, "..", "..");
const libraries = ["normalize", "sentences", "boilerplate", "article", "html"] as const;
const input = "واشنطن تستعجل تعاون الجزائر. وقالت المسؤولة إن التعاون ضروري!";

// One call per package, each printing JSON the test can read back.
const calls = `
const out = {
  normalize: normalize.normalize("إِنَّ الْكِتَابَ ﻻ", { preset: "search" }),
  sentences: sentences.splitSentences(${JSON.stringify(input)}).map((s) => s.text),
  boilerplate: boilerplate.stripBoilerplate(${JSON.stringify(input)}).text,
  article: article.parseArticle(${JSON.stringify(input)}).paragraphs.length,
  html: html.extractArticle(${JSON.stringify(`<html lang="ar"><body><p>${input}</p><script>x()</script></body></html>`)}),
};
console.log(JSON.stringify(out));
`;

let consumer = "";

beforeAll(() => {
  consumer = mkdtempSync(join(tmpdir(), "nass-smoke-"));
  const packs = join(consumer, "packs");
  mkdirSync(packs);
  for (const name of libraries) {
    execFileSync("npm", ["pack", "--silent", "--pack-destination", packs], {
      cwd: join(root, "packages", name),
      stdio: ["ignore", "ignore", "inherit"],
    });
    const tarball = readdirSync(packs).find((f) => f.startsWith(`nass-${name}-`));
    if (!tarball) throw new Error(`npm pack produced no tarball for @nass/${name}`);
    const target = join(consumer, "node_modules", "@nass", name);
    mkdirSync(target, { recursive: true });
    execFileSync("tar", ["-xzf", join(packs, tarball), "-C", target, "--strip-components=1"]);
    // runtime dependencies from outside the monorepo (htmlparser2 for @nass/html) come from the
    // repository's install: npm nests them in the package's own node_modules
    const own = join(root, "packages", name, "node_modules");
    if (existsSync(own)) {
      for (const entry of readdirSync(own)) {
        if (entry.startsWith(".") || entry === "@nass") continue;
        cpSync(join(own, entry), join(consumer, "node_modules", entry), { recursive: true, dereference: true });
      }
    }
  }
  writeFileSync(
    join(consumer, "esm.mjs"),
    `${libraries.map((n) => `import * as ${n} from "@nass/${n}";`).join("\n")}\n${calls}`,
  );
  writeFileSync(
    join(consumer, "cjs.cjs"),
    `${libraries.map((n) => `const ${n} = require("@nass/${n}");`).join("\n")}\n${calls}`,
  );
});

afterAll(() => {
  if (consumer) rmSync(consumer, { recursive: true, force: true });
});

describe("packed packages", () => {
  for (const file of ["esm.mjs", "cjs.cjs"]) {
    it(`import from a ${file.endsWith(".mjs") ? "ESM" : "CJS"} consumer`, () => {
      const out = JSON.parse(execFileSync("node", [file], { cwd: consumer, encoding: "utf8" }));
      expect(out.normalize).toBe("ان الكتاب لا");
      expect(out.sentences).toEqual(["واشنطن تستعجل تعاون الجزائر.", "وقالت المسؤولة إن التعاون ضروري!"]);
      expect(out.boilerplate).toBe(input);
      expect(out.article).toBe(1);
      expect(out.html.text).toBe(input);
      expect(out.html.lang).toBe("ar");
      expect(out.html.paragraphs).toHaveLength(1);
      expect(out.html.paragraphs[0].htmlStart).toBe(out.html.paragraphs[0].start + '<html lang="ar"><body><p>'.length);
    });
  }
  it("ships only dist and the manifest files", () => {
    const listing = execFileSync("npm", ["pack", "--dry-run", "--json"], {
      cwd: join(root, "packages", "normalize"),
      encoding: "utf8",
    });
    const files: string[] = JSON.parse(listing)[0].files.map((f: { path: string }) => f.path);
    expect(
      files.every((f) => f.startsWith("dist/") || ["package.json", "README.md", "CHANGELOG.md", "LICENSE"].includes(f)),
    ).toBe(true);
  });
});
