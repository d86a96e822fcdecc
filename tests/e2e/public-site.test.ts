// The public site in Chromium on the demo data: every page type renders what it promises, carries its metadata,
// fits a 390-px phone (screenshots in test-results/), and has no serious or critical axe-core violations.
import fs from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { launchBrowser, openPage } from "../support/browser";

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
let db: PrismaClient;
let chosunId: number;
let yangQuoteId: number;
let chosunPublishedQuotes: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
  const chosun = await db.article.findFirstOrThrow({
    where: { title: { startsWith: "Behind-the-Scenes" } },
    select: { id: true },
  });
  chosunId = chosun.id;
  chosunPublishedQuotes = (
    await db.quote.findMany({
      where: { articleId: chosunId, status: "published", deletedAt: null },
      orderBy: { startOffset: "asc" },
      select: { text: true },
    })
  ).map((quote) => quote.text);
  yangQuoteId = (
    await db.quote.findFirstOrThrow({
      where: { text: { startsWith: "China supports “the push" } },
      select: { id: true },
    })
  ).id;
});

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

/** Every page type, with something each must show. */
function pageTypes(): { name: string; path: () => string; check: (page: Page) => Promise<void> }[] {
  return [
    {
      name: "home",
      path: () => "/",
      check: async (page) => {
        const matrix = page.getByRole("table").first();
        const china = matrix.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "China" }) });
        await expect(china.textContent()).resolves.toContain("End-of-war declaration");
        expect(await page.getByRole("heading", { name: "Latest statements" }).count()).toBe(1);
        expect(await page.locator("svg[role=img] title", { hasText: "statements by country" }).count()).toBe(1);
      },
    },
    {
      name: "countries",
      path: () => "/countries",
      check: async (page) => expect(await page.getByRole("link", { name: "North Korea" }).count()).toBe(1),
    },
    {
      name: "country",
      path: () => "/countries/cn",
      check: async (page) => {
        const shifts = await page.getByText("Shifts").locator("..").textContent();
        expect(shifts).toContain("Peace treaty → End-of-war declaration");
        expect(await page.getByRole("heading", { name: "Statements by China" }).count()).toBe(1);
        expect(await page.getByRole("heading", { name: "What others say of China's position" }).count()).toBe(1);
      },
    },
    {
      name: "people",
      path: () => "/people",
      check: async (page) => expect(await page.getByRole("link", { name: "Yang Jiechi" }).count()).toBe(1),
    },
    {
      name: "person",
      path: () => "/people/yang-jiechi",
      check: async (page) => {
        await expect(page.getByRole("heading", { name: "Roles over time" }).count()).resolves.toBe(1);
        expect(await page.getByText("Member of the Politburo").count()).toBeGreaterThan(0);
      },
    },
    {
      name: "articles",
      path: () => "/articles",
      check: async (page) => expect(await page.getByRole("listitem").count()).toBeGreaterThanOrEqual(5),
    },
    {
      name: "article",
      path: () => `/articles/${chosunId}`,
      check: async (page) => {
        // Each published quote is one highlight (none overlap in the demo) with exactly its text; the quote in
        // review is not highlighted.
        expect(await page.locator("article mark").allTextContents()).toEqual(chosunPublishedQuotes);
        expect(await page.locator("article mark", { hasText: "China is concerned" }).count()).toBe(0);
        expect(await page.locator("#quote-notes").count()).toBe(1);
      },
    },
    {
      name: "quote",
      path: () => `/quotes/${yangQuoteId}`,
      check: async (page) => {
        expect(await page.locator("blockquote mark").textContent()).toContain("China supports");
        const body = await page.locator("main").textContent();
        expect(body).toContain("Director of the Office of the Central Foreign Affairs Commission");
        expect(body).toContain(`@misc{stance-quote-${yangQuoteId}-v1,`);
        expect(body).toContain("South China Morning Post");
      },
    },
    {
      name: "position",
      path: () => "/positions/instrument/treaty",
      check: async (page) => {
        expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("Peace treaty");
        expect(await page.getByRole("link", { name: "China" }).count()).toBeGreaterThan(0);
      },
    },
    {
      name: "codebook",
      path: () => "/codebook",
      check: async (page) => expect(await page.getByRole("link", { name: "Action for action" }).count()).toBe(1),
    },
    {
      name: "search",
      path: () => "/search?q=Yang+Jeichi",
      check: async (page) => {
        const people = page.getByRole("region", { name: "People" });
        expect(await people.getByRole("link").first().textContent()).toBe("Yang Jiechi");
      },
    },
  ];
}

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

describe("public pages on a desktop", () => {
  for (const type of pageTypes()) {
    it(`${type.name} shows its content, metadata, and passes axe`, async () => {
      const page = await openPage(browser);
      const response = await page.goto(type.path());
      expect(response?.status()).toBe(200);
      await type.check(page);
      expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
      expect(await page.title()).not.toBe("");
      // A sentence a search result or a shared link can show, not an empty tag.
      expect(await page.locator('meta[name="description"]').getAttribute("content")).toMatch(/\w+ \w+ \w+/);
      expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toMatch(/\w/);
      expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(/^https?:\/\//);
      expect(await page.getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe("/sign-in");
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    });
  }
});

describe("public pages on a 390-px phone", () => {
  for (const type of pageTypes()) {
    it(`${type.name} fits without sideways scrolling`, async () => {
      const page = await openPage(browser, { width: 390, height: 844 });
      await page.goto(type.path());
      fs.mkdirSync("test-results", { recursive: true });
      await page.screenshot({ path: `test-results/public-${type.name}-390.png`, fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    });
  }
});

describe("records that are not published, or do not exist", () => {
  it.each([
    "/quotes/999999",
    "/quotes/abc",
    "/articles/0",
    "/people/nobody-at-all",
    "/countries/zz",
    "/positions/instrument/nothing",
  ])("%s answers 404", async (path) => {
    const response = await fetch(`${inject("baseUrl")}${path}`);
    expect(response.status).toBe(404);
  });
});

describe("feed, sitemap and robots", () => {
  it("serve an Atom feed of published quotes", async () => {
    const response = await fetch(`${inject("baseUrl")}/feed.xml`);
    expect(response.headers.get("content-type")).toContain("application/atom+xml");
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain(`/quotes/${yangQuoteId}`);
  });

  it("list every published quote in the sitemap, and point robots to it", async () => {
    const sitemap = await (await fetch(`${inject("baseUrl")}/sitemap.xml`)).text();
    const published = await db.quote.findMany({
      where: { status: "published", deletedAt: null, article: { status: "published", deletedAt: null } },
      select: { id: true },
    });
    for (const { id } of published) expect(sitemap).toContain(`/quotes/${id}</loc>`);
    const robots = await (await fetch(`${inject("baseUrl")}/robots.txt`)).text();
    expect(robots).toContain("Sitemap:");
    expect(robots).toContain("Disallow: /admin");
  });
});
