// The home page's positions over time on the demo data, at a desktop and a phone width: a strip chart per country
// naming every active dimension, stale records said to be stale (their evidence is from 2018–2021), no sideways
// page scroll, no serious axe violations; the country page draws the same strips larger.
import fs from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { launchBrowser, openPage } from "../support/browser";

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
let db: PrismaClient;
let dimensionLabels: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
  dimensionLabels = (await db.dimension.findMany({ where: { retired: false }, select: { label: true } })).map(
    (dimension) => dimension.label,
  );
});

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

async function seriousViolations(page: Page) {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(() =>
    (
      window as unknown as {
        axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run(),
  );
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

describe.each([1366, 390])("home page positions over time at %i px", (width) => {
  it("shows every dimension for each country, stale records as stale, without sideways scroll, axe clean", async () => {
    const page = await openPage(browser, { width, height: 900 });
    expect((await page.goto("/"))?.status()).toBe(200);
    const section = page.locator("section", { has: page.getByRole("heading", { name: "Positions over time" }) });
    const charts = section.locator("svg[role=img]");
    expect(await charts.count()).toBeGreaterThan(0);
    const china = section.locator("svg[role=img]", { has: page.locator("title", { hasText: "China:" }) });
    const description = (await china.locator("desc").textContent()) ?? "";
    for (const label of dimensionLabels) expect(description).toContain(`${label}:`);
    // The demo evidence is years old: the open records are stale, drawn to their last evidence.
    expect(description).toMatch(/stale: .+ · last evidence: \d/);
    for (const label of dimensionLabels) {
      expect(await china.locator("text", { hasText: label }).count()).toBeGreaterThan(0);
      // Rendered, not clipped away: the label's box lies inside the visible page width.
      const box = await china.locator("text", { hasText: label }).first().boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(width);
    }
    fs.mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: `test-results/home-strips-${width}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await section.getByText("The strips as a table").click();
    await expect(section.getByRole("table").textContent()).resolves.toContain("open, stale");
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe("country page", () => {
  it("draws the same strips larger, with its table", async () => {
    const page = await openPage(browser, { width: 390, height: 844 });
    expect((await page.goto("/countries/cn"))?.status()).toBe(200);
    const chart = page.locator("svg[role=img]", { has: page.locator("title", { hasText: "positions over time" }) });
    expect(await chart.locator("desc").textContent()).toContain("last evidence");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
