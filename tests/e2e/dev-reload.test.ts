// `npm run dev` must not reload a page by itself (it once reloaded an idle page dozens of times a minute, wiping
// what was typed into forms): a page left open for 60 s loads exactly once. The dev server runs on a data folder
// and ports of its own and is stopped afterwards. The data folder sits inside the project, under .data/ as by default,
// so the database writing there all the time is part of what the dev server must not react to.
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/database/embedded-server";
import { launchBrowser } from "../support/browser";

// Inside the project, as `npm run dev` lays it out by default (.data/): the database writes there all the time, and
// the dev server must not take those writes for edits.
fs.mkdirSync(".data", { recursive: true });
const root = fs.mkdtempSync(path.join(".data", "dev-reload-test-"));
let browser: Browser;
let baseUrl: string;
let dev: ReturnType<typeof spawn>;
let exited: Promise<unknown>;

beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://localhost:${port}`;
  dev = spawn("npm", ["run", "dev"], {
    env: {
      ...process.env,
      NODE_ENV: "development",
      PORT: String(port),
      EMBEDDED_PG_DIR: path.resolve(root, "postgres"),
      EMBEDDED_PG_PORT: String(await freePort()),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  exited = new Promise((resolve) => dev.once("exit", resolve));
  let output = "";
  dev.stdout?.on("data", (chunk) => (output += String(chunk)));
  dev.stderr?.on("data", (chunk) => (output += String(chunk)));
  while (!output.includes("The stance tracker is running at")) {
    if (dev.exitCode !== null) throw new Error(`npm run dev exited:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (dev && dev.exitCode === null) {
    dev.kill("SIGTERM");
    await exited;
  }
  fs.rmSync(root, { recursive: true, force: true });
}, 60_000);

describe("npm run dev", () => {
  it("leaves an open page alone for 60 s: one load, no reloads", async () => {
    const page = await browser.newPage();
    let loads = 0;
    page.on("load", () => loads++);
    await page.goto(`${baseUrl}/countries/KR`, { timeout: 180_000 });
    // Watching for 60 s is what the test measures, not a wait for something to happen.
    await page.waitForTimeout(60_000);
    expect(loads).toBe(1);
  }, 300_000);
});
