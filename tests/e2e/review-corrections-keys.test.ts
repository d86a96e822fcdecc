// Corrections of published records in the review queue, from the keyboard only (issue #14): the same j/k/a/r/o keys
// as new work, decided in place without the page being loaded again, with a visible focus; a body correction's
// orphaned quote is decided with the arrow keys and Space before Ctrl+Enter approves it.
import crypto from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { seedArticle } from "@/prisma/seed/articles";
import { seedQuote } from "@/prisma/seed/quotes";
import { launchBrowser, signIn } from "../support/browser";
import { quoteEdit } from "../support/quote-edit";
import { createUser } from "../support/users";

// The corrections are made through lib, as the workspace's actions make them; lib's one client reads DATABASE_URL.
process.env.DATABASE_URL = inject("databaseUrl");
const { saveQuote } = await import("@/lib/quotes/save-quote");
const { updateArticleBody } = await import("@/lib/articles/update-body");
const { submitRevision } = await import("@/lib/review/revisions");

let browser: Browser;
let db: PrismaClient;
let reviewer: Page;
let editorB: SessionUser & { password: string };
const revisionIds: number[] = [];
let orphanId: number;
let returnedQuoteId: number;
let articleIdOfBody: number;

async function publishedQuote(author: SessionUser, text: string, body: string) {
  const article = await seedArticle(db, {
    body,
    title: "Queue correction",
    publishedOn: "2021-10-27",
    status: "published",
  });
  const { id } = await seedQuote(db, {
    articleId: article.id,
    text,
    statedOn: "2021-10-25",
    status: "published",
    authorId: author.id,
    speakerLabel: "a spokesperson",
    speakerCountry: "KR",
  });
  return { article, quote: await db.quote.findUniqueOrThrow({ where: { id }, include: { stances: true } }) };
}

async function submitOpenRevision(entityType: string, entityId: number) {
  const revision = await db.revision.findFirstOrThrow({ where: { entityType, entityId, status: "draft" } });
  await submitRevision(editorB, { revisionId: revision.id, version: revision.version });
  revisionIds.push(revision.id);
}

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
  const author = await createUser(db, { role: "editor", name: "Published author" });
  editorB = await createUser(db, { role: "editor", name: "Correcting editor" });
  const tag = crypto.randomBytes(4).toString("hex");

  // Two corrections of published quotes (attribution changed), and one of an article's body that orphans a quote.
  for (const word of ["first", "second"]) {
    const text = `Seoul wants an early ${word} declaration ${tag}`;
    const { quote } = await publishedQuote(author, text, `${text}, the spokesperson said on Monday.`);
    await saveQuote(
      editorB,
      quoteEdit(quote, { speakerLabel: quote.speakerLabel, attribution: "reported", stances: [] }),
    );
    await submitOpenRevision("Quote", quote.id);
    if (word === "second") returnedQuoteId = quote.id;
  }
  const body = `Beijing favours a peace treaty ${tag}. Washington would prefer a bilateral declaration ${tag}.`;
  const { article, quote } = await publishedQuote(
    author,
    `Washington would prefer a bilateral declaration ${tag}`,
    body,
  );
  orphanId = quote.id;
  articleIdOfBody = article.id;
  await updateArticleBody(editorB, {
    id: article.id,
    version: article.version,
    body: `Beijing favours a peace treaty ${tag}.`,
  });
  await submitOpenRevision("Article", article.id);

  reviewer = await signIn(browser, await createUser(db, { role: "editor", name: "Second editor" }));
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return {
      id: active?.dataset.id ?? null,
      kind: active?.dataset.kind ?? null,
      name: (active as HTMLInputElement | null)?.name ?? null,
      outline: active ? getComputedStyle(active).outlineStyle : "none",
    };
  });
const waitForFocus = (page: Page, id: number) =>
  page.waitForFunction((want) => document.activeElement?.getAttribute("data-id") === String(want), id);

describe("corrections in the review queue, by keyboard", () => {
  it("j moves to a correction with a visible focus; a approves, r returns, a then Space and Ctrl+Enter decide a body correction", async () => {
    await reviewer.goto(`/admin/review?editor=${editorB.id}`);
    await reviewer.locator("[data-review-item][data-kind=revision]").first().waitFor();
    // A full reload would lose this.
    await reviewer.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

    await reviewer.keyboard.press("j");
    await expect(focused(reviewer)).resolves.toMatchObject({ id: String(revisionIds[0]), kind: "revision" });
    expect((await focused(reviewer)).outline).not.toBe("none");

    // The notice says what happened (the approved item itself may leave the list once the page's data refreshes).
    const notice = (text: string) => reviewer.getByTestId("review-notice").filter({ hasText: text }).waitFor();
    await reviewer.keyboard.press("a");
    await waitForFocus(reviewer, revisionIds[1]!);
    await notice("Approved and published.");
    const approved = await db.revision.findUniqueOrThrow({ where: { id: revisionIds[0] } });
    expect(approved.status).toBe("approved");
    expect((await db.quote.findUniqueOrThrow({ where: { id: approved.entityId } })).attribution).toBe("reported");

    await reviewer.keyboard.press("r");
    await reviewer.waitForFunction(() => (document.activeElement as HTMLTextAreaElement | null)?.name === "comment");
    await reviewer.keyboard.type("Which report says so?");
    await reviewer.keyboard.press("Control+Enter");
    await waitForFocus(reviewer, revisionIds[2]!);
    await notice("Returned to its editors.");
    expect(await db.revision.findUniqueOrThrow({ where: { id: revisionIds[1] } })).toMatchObject({
      status: "returned",
      reviewComment: "Which report says so?",
    });

    // The body correction orphans a quote: `a` asks for the decision first and nothing is approved yet.
    await reviewer.keyboard.press("a");
    await reviewer.waitForFunction(
      (name) => (document.activeElement as HTMLInputElement | null)?.name === name,
      `decision-${orphanId}`,
    );
    await reviewer.getByTestId("review-notice").filter({ hasText: "Decide each re-anchored quote" }).waitFor();
    expect((await db.revision.findUniqueOrThrow({ where: { id: revisionIds[2] } })).status).toBe("in_review");
    expect((await focused(reviewer)).outline).not.toBe("none");
    await reviewer.keyboard.press("Space");
    await reviewer.keyboard.press("Control+Enter");
    await notice(`correction of article ${articleIdOfBody}: Approved and published.`);
    expect((await db.revision.findUniqueOrThrow({ where: { id: revisionIds[2] } })).status).toBe("approved");
    expect((await db.quote.findUniqueOrThrow({ where: { id: orphanId } })).orphanedAt).not.toBeNull();
    await expect(reviewer.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).resolves.toBe(true);
  });

  it("o opens a returned correction for editing; a on it says it is sent again, not approved", async () => {
    const editor = await signIn(browser, editorB);
    await editor.goto("/admin/review?view=returned");
    const item = editor.locator(`[data-review-item][data-id="${revisionIds[1]}"]`);
    await item.waitFor();
    // j from nothing focused lands on the first item; move down until the returned correction has the focus.
    for (let presses = 0; (await focused(editor)).id !== String(revisionIds[1]); presses++) {
      expect(presses).toBeLessThan(60);
      await editor.keyboard.press("j");
    }
    await editor.keyboard.press("a");
    await editor.getByRole("alert").filter({ hasText: "sent for review again" }).waitFor();
    await editor.keyboard.press("o");
    await editor.waitForURL((url) => url.pathname.endsWith("/annotate") && url.search === `?quote=${returnedQuoteId}`);
    await editor.getByTestId("quote-panel").waitFor();
  });
});
