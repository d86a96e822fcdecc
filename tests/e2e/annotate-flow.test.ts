// The workspace without detours, in Chromium: links that name a quote open it, one key saves and submits,
// the speaker type-ahead has no race (reproduced first: a focus that leaves and returns before an old close timer
// fires), person options read as name, role and country, overlapping quotes offer a choice, and a save while offline
// or over another editor's newer version keeps what was typed.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { launchBrowser, signIn } from "../support/browser";
import { createUser } from "../support/users";
import { markByFinding, openWorkspace } from "../support/workspace";
import { FIRST_SENTENCE, LAST_SENTENCE, SECOND_SENTENCE, addQuote, createSpeedArticle } from "../support/speed-article";

let browser: Browser;
let db: PrismaClient;
let editor: Awaited<ReturnType<typeof createUser>>;
let article: { id: number; body: string };

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
  editor = await createUser(db, { role: "editor", name: "Flow editor" });
  article = await createSpeedArticle(db);
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

async function workspace(query = ""): Promise<Page> {
  const page = await signIn(browser, editor);
  await openWorkspace(page, article.id, query);
  return page;
}

/** Lets React render what the last fired timers changed: a message posted now is handled after its scheduler's. */
async function flushRendering(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      }),
  );
}

const panelTitle = (page: Page) => page.getByTestId("quote-panel").getByRole("heading").textContent();

describe("links that name a quote", () => {
  it("?quote=ID opens the quote and scrolls its highlight into the text box; #quote-ID does too", async () => {
    const last = await addQuote(db, { articleId: article.id, text: LAST_SENTENCE, speakerLabel: "a minister" });
    const second = await addQuote(db, { articleId: article.id, text: SECOND_SENTENCE, speakerLabel: "a spokesman" });
    const page = await workspace(`?quote=${last}`);
    await expect(panelTitle(page)).resolves.toBe(`Quote #${last}`);
    const visible = (id: number) =>
      page.evaluate((quoteId) => {
        const box = document.getElementById("article-text")?.getBoundingClientRect();
        const mark = document.querySelector(`mark[data-quote-ids~="${quoteId}"]`)?.getBoundingClientRect();
        return Boolean(box && mark && mark.top >= box.top && mark.bottom <= box.bottom);
      }, id);
    await expect(visible(last)).resolves.toBe(true);

    await page.evaluate((id) => (window.location.hash = `quote-${id}`), second);
    await page.waitForFunction(
      (id) => document.querySelector("[data-testid=quote-panel] h2")?.textContent === `Quote #${id}`,
      second,
    );
    await expect(visible(second)).resolves.toBe(true);

    await page.goto(`/admin/articles/${article.id}/annotate?quote=999999`);
    await page.getByText("Quote #999999 is not in this article").waitFor();
    await page.context().close();
  });
});

describe("save and submit", () => {
  it("Ctrl+Shift+Enter saves and submits in one step; Ctrl+Enter keeps a draft", async () => {
    const page = await workspace();
    await markByFinding(page, "Diplomats from both sides met again");
    await page.getByLabel("Or an unnamed speaker").fill("a diplomat");
    await page.keyboard.press("Control+Shift+Enter");
    await page.getByTestId("quote-panel").waitFor({ state: "detached" });
    await expect(page.getByTestId("toast").textContent()).resolves.toContain("saved and submitted for review");
    const submitted = await db.quote.findFirstOrThrow({
      where: { articleId: article.id, text: "Diplomats from both sides met again", deletedAt: null },
    });
    expect(submitted.status).toBe("in_review");
    expect(submitted.authorId).toBe(editor.id);

    await markByFinding(page, "observers described the mood");
    await page.getByLabel("Or an unnamed speaker").fill("an observer");
    await page.keyboard.press("Control+Enter");
    await page.getByTestId("quote-panel").waitFor({ state: "detached" });
    const draft = await db.quote.findFirstOrThrow({
      where: { articleId: article.id, text: "observers described the mood", deletedAt: null },
    });
    expect(draft.status).toBe("draft");
    await page.context().close();
  });
});

describe("speaker type-ahead", () => {
  it("keeps the list when focus leaves and comes back before the old close timer would have fired", async () => {
    const page = await signIn(browser, editor);
    await page.clock.install();
    await openWorkspace(page, article.id);
    await markByFinding(page, "cautious but constructive");
    await page.keyboard.type("Wang");
    await page.getByRole("option", { name: /^Wang Yi/ }).waitFor();

    // From now on no timer fires unless the test says so: leave the box and come straight back, then let
    // 300 ms pass. A close scheduled on the blur would fire now and take the list away under the editor.
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      input.blur();
      input.focus();
    });
    await page.clock.runFor(300);
    await flushRendering(page);
    await expect(
      page.getByRole("combobox", { name: "Speaker", exact: true }).getAttribute("aria-expanded"),
    ).resolves.toBe("true");
    await page.keyboard.press("Enter");
    await flushRendering(page);
    await expect(page.getByRole("combobox", { name: "Speaker", exact: true }).inputValue()).resolves.toBe("Wang Yi");
    await page.clock.resume();
    await page.context().close();
  });

  it("lays each person out as name, role and country on separate lines", async () => {
    const page = await workspace();
    await markByFinding(page, "Talks resumed in Panmunjom");
    await page.keyboard.type("Wang Y");
    const option = page.getByRole("option", { name: /^Wang Yi/ }).first();
    await option.waitFor();
    const lines = (await option.innerText()).split("\n").map((line) => line.trim());
    expect(lines[0]).toBe("Wang Yi");
    expect(lines[1]).toMatch(/^[A-Z][^()]+$/);
    expect(lines[2]).toBe("China (CN)");
    await page.context().close();
  });
});

describe("overlapping quotes", () => {
  it("a click on text two quotes cover lists both, and either can be opened, by mouse or keyboard", async () => {
    const own = await createSpeedArticle(db);
    const outer = await addQuote(db, {
      articleId: own.id,
      text: "with no agreement expected before the end of the month",
      speakerLabel: "outer",
    });
    const inner = await addQuote(db, { articleId: own.id, text: "agreement expected", speakerLabel: "inner" });
    const page = await signIn(browser, editor);
    await openWorkspace(page, own.id);
    await page.locator(`mark[data-quote-ids="${outer} ${inner}"]`).first().click();
    const menu = page.getByTestId("overlap-menu");
    await menu.waitFor();
    await expect(menu.getByRole("button").count()).resolves.toBe(2);
    await menu.getByRole("button", { name: new RegExp(`^#${inner} · inner`) }).click();
    await expect(panelTitle(page)).resolves.toBe(`Quote #${inner}`);
    await page.keyboard.press("Escape");
    await page.getByTestId("quote-panel").waitFor({ state: "detached" });

    // Keyboard: n selects the next quote (the outer one, then the inner one inside it); Enter lists the two
    // quotes there, ↓ and Enter open the second.
    await page.keyboard.press("n");
    await page.keyboard.press("n");
    await page.keyboard.press("Enter");
    await menu.waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(panelTitle(page)).resolves.toBe(`Quote #${inner}`);
    await page.context().close();
  });
});

describe("bad input", () => {
  it("a save while offline keeps everything typed and says so; back online it saves", async () => {
    const page = await workspace();
    await markByFinding(page, "Then he left.");
    await page.getByLabel("Or an unnamed speaker").fill("a reporter");
    await page.context().setOffline(true);
    await page.keyboard.press("Control+Enter");
    await page.getByText("You are offline: the quote was not saved").waitFor();
    await expect(page.getByLabel("Or an unnamed speaker").inputValue()).resolves.toBe("a reporter");
    await page.context().setOffline(false);
    await page.keyboard.press("Control+Enter");
    await page.getByTestId("quote-panel").waitFor({ state: "detached" });
    await expect(
      db.quote.count({ where: { articleId: article.id, text: "Then he left.", speakerLabel: "a reporter" } }),
    ).resolves.toBe(1);
    await page.context().close();
  });

  it("a save and submit over another editor's newer version says so, keeps what was typed, and overwriting submits", async () => {
    const id = await addQuote(db, {
      articleId: article.id,
      text: FIRST_SENTENCE,
      speakerLabel: "an official",
      speakerCountry: "KR",
      status: "draft",
      authorId: editor.id,
    });
    const page = await workspace(`?quote=${id}`);
    await page.getByTestId("quote-panel").waitFor();
    await page.getByLabel("Or an unnamed speaker").fill("a diplomat");
    // Another editor saves the quote meanwhile.
    await db.quote.update({ where: { id }, data: { speakerLabel: "a general", version: { increment: 1 } } });

    await page.keyboard.press("Control+Shift+Enter");
    const conflict = page.getByTestId("conflict");
    await conflict.waitFor();
    await expect(conflict.textContent()).resolves.toContain("a general");
    await expect(page.getByLabel("Or an unnamed speaker").inputValue()).resolves.toBe("a diplomat");
    await expect(db.quote.findUniqueOrThrow({ where: { id } })).resolves.toMatchObject({
      speakerLabel: "a general",
      status: "draft",
    });

    await conflict.getByRole("button", { name: "Overwrite with mine" }).click();
    await page.getByTestId("quote-panel").waitFor({ state: "detached" });
    await expect(db.quote.findUniqueOrThrow({ where: { id } })).resolves.toMatchObject({
      speakerLabel: "a diplomat",
      status: "in_review",
    });
    await page.context().close();
  });
});
