// A newcomer's first look: the app answers on its own database, with the demo corpus loaded.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openPage } from "../support/browser";
import corpus from "@/prisma/seed/corpus/articles.json";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the app on a fresh database", () => {
  it("reports itself healthy at /api/health", async () => {
    const response = await fetch(`${inject("baseUrl")}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up", migrations: "current" });
  });

  it("shows the five demo articles on the home page", async () => {
    const page = await openPage(browser);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Ending the Korean War");
    for (const article of corpus) {
      expect(await page.getByText(article.title, { exact: true }).count()).toBe(1);
    }
    await page.context().close();
  });
});
