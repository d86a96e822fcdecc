// A newcomer's first look: the app answers on its own database, with the demo corpus loaded.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { launchBrowser, openPage } from "../support/browser";
import corpus from "@/prisma/seed/corpus/articles.json";

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

describe("the app on a fresh database", () => {
  it("reports itself healthy at /api/health", async () => {
    const response = await fetch(`${inject("baseUrl")}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up", migrations: "current" });
  });

  // The browser tests share one app, and other files publish articles of their own; so the home page is checked
  // against the newest published articles, and each demo article on its own public page.
  it("publishes the five demo articles, and the home page lists the newest published ones", async () => {
    const page = await openPage(browser);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Ending the Korean War");
    const newest = await db.article.findFirstOrThrow({
      where: { status: "published", deletedAt: null },
      orderBy: [{ publishedOn: "desc" }, { id: "desc" }],
      select: { title: true },
    });
    expect(await page.getByText(newest.title, { exact: true }).count()).toBeGreaterThanOrEqual(1);

    for (const article of corpus) {
      const stored = await db.article.findFirstOrThrow({
        where: { title: article.title, status: "published", deletedAt: null },
        select: { id: true },
      });
      await page.goto(`/articles/${stored.id}`);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(article.title);
    }
    await page.context().close();
  });
});
