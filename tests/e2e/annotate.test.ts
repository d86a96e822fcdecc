// The annotation workspace in Chromium: an editor marks one quote with the mouse and two with the keyboard
// only, codes them with number keys and saves; the highlights appear and the rows hold exact offsets. Then two
// editors edit the same quote and the second save shows the conflict.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { hashPassword } from "@/lib/auth/password";
import { launchBrowser, openPage } from "../support/browser";
import {
  chooseSpeaker,
  codeWithKey,
  findWithKeys,
  openWorkspace as goToWorkspace,
  saveWithKeys,
  selectByMouse,
} from "../support/workspace";

const PASSWORD = "annotate e2e password";
const MOUSE_QUOTE = "Behind-the-scenes negotiations between the two Koreas";
const KEYBOARD_QUOTES = ["Chung then traveled to Washington", "differences between the four countries are substantial"];

let browser: Browser;
let db: PrismaClient;
let articleId: number;
const editors: { id: string; email: string }[] = [];

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"));
  for (const name of ["first", "second"]) {
    editors.push(
      await db.user.create({
        data: {
          email: `annotate-${name}-${Date.now()}@example.org`,
          name: `Editor ${name}`,
          role: "editor",
          passwordHash: await hashPassword(PASSWORD),
        },
        select: { id: true, email: true },
      }),
    );
  }
  articleId = (
    await db.article.findFirstOrThrow({
      where: { title: { startsWith: "Behind-the-Scenes Talks" } },
      select: { id: true },
    })
  ).id;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

async function openWorkspace(email: string): Promise<Page> {
  const page = await openPage(browser, { width: 1400, height: 1000 });
  await page.goto(`/admin/articles/${articleId}/annotate`);
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await goToWorkspace(page, articleId);
  return page;
}

describe("annotation workspace", () => {
  it("marks quotes by mouse and by keyboard, codes them with number keys, and stores exact offsets", async () => {
    const page = await openWorkspace(editors[0].email);

    // By mouse: from inside the first word to inside the last; the selection snaps to whole words.
    await selectByMouse(page, MOUSE_QUOTE);
    await page.keyboard.press("q");
    await expect(page.getByTestId("panel-quote-text").textContent()).resolves.toBe(MOUSE_QUOTE);
    await page.getByLabel("Or an unnamed speaker").fill("The Chosun Ilbo");
    await page.getByLabel("Speaker’s country").selectOption({ label: "S. Korea (KR)" });
    await page.getByLabel("Attribution").selectOption("reported");
    await page.getByRole("group", { name: "Instrument" }).getByRole("checkbox").first().click();
    await page.getByRole("button", { name: /^Save Ctrl\+Enter/ }).click();
    await page.getByTestId("quote-panel").waitFor({ state: "detached" });

    // By keyboard only: find, extend by words (Ctrl+Shift+→), mark, attribute, code with number keys, save.
    await page.locator("#article-text").focus();
    await findWithKeys(page, "Chung then traveled");
    await page.keyboard.press("Control+Shift+ArrowRight");
    await page.keyboard.press("Control+Shift+ArrowRight");
    await expect(page.getByTestId("selection-status").textContent()).resolves.toContain(KEYBOARD_QUOTES[0]);
    await page.keyboard.press("q");
    await chooseSpeaker(page, "Chung Eui-yong");
    await codeWithKey(page, "instrument", "1");
    await codeWithKey(page, "sequencing", "1");
    await saveWithKeys(page);

    await findWithKeys(page, "differences between the four");
    for (let word = 0; word < 3; word++) await page.keyboard.press("Control+Shift+ArrowRight");
    await page.keyboard.press("q");
    await chooseSpeaker(page, "Chung Eui-yong");
    await codeWithKey(page, "sequencing", "5");
    await saveWithKeys(page);

    const quotes = await db.quote.findMany({
      where: { articleId, authorId: editors[0].id, deletedAt: null },
      orderBy: { startOffset: "asc" },
      include: {
        stances: { where: { deletedAt: null }, include: { position: true } },
        article: { select: { body: true } },
      },
    });
    expect(quotes.map((quote) => quote.text)).toEqual([MOUSE_QUOTE, ...KEYBOARD_QUOTES]);
    for (const quote of quotes) {
      expect(quote.article.body.slice(quote.startOffset, quote.endOffset)).toBe(quote.text);
      expect(quote.startOffset).toBe(quote.article.body.indexOf(quote.text));
      await expect(page.locator(`mark[data-quote-ids~="${quote.id}"]`).count()).resolves.toBeGreaterThan(0);
    }
    expect(quotes.map((quote) => quote.stances.map((stance) => stance.position.key).sort())).toEqual([
      ["declaration"],
      ["declaration", "declaration_first"],
      ["conditions_unspecified"],
    ]);
    expect(quotes[1].speakerCountryId).toBe(quotes[1].stances[0].holderCountryId);
    await page.context().close();
  });

  it("shows the conflict when two editors save the same quote, and overwrites only when asked", async () => {
    const quote = await db.quote.findFirstOrThrow({ where: { articleId, text: MOUSE_QUOTE, deletedAt: null } });
    const first = await openWorkspace(editors[0].email);
    const second = await openWorkspace(editors[1].email);
    for (const page of [first, second]) {
      await page.locator(`mark[data-quote-ids="${quote.id}"]`).first().click();
      await page.getByTestId("quote-panel").waitFor();
    }
    await second.getByLabel("Attribution").selectOption("analyst");
    await second.getByRole("button", { name: /^Save Ctrl\+Enter/ }).click();
    await second.getByTestId("quote-panel").waitFor({ state: "detached" });

    await first.getByLabel("Attribution").selectOption("official_statement");
    await first.getByRole("button", { name: /^Save Ctrl\+Enter/ }).click();
    const conflict = first.getByTestId("conflict");
    await conflict.waitFor();
    await expect(conflict.textContent()).resolves.toContain("Another editor saved this quote");
    await expect(conflict.textContent()).resolves.toContain("Analyst");
    expect((await db.quote.findUniqueOrThrow({ where: { id: quote.id } })).attribution).toBe("analyst");

    await first.getByRole("button", { name: "Overwrite with mine" }).click();
    await first.getByTestId("quote-panel").waitFor({ state: "detached" });
    expect((await db.quote.findUniqueOrThrow({ where: { id: quote.id } })).attribution).toBe("official_statement");
    await first.context().close();
    await second.context().close();
  });
});
