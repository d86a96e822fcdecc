// Coding a quote without the mouse: after the speaker is chosen focus is on the first dimension; number keys pick
// positions, Tab and Shift+Tab go from dimension to dimension, h and a country code set whose stance it is, and
// Ctrl+Shift+Enter saves and submits. ? lists every key. Every control of the panel takes focus from the keyboard
// and shows it.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { launchBrowser, signIn } from "../support/browser";
import { createUser } from "../support/users";
import { markByFinding, openWorkspace } from "../support/workspace";
import { createSpeedArticle } from "../support/speed-article";

let browser: Browser;
let db: PrismaClient;
let page: Page;
let article: { id: number; body: string };

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
  const editor = await createUser(db, { role: "editor", name: "Coding editor" });
  article = await createSpeedArticle(db);
  page = await signIn(browser, editor);
  await openWorkspace(page, article.id);
  await page.locator("#article-text").focus();
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

const focusedDimension = () => page.evaluate(() => document.activeElement?.getAttribute("data-dimension") ?? null);

describe("coding by keyboard", () => {
  it("codes two dimensions, sets another country as holder and submits, keys only", async () => {
    await markByFinding(page, "Talks resumed in Panmunjom on Monday");
    const dimensions = await page
      .locator("[data-dimension]")
      .evaluateAll((groups) => groups.map((group) => ({ key: group.getAttribute("data-dimension") ?? "" })));
    await page.keyboard.type("Wang");
    await page.getByRole("option", { name: /^Wang Yi/ }).waitFor();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (key) => document.activeElement?.getAttribute("data-dimension") === key,
      dimensions[0].key,
    );

    await page.keyboard.press("1");
    await page.keyboard.press("Tab");
    await expect(focusedDimension()).resolves.toBe(dimensions[1].key);
    await page.keyboard.press("2");
    await page.keyboard.press("h");
    await page.getByTestId("holder-prompt").waitFor();
    await page.keyboard.type("kr");
    await page.getByTestId("holder-prompt").waitFor({ state: "detached" });
    await expect(focusedDimension()).resolves.toBe(dimensions[1].key);
    await page.keyboard.press("Shift+Tab");
    await expect(focusedDimension()).resolves.toBe(dimensions[0].key);

    await page.getByText("from the role held then").waitFor();
    await page.keyboard.press("Control+Shift+Enter");
    await page.getByTestId("quote-panel").waitFor({ state: "detached" });
    const quote = await db.quote.findFirstOrThrow({
      where: { articleId: article.id, text: "Talks resumed in Panmunjom on Monday" },
      include: {
        stances: { where: { deletedAt: null }, include: { dimension: true, holderCountry: true, position: true } },
        speakerCountry: true,
      },
    });
    expect(quote.status).toBe("in_review");
    const byDimension = Object.fromEntries(quote.stances.map((stance) => [stance.dimension.key, stance]));
    expect(byDimension[dimensions[0].key].holderCountry.code).toBe(quote.speakerCountry?.code);
    expect(byDimension[dimensions[1].key].holderCountry.code).toBe("KR");
  });

  it("an unknown country code says so and changes nothing; Esc goes back to the dimension", async () => {
    await markByFinding(page, "observers described the mood");
    await page.getByLabel("Or an unnamed speaker").fill("an observer");
    await page.locator("[data-dimension]").first().focus();
    await page.keyboard.press("1");
    await page.keyboard.press("h");
    await page.keyboard.type("ZZ");
    await page.keyboard.press("Enter");
    await page.getByText("No country has the code “ZZ”.").waitFor();
    await page.keyboard.press("Escape");
    await page.getByTestId("holder-prompt").waitFor({ state: "detached" });
    await expect(page.evaluate(() => document.activeElement?.hasAttribute("data-dimension"))).resolves.toBe(true);
    await page.keyboard.press("Escape");
    await page.getByTestId("quote-panel").waitFor({ state: "detached" });
  });

  it("? lists every shortcut, and Esc closes the list", async () => {
    await page.locator("#article-text").focus();
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await dialog.waitFor();
    for (const key of ["Shift+End / Shift+Home", "Ctrl+Shift+Enter", "h, then a country code", "Tab / Shift+Tab"]) {
      await expect(dialog.getByText(key, { exact: true }).count()).resolves.toBe(1);
    }
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("article-text");
  });

  it("reaches every control of the panel with Tab, each showing where the focus is", async () => {
    await markByFinding(page, "Then he left");
    const controls = await page
      .getByTestId("quote-panel")
      .evaluate(
        (panel) =>
          [...panel.querySelectorAll<HTMLElement>("button, input, select, textarea, [tabindex]")].filter(
            (element) => !element.hasAttribute("disabled") && element.tabIndex >= 0 && element.offsetParent !== null,
          ).length,
      );
    const reached = new Set<string>();
    await page.getByTestId("quote-panel").locator("button, input, select, textarea, [tabindex='0']").first().focus();
    for (let press = 0; press < controls * 4; press++) {
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || !document.querySelector("[data-testid=quote-panel]")?.contains(element)) return null;
        const style = getComputedStyle(element);
        const visible = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
        const id = element.id || element.getAttribute("data-dimension") || element.textContent?.slice(0, 30) || "";
        return { key: `${element.tagName}:${id}`, visible };
      });
      if (!focus) break;
      expect(focus.visible, `${focus.key} shows no focus`).toBe(true);
      reached.add(focus.key);
      await page.keyboard.press("Tab");
    }
    expect(reached.size).toBe(controls);
    await page
      .getByTestId("quote-panel")
      .getByRole("button", { name: /^Close/ })
      .focus();
    await page.keyboard.press("Escape");
    await page.getByTestId("quote-panel").waitFor({ state: "detached" });
  });
});
