// npm run screenshots — the home page, a country page and the explorer at 1366 and 390 px, into docs/screenshots/,
// from a running app (`npm start` or `npm run dev`; the demo data shows best). Chromium is Debian's
// (/usr/bin/chromium) or CHROMIUM_PATH, driven by playwright-core, as in the browser tests.
//   npm run screenshots -- [--base-url http://localhost:3000] [--out docs/screenshots]
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { z } from "zod";
import { env } from "@/lib/env";
import { runScript } from "./lib/run-script";

const args = z
  .object({
    "base-url": z.url().default(`http://localhost:${process.env.PORT ?? 3000}`),
    out: z.string().default("docs/screenshots"),
  })
  .parse(parseArgs({ options: { "base-url": { type: "string" }, out: { type: "string" } } }).values);

const PAGES = [
  { name: "home", path: "/" },
  { name: "country", path: "/countries/cn" },
  { name: "explorer", path: "/explore" },
];
const WIDTHS = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
];

runScript(async () => {
  fs.mkdirSync(args.out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: env().CHROMIUM_PATH,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    for (const viewport of WIDTHS) {
      const context = await browser.newContext({ baseURL: args["base-url"], viewport, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const { name, path: route } of PAGES) {
        const response = await page.goto(route, { waitUntil: "networkidle" });
        if (!response?.ok())
          throw new Error(`${route} answered ${response?.status() ?? "nothing"}: is the app running?`);
        const file = path.join(args.out, `${name}-${viewport.width}.png`);
        // The first two screens' worth: enough to show the layout without a poster-length image.
        const height = Math.min(viewport.height * 2, await page.evaluate(() => document.documentElement.scrollHeight));
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: viewport.width, height } });
        console.log(`${file}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
});
