// Phone layouts and the admin nav (#16): at 390 px the home page's current positions are one card per country
// naming every dimension, and the home page and two admin pages fit without sideways page scroll (wide admin tables
// scroll inside a named region a keyboard can reach), axe clean; at 1366 px the grouped admin nav stays on one line.
import fs from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { launchBrowser, openPage } from "../support/browser";
import { createUser } from "../support/users";

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
let db: PrismaClient;
let editor: { email: string; password: string };

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
  editor = await createUser(db, { role: "editor", name: "phone editor" });
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

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

async function signInAt(width: number, user: { email: string; password: string }) {
  const page = await openPage(browser, { width, height: 844 });
  await page.goto("/sign-in?callbackUrl=/admin");
  await page.getByLabel("Email", { exact: true }).fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/admin");
  return page;
}

describe("at 390 px", () => {
  it("the home page shows one card per country with every dimension, no sideways scroll, axe clean", async () => {
    const dimensions = await db.dimension.findMany({ where: { retired: false }, select: { label: true } });
    const page = await openPage(browser, { width: 390, height: 844 });
    expect((await page.goto("/"))?.status()).toBe(200);
    const cards = page.getByRole("list", { name: "Current positions, one card per country" });
    const china = cards.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "China" }) });
    for (const { label } of dimensions) expect(await china.getByRole("term").getByText(label).count()).toBe(1);
    await expect(china.textContent()).resolves.toContain("End-of-war declaration");
    // The wide table is not shown beside the cards.
    expect(await page.getByRole("table", { name: /Current position of each country/ }).count()).toBe(0);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each(["/admin", "/admin/articles", "/admin/people"])(
    "%s fits: wide tables scroll in a named region, axe clean",
    async (path) => {
      const page = await signInAt(390, editor);
      expect((await page.goto(path))?.status()).toBe(200);
      expect(await pageWidth(page)).toBeLessThanOrEqual(390);
      const tables = page.locator("main table");
      for (let index = 0; index < (await tables.count()); index++) {
        const region = tables.nth(index).locator("xpath=ancestor::*[@role='region'][1]");
        expect(await region.getAttribute("aria-label")).toMatch(/\w{3,}/);
        expect(await region.getAttribute("tabindex")).toBe("0");
      }
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    },
  );
});

describe("at 1366 px", () => {
  it("the admin nav shows Work, Reference data and Admin on one line, with counts", async () => {
    const admin = { email: inject("adminEmail"), password: inject("adminPassword") };
    const page = await signInAt(1366, admin);
    const nav = page.getByRole("navigation", { name: "Admin" });
    for (const group of ["Work", "Reference data", "Admin"])
      expect(await nav.getByRole("list", { name: group }).count()).toBe(1);
    const tops = await nav.getByRole("link").evaluateAll((links) => links.map((l) => l.getBoundingClientRect().top));
    expect(tops.length).toBeGreaterThanOrEqual(12);
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(4);
    expect(await nav.getByRole("link", { name: /^Review queue/ }).count()).toBe(1);
    expect(await pageWidth(page)).toBeLessThanOrEqual(1366);
    await page.context().close();
  });
});
