// Suggestions in the annotation workspace, by keyboard only (#17): on opening an article the engine's
// suggestions appear as ghost highlights and in a list; Enter accepts the focused one as a draft quote with
// everything filled in, Delete rejects one (it does not come back after a reload), e opens one in the quote
// panel to change it first. Each quote records where it came from.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { hashPassword } from "@/lib/auth/password";
import { seedArticle } from "@/prisma/seed/articles";
import { launchBrowser, signIn } from "../support/browser";
import { openWorkspace } from "../support/workspace";

const PASSWORD = "suggestions e2e password";
const CHUNG = "We support an end-of-war declaration as a way to restart denuclearization talks with North Korea";
const WANG = "China supports the push for an end-of-war declaration on the peninsula";
const SOURCE = "Beijing favors a peace treaty instead, because only a treaty would be legally binding.";
const BODY = [
  "Seoul and Beijing weigh a declaration ending the Korean War",
  `“${CHUNG},” Chung Eui-yong said on Tuesday.`,
  `“${WANG},” Wang Yi said on Monday.`,
  `A senior Chinese official said that ${SOURCE}`,
].join("\n\n");

let browser: Browser;
let db: PrismaClient;
let articleId: number;
let email: string;

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"));
  email = `suggestions-${Date.now()}@example.org`;
  await db.user.create({
    data: { email, name: "Suggesting editor", role: "editor", passwordHash: await hashPassword(PASSWORD) },
  });
  articleId = (await seedArticle(db, { body: BODY, publishedOn: "2021-10-28" })).id;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

async function suggestionsList(page: Page) {
  const list = page.getByRole("listbox", { name: "Suggestions" });
  await list.focus();
  return list;
}

const heading = (page: Page, count: number) => page.getByRole("heading", { name: `Suggestions (${count})` }).waitFor();
const toast = (page: Page) => page.getByTestId("toast").textContent();

describe("suggestions in the workspace", () => {
  it("accepts, rejects and edits suggestions from the keyboard, and a rejected one does not come back", async () => {
    const page = await signIn(browser, { email, password: PASSWORD });
    await openWorkspace(page, articleId);
    await heading(page, 3);
    // Ghost highlights in the text, one of them focused.
    await expect(page.locator("[data-suggestion]").count()).resolves.toBeGreaterThanOrEqual(3);
    await expect(page.locator("[data-focused-suggestion]").first().textContent()).resolves.toContain("We support");

    // Enter: Chung's quote becomes a draft quote with everything filled in.
    await suggestionsList(page);
    await page.keyboard.press("Enter");
    await heading(page, 2);
    await expect(toast(page)).resolves.toContain("Accepted as a draft quote");
    const chung = await db.quote.findFirstOrThrow({
      where: { articleId, text: CHUNG },
      select: {
        id: true,
        status: true,
        origin: true,
        attribution: true,
        statedOn: true,
        speaker: { select: { name: true } },
      },
    });
    expect(chung).toMatchObject({
      status: "draft",
      origin: "suggestion",
      attribution: "on_record",
      speaker: { name: "Chung Eui-yong" },
    });
    expect(chung.statedOn.toISOString().slice(0, 10)).toBe("2021-10-26");
    await page.locator(`mark[data-quote-ids~="${chung.id}"]`).first().waitFor();

    // n moves to the unnamed source's statement; Delete rejects it.
    await page.keyboard.press("n");
    await expect(page.locator("[data-focused-suggestion]").first().textContent()).resolves.toContain("Beijing favors");
    await page.keyboard.press("Delete");
    await heading(page, 1);
    await expect(toast(page)).resolves.toContain("will not be proposed again");
    await expect(db.rejectedSuggestion.count({ where: { articleId, text: SOURCE } })).resolves.toBe(1);

    // e opens Wang's suggestion in the quote panel; the editor changes the attribution and saves.
    await page.keyboard.press("e");
    await page.getByTestId("quote-panel").waitFor();
    await expect(page.getByTestId("panel-quote-text").textContent()).resolves.toBe(WANG);
    await page.getByLabel("Attribution").selectOption("official_statement");
    await page.keyboard.press("Control+Enter");
    await page.getByTestId("quote-panel").waitFor({ state: "detached" });
    await heading(page, 0);
    const wang = await db.quote.findFirstOrThrow({
      where: { articleId, text: WANG },
      select: { origin: true, status: true },
    });
    expect(wang).toEqual({ origin: "suggestion_edited", status: "draft" });

    // After a reload: the rejected suggestion stays away, the accepted ones are quotes.
    await openWorkspace(page, articleId);
    await heading(page, 0);
    await expect(page.locator("[data-suggestion]").count()).resolves.toBe(0);
    await page.close();
  });
});
