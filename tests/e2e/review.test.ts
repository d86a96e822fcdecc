// The whole path of a record, in Chromium: an editor imports an article from an .html file, marks three quotes in
// the workspace (one by mouse, two by keyboard only), codes them and submits them for review; a second editor
// returns one with a comment, approves the others and publishes the article; the public article page highlights
// exactly the approved quotes.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { launchBrowser, openPage, signIn } from "../support/browser";
import { createUser } from "../support/users";
import {
  chooseSpeaker,
  codeWithKey,
  findWithKeys,
  openWorkspace,
  saveWithKeys,
  selectByMouse,
  submitForReview,
} from "../support/workspace";

let browser: Browser;
let db: PrismaClient;
const editors: { id: string; email: string; password: string }[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
  for (const name of ["importer", "reviewer"]) editors.push(await createUser(db, { role: "editor", name }));
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

describe("import, review and publish", () => {
  it("goes from an uploaded .html file to a public page with exactly the approved quotes", async () => {
    const importer = await signIn(browser, editors[0]);
    await importer.goto("/admin/articles/new");
    await importer.getByLabel("Date of the article").fill("2021-12-03");
    await importer.getByLabel("Outlet (pick one or type a new name)").fill("E2E Times");
    await importer
      .getByLabel(/upload a \.txt, \.md or \.html file/)
      .setInputFiles("tests/fixtures/import/article.html");
    await importer.getByRole("button", { name: "Import", exact: true }).click();
    await importer.waitForURL(/\/admin\/articles\/\d+/);
    const articleId = Number(importer.url().match(/articles\/(\d+)/)![1]);
    await expect(importer.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "China backs end-of-war declaration",
    );
    const body = (await db.article.findUniqueOrThrow({ where: { id: articleId } })).body;
    expect(body).not.toMatch(/<|alert|script/);
    await importer.context().close();

    // The importer marks three quotes in the workspace — one by mouse, two by keyboard only — codes them and
    // submits them for review.
    const annotator = await signIn(browser, editors[0]);
    await openWorkspace(annotator, articleId);
    await selectByMouse(annotator, "North Korea would reject any proposal");
    await annotator.keyboard.press("q");
    await annotator.getByLabel("Or an unnamed speaker").fill("The North Korean government");
    await annotator.getByLabel("Speaker’s country").selectOption({ label: "N. Korea (KP)" });
    await annotator.getByLabel("Attribution").selectOption("reported");
    await annotator.getByRole("button", { name: /^Save Ctrl\+Enter/ }).click();
    await annotator.getByTestId("quote-panel").waitFor({ state: "detached" });

    await annotator.locator("#article-text").focus();
    await findWithKeys(annotator, "Yang Jiechi said China supports");
    await annotator.keyboard.press("q");
    await chooseSpeaker(annotator, "Yang Jiechi");
    await codeWithKey(annotator, "instrument", "1");
    await saveWithKeys(annotator);

    await findWithKeys(annotator, "somewhat different perspectives");
    await annotator.keyboard.press("q");
    await chooseSpeaker(annotator, "Jake Sullivan");
    await codeWithKey(annotator, "sequencing", "5");
    await saveWithKeys(annotator);

    const saved = await db.quote.findMany({ where: { articleId, deletedAt: null }, orderBy: { startOffset: "asc" } });
    expect(saved.map((quote) => [quote.text, quote.authorId, quote.status])).toEqual([
      ["Yang Jiechi said China supports", editors[0].id, "draft"],
      ["North Korea would reject any proposal", editors[0].id, "draft"],
      ["somewhat different perspectives", editors[0].id, "draft"],
    ]);
    for (const quote of saved) await submitForReview(annotator, quote.id);
    await annotator.context().close();
    const [yang, north, sullivan] = saved;
    expect(await db.quote.count({ where: { articleId, status: "in_review" } })).toBe(3);

    const reviewer = await signIn(browser, editors[1]);
    await reviewer.goto(`/admin/review?article=${articleId}`);
    const returned = reviewer.getByRole("form", { name: `Return quote ${north.id}` });
    await returned.getByLabel("Comment for the author").fill("The speaker is North Korea, not China.");
    await returned.getByRole("button", { name: "Return" }).click();
    // Handled items leave the queue, so their forms go away.
    await returned.waitFor({ state: "detached" });
    for (const id of [yang.id, sullivan.id]) {
      const form = reviewer.getByRole("form", { name: `Approve quote ${id}` });
      await form.getByRole("button", { name: "Approve" }).click();
      await form.waitFor({ state: "detached" });
    }
    await reviewer.goto(`/admin/articles/${articleId}`);
    await reviewer.getByRole("button", { name: "Publish the article" }).click();
    await reviewer.getByRole("status").waitFor();
    await reviewer.reload();
    await expect(reviewer.getByTestId("article-status").textContent()).resolves.toBe("Published");
    await reviewer.context().close();

    expect(await db.quote.findUniqueOrThrow({ where: { id: north.id } })).toMatchObject({
      status: "returned",
      reviewComment: "The speaker is North Korea, not China.",
    });

    const visitor = await openPage(browser);
    await visitor.goto(`/articles/${articleId}`);
    const marked = await visitor.locator("mark[id^='quote-']").evaluateAll((marks) => marks.map((mark) => mark.id));
    expect(marked.sort()).toEqual([`quote-${yang.id}`, `quote-${sullivan.id}`].sort());
    await visitor.context().close();
  });
});
