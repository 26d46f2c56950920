// Runs every ```ts example of docs/guides/*.md against the built @nass packages, so the guides
// cannot promise an output (or an option) the libraries do not have.
//
// The ts blocks of one guide run in order as one module (later blocks may use earlier names).
// A line `expression; // => <JSON>` asserts that the expression's value, as JSON, equals <JSON>.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { transform } from "esbuild";

const guidesDir = join(dirname(fileURLToPath(import.meta.url)), "..", "guides");
const FENCE = /^```ts\n([\s\S]*?)^```$/gm;
const IMPORT = /^import\s*\{([^}]*)\}\s*from\s*"(@nass\/[a-z]+)";\s*$/;
const CHECK = /^(\s*)(.+?);\s*\/\/ => (.+)$/;

/** The guide's ts blocks as one module: imports hoisted and merged, `// =>` lines turned into checks. */
function toModule(markdown) {
  const imports = new Map();
  const body = [];
  let checks = 0;
  let blocks = 0;
  for (const [, block] of markdown.matchAll(FENCE)) {
    blocks += 1;
    for (const line of block.split("\n")) {
      const imported = IMPORT.exec(line);
      if (imported) {
        const names = imports.get(imported[2]) ?? new Set();
        for (const name of imported[1].split(",")) if (name.trim()) names.add(name.trim());
        imports.set(imported[2], names);
        continue;
      }
      const check = CHECK.exec(line);
      if (check) {
        checks += 1;
        body.push(`${check[1]}__check(${check[2]}, ${JSON.stringify(check[3])}, ${JSON.stringify(check[2])});`);
      } else body.push(line);
    }
  }
  const header = [...imports].map(
    ([specifier, names]) =>
      `import { ${[...names].join(", ")} } from ${JSON.stringify(import.meta.resolve(specifier))};`,
  );
  return { source: [...header, "export default async function (__check) {", ...body, "}"].join("\n"), blocks, checks };
}

for (const file of readdirSync(guidesDir).filter((name) => name.endsWith(".md"))) {
  const { source, blocks, checks } = toModule(readFileSync(join(guidesDir, file), "utf8"));
  if (blocks === 0) continue;
  test(`guides/${file}: every example runs and prints what the guide says`, async () => {
    const { code } = await transform(source, { loader: "ts", format: "esm", target: "es2022" });
    const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
    const failures = [];
    await module.default((actual, expected, expression) => {
      try {
        assert.deepEqual(actual === undefined ? undefined : JSON.parse(JSON.stringify(actual)), JSON.parse(expected));
      } catch {
        failures.push(`${expression}\n    guide says: ${expected}\n    actual:     ${JSON.stringify(actual)}`);
      }
    });
    assert.equal(failures.length, 0, `\n${failures.join("\n")}`);
    assert.ok(checks > 0, "the guide's examples show their output with `// =>`");
  });
}
