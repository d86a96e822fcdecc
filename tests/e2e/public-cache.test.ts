// Public pages are rendered once and served from a cache, and a change made in the app refreshes them at once: a
// direct database edit (which bypasses the app) stays invisible while cached, and publishing or taking down through
// the admin pages shows on the cached pages for the next visitor. Anonymous visitors get pages a shared cache (CDN)
// may keep (`s-maxage`); nothing a signed-in person is served may be kept by one (`private, no-store`).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { seedArticle } from "@/prisma/seed/articles";
import { seedPerson } from "@/prisma/seed/people";
import { seedQuote } from "@/prisma/seed/quotes";
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

  it("a publish and a takedown in the admin pages show at once on the cached home, article and quote pages", async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    const words = `Cache check ${tag} wants an end-of-war declaration first`;
    const speaker = `Cachename${tag} Kim`;
    await seedPerson(db, { name: speaker, roles: [{ country: "KR", title: "Spokesperson", startsOn: "2017-05-10" }] });
    const article = await seedArticle(db, {
      title: `Cache takedown ${words}`,
      body: `${words}, the spokesperson said.`,
      publishedOn: new Date().toISOString().slice(0, 10),
      status: "draft",
    });
    const quote = await seedQuote(db, {
      articleId: article.id,
      text: words,
      speakerId: (await db.person.findFirstOrThrow({ where: { name: speaker } })).id,
      statedOn: new Date().toISOString().slice(0, 10),
      status: "published",
      stances: [{ dimension: "instrument", position: "declaration" }],
    });
    const visitor = await openPage(browser);
    const shows = async () => ({
      home: ((await (await visitor.goto("/"))!.text()) ?? "").includes(words),
      article: (await visitor.goto(`/articles/${article.id}`))!.status(),
      quote: (await visitor.goto(`/quotes/${quote.id}`))!.status(),
    });
    expect(await shows()).toEqual({ home: false, article: 404, quote: 404 });
    expect(await shows()).toEqual({ home: false, article: 404, quote: 404 }); // now from the cache

    const editorPage = await signIn(browser, editor);
    await editorPage.goto(`/admin/articles/${article.id}`);
    await editorPage.getByRole("button", { name: "Publish the article" }).click();
    await editorPage.getByTestId("article-status").filter({ hasText: "Published" }).waitFor();
    expect(await shows()).toEqual({ home: true, article: 200, quote: 200 });

    await editorPage.getByRole("textbox", { name: "Reason (legal or safety)" }).fill("Court order (test)");
    await editorPage.getByRole("button", { name: "Take down now" }).click();
    await editorPage.getByTestId("article-status").filter({ hasText: "Draft" }).waitFor();
    expect(await shows()).toEqual({ home: false, article: 404, quote: 404 });
  });

  it("anonymous visitors get shareable cached pages; signed-in responses are private", async () => {
    const base = inject("baseUrl");
    const quote = await db.quote.findFirstOrThrow({
      where: { status: "published", deletedAt: null, article: { status: "published", deletedAt: null } },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    const person = await db.person.findFirstOrThrow({
      where: { quotes: { some: { status: "published", article: { status: "published" } } }, deletedAt: null },
      select: { slug: true },
    });
    const anonymous = async (path: string) => {
      const response = await fetch(`${base}${path}`, { redirect: "manual" });
      await response.arrayBuffer();
      return { status: response.status, cacheControl: response.headers.get("cache-control") ?? "" };
    };
    for (const path of [
      "/",
      "/countries/KR",
      `/quotes/${quote.id}`,
      "/explore",
      `/people/${person.slug}`,
      "/codebook",
    ]) {
      const first = await anonymous(path);
      expect(first.status, path).toBe(200);
      expect(first.cacheControl, path).toMatch(/^s-maxage=30, stale-while-revalidate=\d+$/);
      const again = await fetch(`${base}${path}`);
      await again.arrayBuffer();
      expect(again.headers.get("x-nextjs-cache"), path).toBe("HIT");
    }
    // A filtered view is rendered per request and not shared.
    expect((await anonymous("/explore?holderCountry=KR")).cacheControl).toMatch(/private/);

    const editorPage = await signIn(browser, editor);
    const cookie = (await editorPage.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const signedIn = async (path: string) => {
      const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
      return {
        status: response.status,
        cacheControl: response.headers.get("cache-control") ?? "",
        body: await response.text(),
      };
    };
    for (const path of ["/admin", "/explore", "/explore?holderCountry=KR", "/admin/review"]) {
      const response = await signedIn(path);
      expect(response.status, path).toBe(200);
      expect(response.cacheControl, path).toMatch(/private/);
      expect(response.cacheControl, path).toMatch(/no-store/);
      expect(response.cacheControl, path).not.toMatch(/s-maxage/);
    }
    // The signed-in explorer is their own (records in review marked), never the anonymous cached copy.
    expect((await signedIn("/explore")).body).toContain("you also see records");
    expect(await anonymous("/explore/unfiltered")).toEqual({ status: 308, cacheControl: expect.any(String) });
  });
});
