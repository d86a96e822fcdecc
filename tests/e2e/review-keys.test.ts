// The review queue from the keyboard, in Chromium: j/k move, a approves and r returns with a comment without the
// page being loaded again, ? lists the keys, o opens the quote in the workspace; the queue pages by 50 and filters
// new work from corrections of published records.
import crypto from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { seedArticle } from "@/prisma/seed/articles";
import { seedQuote } from "@/prisma/seed/quotes";
import { launchBrowser, signIn } from "../support/browser";
import { createUser } from "../support/users";

const QUOTES = 53;

let browser: Browser;
let db: PrismaClient;
let reviewer: Page;
let articleId: number;
const quoteIds: number[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
  const author = await createUser(db, { role: "editor", name: "Queue author" });
  const second = await createUser(db, { role: "editor", name: "Queue reviewer" });
  const sentences = Array.from({ length: QUOTES }, (_, index) => `Statement number ${index + 1} calls for peace.`);
  const article = await seedArticle(db, {
    body: `Review queue article ${crypto.randomBytes(4).toString("hex")}\n\n${sentences.join("\n")}`,
    publishedOn: "2021-11-01",
  });
  articleId = article.id;
  for (const [index, text] of sentences.entries()) {
    const quote = await seedQuote(db, {
      articleId,
      text,
      speakerLabel: `source ${index + 1}`,
      speakerCountry: "KR",
      status: "in_review",
      authorId: author.id,
      submittedAt: new Date(Date.UTC(2021, 10, 2, 0, index)),
    });
    quoteIds.push(quote.id);
  }
  reviewer = await signIn(browser, second);
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

const focusedId = () => reviewer.evaluate(() => document.activeElement?.getAttribute("data-id") ?? null);

describe("review queue", () => {
  it("pages by 50, oldest first, and filters new work from corrections of published records", async () => {
    await reviewer.goto(`/admin/review?article=${articleId}`);
    await expect(reviewer.locator("[data-review-item]").count()).resolves.toBe(50);
    await reviewer.getByRole("link", { name: /^Next page/ }).click();
    await reviewer.waitForURL(/cursor=/);
    await expect(reviewer.locator("[data-review-item]").count()).resolves.toBe(QUOTES - 50);

    // New work only, or corrections of published records only (this article has none).
    await reviewer.goto(`/admin/review?article=${articleId}&revision=new`);
    await expect(reviewer.locator("[data-review-item]").count()).resolves.toBe(50);
    await reviewer.goto(`/admin/review?article=${articleId}&revision=revision`);
    await reviewer.getByText("Nothing waits for review.").waitFor();
    await expect(reviewer.locator("[data-review-item]").count()).resolves.toBe(0);
  });

  it("j/k move, a approves and r returns with a comment in place, o opens the quote", async () => {
    await reviewer.goto(`/admin/review?article=${articleId}`);
    await reviewer.locator("[data-review-item]").first().waitFor();
    // A full reload would lose this.
    await reviewer.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

    await reviewer.keyboard.press("j");
    await expect(focusedId()).resolves.toBe(String(quoteIds[0]));
    await reviewer.keyboard.press("j");
    await reviewer.keyboard.press("k");
    await expect(focusedId()).resolves.toBe(String(quoteIds[0]));

    await reviewer.keyboard.press("a");
    await reviewer.waitForFunction((id) => document.activeElement?.getAttribute("data-id") === String(id), quoteIds[1]);
    await expect(
      reviewer.locator(`[data-review-item][data-id="${quoteIds[0]}"]`).getAttribute("data-done"),
    ).resolves.toBe("Approved and published.");
    expect((await db.quote.findUniqueOrThrow({ where: { id: quoteIds[0] } })).status).toBe("published");

    await reviewer.keyboard.press("r");
    await reviewer.waitForFunction(() => (document.activeElement as HTMLTextAreaElement | null)?.name === "comment");
    await reviewer.keyboard.type("Name the source.");
    await reviewer.keyboard.press("Control+Enter");
    await reviewer.waitForFunction((id) => document.activeElement?.getAttribute("data-id") === String(id), quoteIds[2]);
    const returned = await db.quote.findUniqueOrThrow({ where: { id: quoteIds[1] } });
    expect([returned.status, returned.reviewComment]).toEqual(["returned", "Name the source."]);
    await expect(reviewer.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).resolves.toBe(true);

    await reviewer.keyboard.press("?");
    const keys = reviewer.getByRole("dialog", { name: "Keyboard shortcuts" });
    await keys.getByText("j / k", { exact: true }).waitFor();
    await reviewer.keyboard.press("Escape");
    await keys.waitFor({ state: "hidden" });
    await expect(focusedId()).resolves.toBe(String(quoteIds[2]));

    await reviewer.keyboard.press("o");
    await reviewer.waitForURL((url) => url.pathname.endsWith("/annotate") && url.search === `?quote=${quoteIds[2]}`);
    await reviewer.getByTestId("quote-panel").waitFor();
    await expect(reviewer.getByTestId("quote-panel").getByRole("heading").textContent()).resolves.toBe(
      `Quote #${quoteIds[2]}`,
    );
  });

  it("an approval by key reaches the public pages and opens its possible shift after its answer", async () => {
    // A country with no record on the dimension: the approved quote opens a possible shift for it.
    const code = Array.from(crypto.randomBytes(3), (byte) => String.fromCharCode(65 + (byte % 26))).join("");
    await db.country.create({ data: { code, name: `Land ${code}`, shortName: code } });
    const article = await seedArticle(db, {
      body: `Published review article ${crypto.randomBytes(4).toString("hex")}\n\nThe land wants a declaration first.`,
      publishedOn: "2021-11-03",
      status: "published",
    });
    const quote = await seedQuote(db, {
      articleId: article.id,
      text: "The land wants a declaration first.",
      speakerLabel: "a minister",
      speakerCountry: code,
      status: "in_review",
      authorId: (await createUser(db, { role: "editor" })).id,
      submittedAt: new Date(),
      stances: [{ dimension: "instrument", position: "declaration", holder: code }],
    });
    const visitor = await browser.newPage({ baseURL: inject("baseUrl") });
    expect((await visitor.goto(`/quotes/${quote.id}`))?.status()).toBe(404);

    await reviewer.goto(`/admin/review?article=${article.id}`);
    const item = reviewer.locator(`[data-review-item][data-id="${quote.id}"]`);
    await item.waitFor();
    await expect
      .poll(
        async () => {
          if ((await focusedId()) !== String(quote.id)) await reviewer.keyboard.press("j");
          return focusedId();
        },
        { timeout: 30_000, interval: 250 },
      )
      .toBe(String(quote.id));
    await reviewer.keyboard.press("a");
    await reviewer.waitForFunction(
      (id) => document.querySelector(`[data-review-item][data-id="${id}"]`)?.hasAttribute("data-done"),
      quote.id,
    );

    // Both happen once the answer is out; neither waits for the cache's 30 s.
    await expect
      .poll(async () => (await visitor.goto(`/quotes/${quote.id}`))?.status(), { timeout: 20_000, interval: 250 })
      .toBe(200);
    await expect(visitor.getByText("The land wants a declaration first.").first().isVisible()).resolves.toBe(true);
    await expect
      .poll(() => db.possibleShift.count({ where: { quoteId: quote.id } }), { timeout: 20_000, interval: 250 })
      .toBe(1);
    expect(await db.shiftCheckDue.count({ where: { quoteId: quote.id } })).toBe(0);
    await visitor.close();
  });

  it("a stale item says so and stays; nothing is marked done", async () => {
    await reviewer.goto(`/admin/review?article=${articleId}`);
    await reviewer.locator("[data-review-item]").first().waitFor();
    const first = await reviewer.locator("[data-review-item]").first().getAttribute("data-id");
    // Another editor changes it after the page was shown.
    await db.quote.update({ where: { id: Number(first) }, data: { version: { increment: 1 } } });
    // A key pressed before the page's script has hydrated goes nowhere: press j until the first item has the focus.
    await expect
      .poll(
        async () => {
          if ((await focusedId()) !== first) await reviewer.keyboard.press("j");
          return focusedId();
        },
        { timeout: 30_000, interval: 250 },
      )
      .toBe(first);
    await reviewer.keyboard.press("a");
    await reviewer
      .getByRole("alert")
      .filter({ hasText: /changed|version|since/i })
      .first()
      .waitFor();
    await expect(reviewer.locator(`[data-review-item][data-id="${first}"]`).getAttribute("data-done")).resolves.toBe(
      null,
    );
  });
});
