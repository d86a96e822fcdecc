// Driving the annotation workspace in browser tests as an editor would: select by mouse or by keyboard, mark,
// attribute, code and save. Shared by the workspace browser tests.
import type { Page } from "playwright-core";
import { expect } from "vitest";

/** Opens the workspace of the article (`query`: such as `?quote=12`) and waits until its text takes keys. */
export async function openWorkspace(page: Page, articleId: number, query = ""): Promise<void> {
  await page.goto(`/admin/articles/${articleId}/annotate${query}`);
  await page.locator("#article-text[data-ready]").waitFor();
}

/** Clicks inside the first word of `phrase` and shift-clicks inside its last; the selection snaps to whole words. */
export async function selectByMouse(page: Page, phrase: string): Promise<void> {
  // The gesture is measured, then made; if the text moved in between (a panel or highlights arriving), the clicks
  // land elsewhere, so it is made again until the page says the phrase is selected (bounded).
  await expect
    .poll(
      async () => {
        await clickAndShiftClick(page, phrase);
        return page.getByTestId("selection-status").textContent();
      },
      { timeout: 30_000, interval: 500 },
    )
    .toContain(phrase);
}

async function clickAndShiftClick(page: Page, phrase: string): Promise<void> {
  const points = await page.evaluate((text) => {
    const root = document.getElementById("article-text")!;
    const segments = [...root.children] as HTMLElement[];
    const body = segments.map((segment) => segment.textContent).join("");
    const start = body.indexOf(text);
    const at = (offset: number) => {
      const segment = segments.find(
        (s) => offset >= Number(s.dataset.offset) && offset < Number(s.dataset.offset) + s.textContent!.length,
      )!;
      const range = document.createRange();
      range.setStart(segment.firstChild!, offset - Number(segment.dataset.offset));
      range.setEnd(segment.firstChild!, offset - Number(segment.dataset.offset) + 1);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    };
    segments
      .find((s) => start >= Number(s.dataset.offset) && start < Number(s.dataset.offset) + s.textContent!.length)
      ?.scrollIntoView({ block: "center" });
    return { from: at(start + 2), to: at(start + text.length - 2) };
  }, phrase);
  // A drag made no selection in headless Chromium here; click and shift-click is the same gesture for the page.
  await page.mouse.click(points.from.x, points.from.y);
  await page.keyboard.down("Shift");
  await page.mouse.click(points.to.x, points.to.y);
  await page.keyboard.up("Shift");
}

/** "/", type, Enter — waiting, as a person would, for the find box to take the keys and for the match to show. */
export async function findWithKeys(page: Page, phrase: string): Promise<void> {
  await page.keyboard.press("/");
  await page.waitForFunction(() => document.activeElement?.id === "find-in-text");
  await page.keyboard.type(phrase);
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    (text) =>
      document.querySelector("[data-testid=selection-status]")?.textContent?.includes(text) &&
      document.activeElement?.id === "article-text" &&
      // The status can paint before the document selection follows it; the next key extends the latter.
      document.getSelection()?.toString() === text,
    phrase,
  );
}

/** Selects `phrase` in the article through the find bar and marks it with q (keyboard only). */
export async function markByFinding(page: Page, phrase: string): Promise<void> {
  await page.locator("#article-text").focus();
  await findWithKeys(page, phrase);
  await page.keyboard.press("q");
  await page.getByTestId("quote-panel").waitFor();
}

/** Types the start of a name into the focused speaker box and picks the person; their country comes from their role. */
export async function chooseSpeaker(page: Page, name: string): Promise<void> {
  await page.keyboard.type(name.split(" ")[0]);
  await page
    .getByRole("option", { name: new RegExp(`^${name}`) })
    .first()
    .waitFor();
  await page.keyboard.press("Enter");
  await page.getByText("from the role held then").waitFor({ timeout: 5_000 });
}

/**
 * Presses Tab until the radio group of `dimension` has focus (keyboard only; choosing a speaker already puts it
 * on the first dimension), then the number key.
 */
export async function codeWithKey(page: Page, dimension: string, key: string): Promise<void> {
  for (let presses = 0; presses < 25; presses++) {
    if (await page.evaluate((d) => document.activeElement?.getAttribute("data-dimension") === d, dimension)) {
      await page.keyboard.press(key);
      return;
    }
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached the ${dimension} positions.`);
}

export async function saveWithKeys(page: Page): Promise<void> {
  await page.keyboard.press("Control+Enter");
  await page.getByTestId("quote-panel").waitFor({ state: "detached" });
  await expect(page.getByTestId("toast").textContent()).resolves.toContain("saved");
}

/**
 * Opens a saved quote from its highlight and submits it for review, waiting until its highlight says "In review"
 * (the "Submitted" toast may still be showing from the previous quote).
 */
export async function submitForReview(page: Page, quoteId: number): Promise<void> {
  const mark = page.locator(`mark[data-quote-ids~="${quoteId}"]`).first();
  await mark.click();
  await page.getByTestId("quote-panel").waitFor();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await page.waitForFunction(
    (id) => document.querySelector(`mark[data-quote-ids~="${id}"]`)?.getAttribute("title")?.endsWith("In review"),
    quoteId,
  );
}
