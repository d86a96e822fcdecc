// The explorer (/explore) in Chromium on the demo data: filters apply as they change and live in the address
// (shareable, back works),
// facets narrow, an empty view suggests what to remove, bad parameters are named, exports carry the same filter,
// signed-in researchers see records in review, and the page passes axe-core and fits a 390-px phone.
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

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
});

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

/**
 * Published stances matching holder and dimension, counted the way the public may see them: once per statement,
 * however many articles report it (coding rule 9).
 */
async function countPublished(where: { holderCountry?: string; dimension?: string } = {}) {
  const stances = await publishedStances(where);
  return new Set(stances.map((s) => `${s.quote.statementId}/${s.dimensionId}/${s.positionId}/${s.holderCountryId}`))
    .size;
}

/** The same stances, once per report: the table lists each report as a row of its own. */
async function countPublishedReports(where: { holderCountry?: string; dimension?: string } = {}) {
  return (await publishedStances(where)).length;
}

async function publishedStances(where: { holderCountry?: string; dimension?: string }) {
  return db.stance.findMany({
    where: {
      deletedAt: null,
      quote: { status: "published", deletedAt: null, article: { status: "published", deletedAt: null } },
      ...(where.holderCountry ? { holderCountry: { code: where.holderCountry } } : {}),
      ...(where.dimension ? { dimension: { key: where.dimension } } : {}),
    },
    select: { dimensionId: true, positionId: true, holderCountryId: true, quote: { select: { statementId: true } } },
  });
}

const matchCount = async (page: Page) => Number(await page.getByTestId("match-count").locator("strong").textContent());
const holderCells = (page: Page) =>
  page.locator("#table-heading ~ div table tbody tr td:nth-child(2)").allTextContents();
const tableText = (page: Page) => page.locator("#table-heading ~ div table tbody").textContent();

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
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
}

describe("/explore", () => {
  it("filters by holder country and dimension through the address, which can be shared and gone back from", async () => {
    const page = await openPage(browser);
    await page.goto("/explore");
    const all = await matchCount(page);
    expect(all).toBe(await countPublished());

    // The filters apply as they change: no Apply button in a browser that runs the page's script.
    // The no-JS Apply button goes once the page is interactive (it is there in the HTML before hydration).
    await page.getByRole("button", { name: "Apply filters" }).waitFor({ state: "hidden" });
    await page.getByLabel("Whose stance (country)").selectOption("CN");
    await page.waitForURL((url) => url.searchParams.get("holderCountry") === "CN");
    await page.getByLabel("Dimension", { exact: true }).selectOption("instrument");
    await page.waitForURL((url) => url.searchParams.get("dimension") === "instrument");
    // Empty form fields are dropped from the address: only the filters remain.
    const url = new URL(page.url());
    expect([...url.searchParams.keys()].sort()).toEqual(["dimension", "holderCountry"]);
    expect(url.searchParams.get("dimension")).toBe("instrument");

    const filtered = await matchCount(page);
    expect(filtered).toBe(await countPublished({ holderCountry: "CN", dimension: "instrument" }));
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    const holders = await holderCells(page);
    const reports = await countPublishedReports({ holderCountry: "CN", dimension: "instrument" });
    expect(holders.length).toBe(Math.min(reports, 50));
    expect(new Set(holders)).toEqual(new Set(["China"]));
    const rows = await tableText(page);

    // The same address in a fresh page (a shared link) shows the same view.
    const shared = await openPage(browser);
    await shared.goto(page.url());
    expect(await matchCount(shared)).toBe(filtered);
    expect(await tableText(shared)).toBe(rows);
    await shared.context().close();

    // Each change was its own step in the history.
    await page.goBack();
    await page.waitForURL((u) => u.search === "?holderCountry=CN");
    await page
      .getByTestId("match-count")
      .getByText(String(await countPublished({ holderCountry: "CN" })))
      .waitFor();
    await page.goBack();
    await page.waitForURL((u) => u.search === "");
    await page.getByTestId("match-count").getByText(String(all)).waitFor();
    await page.context().close();
  });

  it("adds a facet's value to the filter, and sorts by statement date", async () => {
    const page = await openPage(browser);
    await page.goto("/explore?holderCountry=CN");
    const facet = page.getByRole("region", { name: "By attribution" }).getByRole("listitem").first();
    const expected = Number(await facet.locator("span.count").textContent());
    await facet.getByRole("link").click();
    await page.waitForURL((url) => url.searchParams.has("attribution"));
    expect(new URL(page.url()).searchParams.get("holderCountry")).toBe("CN");
    expect(await matchCount(page)).toBe(expected);

    await page.goto("/explore");
    const dates = async () =>
      (await page.locator("#table-heading ~ div table tbody tr td:first-child").allTextContents()).map((text) =>
        Date.parse(text.replace("In review", "")),
      );
    const newestFirst = await dates();
    expect(newestFirst).toEqual([...newestFirst].sort((a, b) => b - a));
    await page.getByRole("link", { name: /oldest first/ }).click();
    await page.waitForURL((url) => url.searchParams.get("sort") === "asc");
    const oldestFirst = await dates();
    expect(oldestFirst).toEqual([...oldestFirst].sort((a, b) => a - b));
    await page.context().close();
  });

  it("says when nothing matches and links to the view without each filter", async () => {
    const page = await openPage(browser);
    await page.goto("/explore?holderCountry=CN&dimension=instrument&statedTo=1990-01-01");
    expect(await matchCount(page)).toBe(0);
    const empty = page.locator("section", {
      has: page.getByRole("heading", { name: "No stance matches these filters" }),
    });
    const removals = await empty
      .getByRole("link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(removals).toEqual([
      "/explore?dimension=instrument&statedTo=1990-01-01",
      "/explore?holderCountry=CN&statedTo=1990-01-01",
      "/explore?holderCountry=CN&dimension=instrument",
    ]);
    await empty.getByRole("link", { name: /Stated until/ }).click();
    await page.waitForURL((url) => !url.searchParams.has("statedTo"));
    expect(await matchCount(page)).toBeGreaterThan(0);
    await page.context().close();
  });

  it.each([
    ["/explore?holderCountry=ZZ", "holderCountry"],
    ["/explore?statedFrom=2021-13-01", "statedFrom"],
    ["/explore?country=KR", "country"],
    ["/explore?sort=sideways", "sort"],
  ])("names the bad parameter of %s instead of failing", async (path, name) => {
    const page = await openPage(browser);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const alert = page.getByRole("alert");
    expect(await alert.locator("code").allTextContents()).toContain(name);
    await page.context().close();
  });

  it("offers anonymous visitors the read API's CSV of the current filter", async () => {
    const page = await openPage(browser);
    await page.goto("/explore?holderCountry=CN&dimension=instrument");
    const link = page.getByRole("link", { name: /CSV of the newest 500/ });
    const href = await link.getAttribute("href");
    expect(href).toBe("/api/v1/stances?holderCountry=CN&dimension=instrument&format=csv&limit=500");
    const response = await page.request.get(href!);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0].split(",").slice(0, 3)).toEqual(["id", "status", "statedOn"]);
    expect(await page.getByText("need a researcher account").count()).toBe(1);
    await page.context().close();
  });

  it("gives a researcher bulk exports of the same filter, and marks records in review", async () => {
    const researcher = await createUser(db, { role: "researcher" });
    const page = await openPage(browser);
    await page.goto("/sign-in?callbackUrl=/explore");
    await page.getByLabel("Email", { exact: true }).fill(researcher.email);
    await page.getByLabel("Password", { exact: true }).fill(researcher.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/explore");

    const inReview = await db.stance.count({
      where: { deletedAt: null, quote: { status: "in_review", deletedAt: null, article: { deletedAt: null } } },
    });
    expect(await matchCount(page)).toBe((await countPublished()) + inReview);
    if (inReview > 0) expect(await page.getByText("In review", { exact: true }).count()).toBeGreaterThan(0);

    await page.goto("/explore?holderCountry=CN&dimension=instrument");
    const csv = await page.getByRole("link", { name: "CSV", exact: true }).getAttribute("href");
    expect(csv).toBe("/api/v1/stances/export?holderCountry=CN&dimension=instrument&format=csv");
    for (const name of ["JSON Lines", "GraphML, country–position network", "GraphML, country congruence network"]) {
      expect(await page.getByRole("link", { name }).getAttribute("href")).toMatch(
        /^\/api\/v1\/stances\/export\?holderCountry=CN&dimension=instrument&format=/,
      );
    }
    const response = await page.request.get(csv!);
    expect(response.status()).toBe(200);
    // What the file was made from travels in its name and headers; the file itself is the table, header first.
    expect(response.headers()["x-export-filter"]).toBe("dimension=instrument&holderCountry=CN");
    expect(response.headers()["content-disposition"]).toMatch(/stances_dimension-instrument_holderCountry-CN_/);
    const lines = (await response.text()).trim().split(/\r?\n/);
    expect(lines[0].split(",").slice(0, 3)).toEqual(["id", "status", "statedOn"]);
    await page.context().close();
  });

  it.each([
    ["/explore", 1280],
    ["/explore?holderCountry=CN&dimension=instrument", 1280],
    ["/explore", 390],
    ["/explore?holderCountry=CN&statedTo=1990-01-01", 390],
    ["/explore?holderCountry=ZZ", 390],
  ])("%s at %i px passes axe and does not scroll sideways", async (path, width) => {
    const page = await openPage(browser, { width, height: 900 });
    await page.goto(path);
    fs.mkdirSync("test-results", { recursive: true });
    if (width === 390 && path === "/explore")
      await page.screenshot({ path: "test-results/explore-390.png", fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(/\/explore$/);
    expect(
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Explore" }).getAttribute("href"),
    ).toBe("/explore");
    await page.context().close();
  });
});
