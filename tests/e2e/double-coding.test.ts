// Double coding in Chromium, end to end: an admin assigns an article to two editors (bad input first), each codes
// it blind and submits, the disagreement shows on the agreement pages, a third editor curates it, a reviewer
// approves the final quote and publishes the article.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { launchBrowser, openPage, signIn } from "../support/browser";
import { createUser } from "../support/users";
import { chooseSpeaker, codeWithKey, findWithKeys, openWorkspace, saveWithKeys } from "../support/workspace";
import { QUOTED, createSpeedArticle } from "../support/speed-article";

let browser: Browser;
let db: PrismaClient;
type User = Awaited<ReturnType<typeof createUser>>;
let admin: User;
let coderA: User;
let coderB: User;
let curator: User;
let article: { id: number; body: string };

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
  admin = await createUser(db, { role: "admin", name: "Double admin" });
  coderA = await createUser(db, { role: "editor", name: "Coder Ann" });
  coderB = await createUser(db, { role: "editor", name: "Coder Ben" });
  curator = await createUser(db, { role: "editor", name: "Curator Cy" });
  article = await createSpeedArticle(db);
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

/** One coder marks the quoted words, names the speaker, codes the instrument with `key`, and submits the coding. */
async function codeAndSubmit(coder: User, key: string): Promise<void> {
  const page = await signIn(browser, coder);
  await openWorkspace(page, article.id);
  await expect(page.getByTestId("coding-banner").textContent()).resolves.toMatch(/You are coder [AB] of this article/);
  // Blind: the other coder's quote is not in the text.
  await expect(page.locator("mark[data-quote-ids]").count()).resolves.toBe(0);
  await page.locator("#article-text").focus();
  await findWithKeys(page, QUOTED);
  await page.keyboard.press("q");
  await chooseSpeaker(page, "Chung Eui-yong");
  await codeWithKey(page, "instrument", key);
  await saveWithKeys(page);
  await page.getByRole("button", { name: "Submit my coding" }).click();
  // The page refreshes: the banner now says so, and the button is gone.
  await page
    .getByTestId("coding-banner")
    .filter({ hasText: /You submitted your coding|Both coders have submitted/ })
    .waitFor();
  await page.context().close();
}

describe("double coding → agreement → curation → publication", () => {
  it("goes from an assignment to a published, curated quote, with clear messages on bad input", async () => {
    const page = await signIn(browser, admin);
    await page.goto("/admin/double-coding");
    const rate = page.getByRole("form", { name: "Sampling rate" });
    await rate.getByLabel(/Share of newly imported articles/).fill("150");
    await rate.getByRole("button", { name: "Save rate" }).click();
    await rate.getByText("The sampling rate cannot be above 100 %.").waitFor();

    const assign = page.getByRole("form", { name: "Assign an article" });
    await assign.getByLabel("Article number").fill(String(article.id));
    await assign.getByLabel("Coder A", { exact: true }).selectOption({ label: "Coder Ann" });
    await assign.getByLabel("Coder B", { exact: true }).selectOption({ label: "Coder Ann" });
    await assign.getByRole("button", { name: "Assign to two coders" }).click();
    await assign.getByText("Choose two different editors: one editor cannot code the same article twice.").waitFor();
    // The form starts afresh after each answer, as forms with actions do.
    await assign.getByLabel("Article number").fill(String(article.id));
    await assign.getByLabel("Coder A", { exact: true }).selectOption({ label: "Coder Ann" });
    await assign.getByLabel("Coder B", { exact: true }).selectOption({ label: "Coder Ben" });
    await assign.getByRole("button", { name: "Assign to two coders" }).click();
    await assign
      .getByRole("status")
      .filter({ hasText: `Article ${article.id} is assigned` })
      .waitFor();
    await page.context().close();

    await codeAndSubmit(coderA, "1");
    await codeAndSubmit(coderB, "2");

    // The agreement page shows the instrument disagreement; the drill-down shows both codings side by side.
    const reader = await signIn(browser, curator);
    await reader.goto("/admin/agreement");
    const instrument = reader.getByTestId("agreement-position:instrument").first();
    await expect(instrument.locator("td").nth(4).textContent()).resolves.toBe("1");
    await instrument.getByRole("link", { name: "1" }).click();
    await reader.waitForURL(/\/admin\/agreement\/disagreements/);
    const unit = reader.getByTestId("disagreement").first();
    await expect(unit.getByTestId("coding-Coder A").textContent()).resolves.toContain(QUOTED);
    await expect(unit.getByTestId("coding-Coder B").textContent()).resolves.toContain(QUOTED);

    // Curation: the curator takes B's coding and sends it for review.
    await unit.getByRole("link").first().click();
    await reader.waitForURL(/\/admin\/double-coding\/\d+$/);
    await expect(reader.getByTestId("unit-differs").first().textContent()).resolves.toContain("position:instrument");
    await reader.getByRole("button", { name: "Take B's" }).click();
    await reader.getByTestId("unit-final").waitFor();
    const final = await db.quote.findFirstOrThrow({ where: { articleId: article.id, codingId: null } });
    expect(final).toMatchObject({ authorId: curator.id, status: "draft", text: QUOTED });
    await reader
      .getByRole("form", { name: `Submit quote ${final.id}` })
      .getByRole("button")
      .click();
    await reader.getByTestId(`final-${final.id}`).getByText("in review").waitFor();
    await reader.context().close();

    // A coder may look, but not curate their own coding.
    const coderPage = await signIn(browser, coderA);
    const codingId = (await db.doubleCoding.findUniqueOrThrow({ where: { articleId: article.id } })).id;
    await coderPage.goto(`/admin/double-coding/${codingId}`);
    await coderPage.getByText("You coded one side, so you cannot curate this article.").waitFor();
    await expect(coderPage.getByRole("button", { name: /^Take/ }).count()).resolves.toBe(0);
    await coderPage.context().close();

    // Review and publication, as for any quote.
    const reviewer = await signIn(browser, admin);
    await reviewer.goto(`/admin/review?article=${article.id}`);
    const approve = reviewer.getByRole("form", { name: `Approve quote ${final.id}` });
    await approve.getByRole("button", { name: "Approve" }).click();
    await approve.waitFor({ state: "detached" });
    await reviewer.goto(`/admin/articles/${article.id}`);
    await reviewer.getByRole("button", { name: "Publish the article" }).click();
    await reviewer.getByRole("status").waitFor();
    await reviewer.context().close();

    const visitor = await openPage(browser);
    await visitor.goto(`/articles/${article.id}`);
    const marked = await visitor.locator("mark[id^='quote-']").evaluateAll((marks) => marks.map((mark) => mark.id));
    expect(marked).toEqual([`quote-${final.id}`]);
    await visitor.goto("/reliability");
    const publicRow = visitor.getByTestId("agreement-position:instrument").first();
    await expect(publicRow.locator("td").nth(4).textContent()).resolves.toBe("1");
    await expect(visitor.locator("main").textContent()).resolves.not.toMatch(/Coder Ann|Coder Ben/);
    await visitor.context().close();
  });
});
