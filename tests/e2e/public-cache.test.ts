// Public pages are served from a cache, and a change made in the app refreshes them at once: a direct database
// edit (which bypasses the app) stays invisible while cached, and publishing through the admin page shows it.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { seedArticle } from "@/prisma/seed/articles";
import { launchBrowser, openPage, signIn } from "../support/browser";
import { createUser } from "../support/users";

let browser: Browser;
let db: PrismaClient;
let editor: { email: string; password: string };

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
  editor = await createUser(db, { role: "editor" });
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

async function publicTitle(page: Page, id: number): Promise<{ status: number; title: string | null }> {
  const response = await page.goto(`/articles/${id}`);
  return {
    status: response!.status(),
    title: response!.status() === 200 ? await page.getByRole("heading", { level: 1 }).textContent() : null,
  };
}

describe("public page cache", () => {
  it("serves cached pages until the record changes through the app, then refreshes them", async () => {
    const article = await seedArticle(db, {
      title: "Cached title",
      body: `Seoul and Washington discussed an end-of-war declaration. ${crypto.randomUUID()}`,
      publishedOn: "2021-10-27",
      status: "published",
    });
    const visitor = await openPage(browser);
    expect(await publicTitle(visitor, article.id)).toEqual({ status: 200, title: "Cached title" });

    // Behind the app's back: the cached page does not notice.
    await db.article.update({ where: { id: article.id }, data: { title: "Edited title" } });
    expect(await publicTitle(visitor, article.id)).toEqual({ status: 200, title: "Cached title" });

    // Through the app: unpublishing takes the page down for the next visitor, publishing brings it back fresh.
    const editorPage = await signIn(browser, editor);
    await editorPage.goto(`/admin/articles/${article.id}`);
    await editorPage.getByRole("button", { name: "Unpublish the article" }).click();
    await expect(
      editorPage.getByTestId("article-status").filter({ hasText: "Draft" }).waitFor(),
    ).resolves.toBeUndefined();
    expect(await publicTitle(visitor, article.id)).toEqual({ status: 404, title: null });

    await editorPage.getByRole("button", { name: "Publish the article" }).click();
    await expect(
      editorPage.getByTestId("article-status").filter({ hasText: "Published" }).waitFor(),
    ).resolves.toBeUndefined();
    expect(await publicTitle(visitor, article.id)).toEqual({ status: 200, title: "Edited title" });
  });
});
