// Public pages are served from a cache, and a change made in the app refreshes them at once: a direct database
// edit (which bypasses the app) stays invisible while cached, and publishing through the admin page shows it.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { hashPassword } from "@/lib/auth/password";
import { seedArticle } from "@/prisma/seed/articles";
import { launchBrowser, openPage } from "../support/browser";

const PASSWORD = "cache test password 1";
let browser: Browser;
let db: PrismaClient;
let editorEmail: string;

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
  editorEmail = `cache-editor-${Date.now()}@example.org`;
  await db.user.create({ data: { email: editorEmail, name: "Cache editor", role: "editor", passwordHash: await hashPassword(PASSWORD) } });
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

async function signIn(email: string): Promise<Page> {
  const page = await openPage(browser);
  await page.goto("/sign-in?callbackUrl=/admin");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/admin");
  return page;
}

async function publicTitle(page: Page, id: number): Promise<{ status: number; title: string | null }> {
  const response = await page.goto(`/articles/${id}`);
  return { status: response!.status(), title: response!.status() === 200 ? await page.getByRole("heading", { level: 1 }).textContent() : null };
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
    const editor = await signIn(editorEmail);
    await editor.goto(`/admin/articles/${article.id}`);
    await editor.getByRole("button", { name: "Unpublish the article" }).click();
    await expect(editor.getByTestId("article-status").filter({ hasText: "Draft" }).waitFor()).resolves.toBeUndefined();
    expect(await publicTitle(visitor, article.id)).toEqual({ status: 404, title: null });

    await editor.getByRole("button", { name: "Publish the article" }).click();
    await expect(editor.getByTestId("article-status").filter({ hasText: "Published" }).waitFor()).resolves.toBeUndefined();
    expect(await publicTitle(visitor, article.id)).toEqual({ status: 200, title: "Edited title" });
  });
});
