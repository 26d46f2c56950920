// Browser test of the built docs site (run by `npm run test:browser` after `npm run docs`).
// Serves docs/site/ on 127.0.0.1, drives Debian's /usr/bin/chromium with playwright-core, and
// checks the reference pages and the playground on seed page 002. Any request that leaves the
// loopback server fails the test: the site must work offline.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, relative, resolve, sep } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const docsDir = resolve(here, "..");
const siteDir = join(docsDir, "site");
const seedsDir = resolve(docsDir, "..", "seeds");
const screenshotPath = join(docsDir, "screenshots", "playground.png");
const CHROMIUM = "/usr/bin/chromium";
const TITLE_002 = "واشنطن تستعجل تعاون الجزائر لمواجهة ”عودة الدواعش”";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/** A static file server for `root` on an ephemeral loopback port. */
function serve(root) {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    let file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      response.writeHead(404, { "content-type": "text/plain" }).end(`not found: ${pathname}`);
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  return new Promise((resolveServer) => {
    server.listen(0, "127.0.0.1", () => resolveServer(server));
  });
}

let server;
let context;
let profileDir;
let origin;
/** Requests the pages tried to send anywhere but the loopback server. */
const offsite = [];
/** Uncaught page errors and console errors, per page URL. */
const pageErrors = [];

before(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium with \`apt-get install -y chromium\` (never \`npx playwright install\`).`,
    );
  }
  if (!existsSync(join(siteDir, "index.html"))) {
    throw new Error(`${siteDir} is not built: run \`npm run docs\` first.`);
  }
  server = await serve(siteDir);
  origin = `http://127.0.0.1:${server.address().port}`;
  profileDir = mkdtempSync(join(tmpdir(), "nass-chromium-"));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
    ],
    viewport: { width: 1400, height: 1000 },
    locale: "ar",
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    offsite.push(url);
    return route.abort();
  });
});

after(async () => {
  await context?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

async function open(path) {
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(`${path}: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(`${path}: console: ${message.text()}`);
  });
  const response = await page.goto(`${origin}/${path}`);
  assert.equal(response?.status(), 200, `GET /${path}`);
  return page;
}

/** The first package module page that links to `name`, and the link's target. */
function findMemberPage(name) {
  for (const file of readdirSync(join(siteDir, "modules"))) {
    const html = readFileSync(join(siteDir, "modules", file), "utf8");
    const match = new RegExp(`href="([^"]*\\.${name}\\.html)"`).exec(html);
    if (match)
      return { module: `modules/${file}`, href: new URL(match[1], `${origin}/modules/${file}`).pathname.slice(1) };
  }
  return null;
}

test("the reference index lists the four packages and the guides, with search", async () => {
  const page = await open("index.html");
  assert.match(await page.title(), /nass/);
  await page.waitForSelector(".tsd-navigation a");
  // textContent, not innerText: collapsed navigation folders are hidden but present.
  const nav = (await page.locator(".site-menu").textContent()) ?? "";
  for (const name of ["normalize", "sentences", "boilerplate", "article"]) {
    assert.ok(nav.includes(name), `navigation lists @nass/${name}`);
  }
  for (const guide of ["Getting started", "Choosing a normalization preset", "Processing a corpus with the CLI"]) {
    assert.ok(nav.includes(guide), `navigation lists the guide "${guide}"`);
  }
  await page.locator("#tsd-search-trigger").click();
  await page.locator("#tsd-search-input").fill("parseArticle");
  await page.waitForSelector("#tsd-search-results li");
  const results = await page.locator("#tsd-search-results").textContent();
  assert.match(results, /parseArticle/, "search finds parseArticle");
  await page.close();
});

test("the parseArticle page documents its parameters and an example", async () => {
  const member = findMemberPage("parseArticle");
  assert.ok(member, "a module page links to parseArticle");
  const page = await open(member.href);
  const body = await page.locator(".col-content").textContent();
  assert.match(body, /parseArticle/);
  assert.match(body, /Parameters/);
  assert.match(body, /Returns/);
  assert.match(body, /Example/);
  assert.match(body, /[\u0600-\u06ff]/, "the example shows Arabic text");
  await page.close();
});

test("every relative link of the built site points at a file that exists", () => {
  const broken = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".html")) {
        const html = readFileSync(path, "utf8");
        for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) {
          if (/^([a-z]+:|#|\/\/)/i.test(href) || href === "") continue;
          const target = join(dirname(path), decodeURIComponent(href.split(/[#?]/)[0]));
          if (!existsSync(target)) broken.push(`${relative(siteDir, path)} -> ${href}`);
        }
      }
    }
  };
  walk(siteDir);
  assert.deepEqual(broken, []);
});

test("the playground shows seed 002 parsed, right to left, offline", async () => {
  const seedId = readdirSync(seedsDir).find((name) => /^002_[0-9a-f]+$/.test(name));
  assert.ok(seedId, "seeds/002_* exists");
  const seedText = readFileSync(join(seedsDir, seedId, `${seedId}.txt`), "utf8");
  // The most-read list as the page prints it: the numbered lines after the "الأكثر قراءة" heading.
  const lines = seedText.split(/\r?\n/).map((line) => line.trim());
  const expectedItems = lines
    .slice(lines.indexOf("الأكثر قراءة") + 1)
    .map((line) => /^\d+\.\s*(.+)$/.exec(line)?.[1]?.trim())
    .filter(Boolean);
  assert.equal(expectedItems.length, 10, "seed 002 has ten numbered most-read lines");

  const page = await open("playground/index.html");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  assert.equal(await page.getAttribute("html", "lang"), "ar");
  assert.equal(await page.$eval("#input", (element) => getComputedStyle(element).direction), "rtl");

  await page.selectOption("#seed", seedId);
  assert.equal(await page.inputValue("#input"), seedText, "the seed's text is loaded byte for byte");

  const title = page.locator('#article [data-field="title"] .span-text');
  await title.waitFor();
  assert.equal(await title.textContent(), TITLE_002);

  const items = await page.locator('#lists [data-list-kind="most-read"] li').allTextContents();
  assert.deepEqual(
    items.map((item) => item.trim()),
    expectedItems,
  );

  const sentences = page.locator("#sentences [data-sentence]");
  assert.ok((await sentences.count()) > 1, "the sentences panel has several sentences");
  const first = sentences.first();
  assert.ok(seedText.includes(await first.textContent()), "a highlighted sentence is a slice of the input");
  const background = await first.evaluate((element) => getComputedStyle(element).backgroundColor);
  assert.notEqual(background, "rgba(0, 0, 0, 0)", "the sentence has a highlight background");
  const secondBackground = await sentences.nth(1).evaluate((element) => getComputedStyle(element).backgroundColor);
  assert.notEqual(secondBackground, background, "consecutive sentences alternate backgrounds");

  assert.ok((await page.locator("#blocks li.boilerplate del").count()) > 0, "boilerplate blocks are struck through");
  assert.ok((await page.locator("#blocks li.boilerplate [data-reason]").count()) > 0, "with their reasons");
  const displayed = await page.locator("#normalized").textContent();
  assert.ok(displayed.length > 0, "the normalized text is shown");
  await page.selectOption("#preset", "search");
  const searchKeys = await page.locator("#normalized").textContent();
  assert.notEqual(searchKeys, displayed, "the preset selector changes the normalized text");
  assert.ok(!/[أإآ]/.test(searchKeys), "the search preset folds hamza seats");
  await page.selectOption("#preset", "display");

  mkdirSync(dirname(screenshotPath), { recursive: true });
  await page.screenshot({ path: screenshotPath, fullPage: true });

  // Pasted text: the panels follow the text box.
  const pasted = "عنوان تجريبي عن زيارة الوفد\nوصل الوفد إلى الجزائر صباح اليوم. وبدأت المحادثات بعد الظهر.";
  await page.fill("#input", pasted);
  await page.locator('#article [data-field="title"] .span-text', { hasText: "عنوان تجريبي" }).waitFor();
  assert.equal(await page.inputValue("#seed"), "", "editing the text leaves seed mode");
  assert.ok((await sentences.count()) >= 2, "the pasted text is split into sentences");

  // Pasted HTML: a real page's markup goes through @nass/html; a click on the title selects it in the HTML.
  const html = readFileSync(join(docsDir, "..", "eval", "realpages", "ar14-bbcarabic", "source.html"), "utf8");
  const want = JSON.parse(
    readFileSync(join(docsDir, "..", "eval", "realpages", "ar14-bbcarabic", "article.json"), "utf8"),
  );
  await page.fill("#input", html);
  const htmlTitle = page.locator('#article [data-field="title"] .span-text', { hasText: want.title.slice(0, 20) });
  await htmlTitle.waitFor();
  assert.equal((await htmlTitle.textContent()).trim(), want.title);
  assert.equal(await page.getAttribute("body", "data-input"), "html");
  await htmlTitle.click();
  const selected = await page.$eval("#input", (element) =>
    element.value.slice(element.selectionStart, element.selectionEnd),
  );
  assert.ok(selected.includes(want.title.slice(0, 20)), "the title's HTML offsets select it in the markup");
  await page.close();
});

test("every embedded seed page runs through all five panels without an error", async () => {
  const page = await open("playground/index.html");
  const ids = await page.$$eval("#seed option", (options) => options.map((option) => option.value).filter(Boolean));
  // Every real page is embedded, and every embedded page is a seeds/ folder. (A folder added after
  // the last docs build is not required: turbo's docs task does not hash ../seeds.)
  const real = readdirSync(seedsDir).filter((name) => /^\d{3}_[0-9a-f]+$/.test(name));
  assert.ok(real.length >= 5, "seeds/ holds the five real pages");
  for (const id of real) assert.ok(ids.includes(id), `the playground embeds ${id}`);
  for (const id of ids) assert.ok(existsSync(join(seedsDir, id)), `${id} is a seeds/ folder`);
  for (const id of ids) {
    await page.selectOption("#seed", id);
    assert.equal(await page.locator(".panels .unavailable").count(), 0, `no panel failed on ${id}`);
    assert.ok((await page.locator("#blocks li").count()) > 0, `${id} has blocks`);
  }
  await page.close();
});

test("no page error and no request off the loopback server", () => {
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(offsite, []);
});
