// Builds the playground into site/playground/: copies the static page and stylesheet, and bundles
// playground/main.ts (with the @nass libraries and the seed pages embedded) into one IIFE script.
// No network URLs: the result works offline from the built files.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const seedsDir = join(here, "..", "seeds");
const outDir = join(here, "site", "playground");

/**
 * Every fixture folder of ../seeds that holds a page: the five real pages first (`NNN_<hash>`),
 * then the hand-written imitations in name order.
 * @returns {{ id: string, real: boolean, text: string, options: Record<string, unknown> | null }[]}
 */
function readSeeds() {
  const folders = readdirSync(seedsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const isReal = (name) => /^\d{3}_[0-9a-f]+$/.test(name);
  folders.sort((a, b) => Number(isReal(b)) - Number(isReal(a)) || a.localeCompare(b));
  const seeds = [];
  for (const id of folders) {
    const dir = join(seedsDir, id);
    const txt = readdirSync(dir).find((file) => file.endsWith(".txt"));
    if (!txt) continue;
    const optionsPath = join(dir, "options.json");
    const options = existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, "utf8")) : null;
    seeds.push({ id, real: isReal(id), text: readFileSync(join(dir, txt), "utf8"), options });
  }
  return seeds;
}

/** esbuild plugin: `import { seeds } from "nass:seeds"` resolves to the seed pages read at build time. */
const seedsPlugin = {
  name: "nass-seeds",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^nass:seeds$/ }, (args) => ({ path: args.path, namespace: "nass-seeds" }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "nass-seeds" }, () => ({
      contents: `export const seeds = ${JSON.stringify(readSeeds())};`,
      loader: "js",
    }));
  },
};

mkdirSync(outDir, { recursive: true });
for (const file of ["index.html", "playground.css"]) {
  copyFileSync(join(here, "playground-src", file), join(outDir, file));
}
const result = await build({
  entryPoints: [join(here, "playground-src", "main.ts")],
  outfile: join(outDir, "playground.js"),
  bundle: true,
  format: "iife",
  platform: "browser",
  target: ["es2022"],
  charset: "utf8",
  minify: true,
  sourcemap: false,
  logLevel: "warning",
  plugins: [seedsPlugin],
});
if (result.errors.length > 0 || result.warnings.length > 0) {
  console.error("playground build: esbuild reported problems");
  process.exit(1);
}
console.log(`playground written to ${outDir}`);
