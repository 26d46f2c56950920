import { chromium } from "playwright-core";

const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const p = await b.newPage({ viewport: { width: 1300, height: 900 } });
await p.goto("file:///work/main/docs/site/" + process.argv[2]);
await p.waitForTimeout(700);
await p.screenshot({ path: "/tmp/site.png" });
await b.close();
