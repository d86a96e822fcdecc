// Selecting a quote like in a text editor, keyboard only (but for the drag at the end): Shift+→/← by character,
// Ctrl+Shift+→/← by word, Shift+End/Home to the sentence's ends, s for the sentence, " for the text inside the
// quotation marks; a character outside the BMP is never cut in half; q with nothing selected says so; a mouse
// drag to the edge of the text box scrolls it.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { launchBrowser, signIn } from "../support/browser";
import { createUser } from "../support/users";
import { findWithKeys, openWorkspace } from "../support/workspace";
import {
  FIRST_SENTENCE,
  LAST_SENTENCE,
  QUOTED,
  SECOND_SENTENCE,
  SURROGATE_WORD,
  createSpeedArticle,
} from "../support/speed-article";

let browser: Browser;
let db: PrismaClient;
let page: Page;
let article: { id: number; body: string };

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
  const editor = await createUser(db, { role: "editor", name: "Keyboard editor" });
  article = await createSpeedArticle(db);
  page = await signIn(browser, editor);
  await openWorkspace(page, article.id);
  await page.locator("#article-text").focus();
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

/** The selected text, read from the document selection the workspace shows. */
const selected = () => page.evaluate(() => document.getSelection()?.toString() ?? "");

async function press(...keys: string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

describe("selection keys", () => {
  it("q with nothing selected says what to do", async () => {
    await press("q");
    await expect(page.getByTestId("selection-status").textContent()).resolves.toContain("Nothing is selected");
    await expect(page.getByTestId("quote-panel").count()).resolves.toBe(0);
  });

  it("Shift+→ takes one character, so a selection can end on the full stop", async () => {
    await findWithKeys(page, "Talks resumed in Panmunjom on Monday");
    await press("Shift+ArrowRight");
    await expect(selected()).resolves.toBe(FIRST_SENTENCE);
    await press("Shift+ArrowLeft", "Shift+ArrowLeft");
    await expect(selected()).resolves.toBe("Talks resumed in Panmunjom on Monda");
  });

  it("Ctrl+Shift+→/← move by words", async () => {
    await findWithKeys(page, "Talks resumed");
    await press("Control+Shift+ArrowRight", "Control+Shift+ArrowRight");
    await expect(selected()).resolves.toBe("Talks resumed in Panmunjom");
    await press("Control+Shift+ArrowLeft");
    await expect(selected()).resolves.toBe("Talks resumed in ");
  });

  it("Shift+End goes to the end of the sentence, a closing quotation mark included; Shift+Home back", async () => {
    await findWithKeys(page, "The minister");
    await press("Shift+End");
    await expect(selected()).resolves.toBe(LAST_SENTENCE.slice(0, LAST_SENTENCE.indexOf("”") + 1));
    await press("Shift+End");
    await expect(selected()).resolves.toBe(LAST_SENTENCE);
    await findWithKeys(page, "said a spokesman");
    await press("Shift+Home");
    // The focus moved before the anchor: the selection runs from the sentence's start to the anchor.
    await expect(selected()).resolves.toBe(`"${QUOTED}," `);
  });

  it('s takes the sentence and " the words inside the quotation marks, then the marks too', async () => {
    await findWithKeys(page, "declaration");
    await press("s");
    await expect(selected()).resolves.toBe(SECOND_SENTENCE);
    await findWithKeys(page, "declaration");
    await press('"');
    await expect(selected()).resolves.toBe(QUOTED);
    await press('"');
    await expect(selected()).resolves.toBe(`"${QUOTED},"`);
    await findWithKeys(page, "Panmunjom");
    await press('"');
    await expect(page.getByTestId("selection-status").textContent()).resolves.toContain("No quotation marks");
  });

  it("steps over a character outside the BMP whole, and the saved quote keeps it", async () => {
    await findWithKeys(page, "delegation dined at");
    await press("Shift+ArrowRight", "Shift+ArrowRight");
    await expect(selected()).resolves.toBe(`delegation dined at ${SURROGATE_WORD[0]}${SURROGATE_WORD[1]}`);
    await press("Shift+ArrowLeft");
    await expect(selected()).resolves.toBe("delegation dined at ");
    await press("Shift+ArrowRight", "Shift+ArrowRight");
    const text = `delegation dined at ${[...SURROGATE_WORD].slice(0, 2).join("")}`;
    await expect(selected()).resolves.toBe(text);
    await press("q");
    await page.getByTestId("quote-panel").waitFor();
    await expect(page.getByTestId("panel-quote-text").textContent()).resolves.toBe(text);
    await page.getByLabel("Or an unnamed speaker").fill("a correspondent");
    await press("Control+Enter");
    await page.getByTestId("quote-panel").waitFor({ state: "detached" });
    const quote = await db.quote.findFirstOrThrow({
      where: { articleId: article.id, speakerLabel: "a correspondent" },
    });
    expect(quote.text).toBe(text);
    expect(article.body.slice(quote.startOffset, quote.endOffset)).toBe(text);
  });
});

describe("mouse drag", () => {
  it("scrolls the text box when the pointer reaches its bottom edge, and the selection follows", async () => {
    await page.locator("#article-text").evaluate((box) => (box.scrollTop = 0));
    const box = await page.locator("#article-text").boundingBox();
    if (!box) throw new Error("The text box is not on the page.");
    const start = await page.evaluate(() => {
      const root = document.getElementById("article-text");
      const walker = root && document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walker?.nextNode()) {
        const node = walker.currentNode;
        const at = node.textContent?.indexOf("Talks resumed") ?? -1;
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at + 1);
        range.setEnd(node, at + 2);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error("No 'Talks resumed' in the text.");
    });
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 40, box.y + box.height - 4, { steps: 8 });
    await page.waitForFunction(() => (document.getElementById("article-text")?.scrollTop ?? 0) > 900);
    await page.mouse.up();
    const text = await selected();
    expect(text.startsWith("Talks resumed")).toBe(true);
    expect(text).toContain("10. Diplomats");
  });
});
