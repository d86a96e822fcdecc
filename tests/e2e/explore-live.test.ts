// The explorer's live filters from the keyboard only (issue #16), in Chromium on the demo data: a country chosen in
// its menu, a speaker found by typing a name (not an address slug), words after a pause — each applies at once and
// is a step in the history, so Back restores the previous filter in the address and in the form. And the view's
// tools: columns chosen by key (kept in the address), facets drawn as bars with their counts, and "Over time" above
// the table, coloured by position with a legend that names them.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { launchBrowser, openPage } from "../support/browser";

let browser: Browser;
let db: PrismaClient;

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

const matchCount = async (page: Page) => Number(await page.getByTestId("match-count").locator("strong").textContent());
const search = (page: Page) => new URL(page.url()).searchParams;

/** Presses Tab until the focused element matches `selector` (at most 80 presses), as a keyboard user would. */
async function tabTo(page: Page, selector: string) {
  for (let presses = 0; presses < 80; presses++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe("/explore from the keyboard", () => {
  it("applies each filter as it changes, without an Apply button, and Back restores the previous one", async () => {
    const page = await openPage(browser);
    await page.goto("/explore");
    const all = await matchCount(page);
    // The no-JS Apply button goes once the page is interactive (it is there in the HTML before hydration).
    await page.getByRole("button", { name: "Apply filters" }).waitFor({ state: "hidden" });

    // A country, chosen by typing its first letters in the focused menu.
    await tabTo(page, "#f-holderCountry");
    await page.keyboard.type("China");
    await page.waitForURL((url) => url.searchParams.get("holderCountry") === "CN");
    await page.waitForFunction(
      (total) => document.querySelector("[data-testid=match-count] strong")?.textContent !== String(total),
      all,
    );
    const china = await matchCount(page);
    expect(china).toBeLessThan(all);
    expect(china).toBeGreaterThan(0);
    // The keyboard user keeps their place.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("f-holderCountry");

    // A speaker by name: type, pick with Enter; the address gets the person's slug.
    const yang = await db.person.findFirstOrThrow({ where: { name: "Yang Jiechi" }, select: { slug: true } });
    await tabTo(page, "input[role=combobox]");
    await page.keyboard.type("Yang J");
    await page.getByRole("option", { name: /^Yang Jiechi/ }).waitFor();
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("person") === yang.slug);
    expect(search(page).get("holderCountry")).toBe("CN");
    await page.getByRole("link", { name: /Speaker: Yang Jiechi/ }).waitFor();
    const speakers = await page.locator("#table-heading ~ div table tbody tr td:nth-child(4)").allTextContents();
    expect(speakers.length).toBeGreaterThan(0);
    for (const speaker of speakers) expect(speaker).toContain("Yang Jiechi");

    // Words apply after a pause in typing.
    await tabTo(page, "#f-q");
    await page.keyboard.type("treaty");
    await page.waitForURL((url) => url.searchParams.get("q") === "treaty");

    // Back: the previous filter, in the address and in the form.
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has("q") && url.searchParams.get("person") === yang.slug);
    await page.waitForFunction(() => (document.getElementById("f-q") as HTMLInputElement).value === "");
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has("person") && url.searchParams.get("holderCountry") === "CN");
    await page.waitForFunction(
      () => (document.querySelector("input[role=combobox]") as HTMLInputElement | null)?.value === "",
    );
    await page.getByTestId("match-count").getByText(String(china), { exact: true }).waitFor();
    await page.goBack();
    await page.waitForURL((url) => url.search === "");
    await page.waitForFunction(() => (document.getElementById("f-holderCountry") as HTMLSelectElement).value === "");
    await page.getByTestId("match-count").getByText(String(all), { exact: true }).waitFor();
    await page.context().close();
  });

  it("chooses columns by key into the address; shows facets as bars and Over time above the table", async () => {
    const page = await openPage(browser);
    await page.goto("/explore?holderCountry=CN");
    await tabTo(page, "summary");
    // The first summary may be another disclosure: move on until the column chooser's.
    for (let presses = 0; (await page.evaluate(() => document.activeElement?.textContent)) !== "Columns"; presses++) {
      expect(presses).toBeLessThan(40);
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Enter");
    await tabTo(page, "input[type=checkbox]");
    // Stated, Whose stance, Position, Speaker, Attribution: the fifth box adds attribution as its own column.
    for (let index = 0; index < 4; index++) await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await page.waitForURL(
      (url) => url.searchParams.get("cols") === "stated,holder,position,speaker,attribution,statement",
    );
    await page.getByRole("columnheader", { name: "Attribution" }).waitFor();
    expect(search(page).get("holderCountry")).toBe("CN");
    // A filter changed afterwards keeps the columns: the view is one plain URL.
    await page.getByRole("region", { name: "By position" }).getByRole("link").first().click();
    await page.waitForURL((url) => url.searchParams.has("position"));
    expect(search(page).get("cols")).toBe("stated,holder,position,speaker,attribution,statement");

    // Facets: a bar per value beside its count.
    const facet = page.getByRole("region", { name: "By attribution" }).getByRole("listitem").first();
    await expect(facet.locator("[aria-hidden=true] > div").count()).resolves.toBe(1);

    // Over time comes before the table; its legend names positions (no letters) and each column says what its
    // segments count.
    const order = await page.evaluate(() => {
      const timeline = document.getElementById("timeline-heading")!;
      const table = document.getElementById("table-heading")!;
      return timeline.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    // The table's heading follows the chart's in the document.
    expect(order).toBe(4); // Node.DOCUMENT_POSITION_FOLLOWING
    const legend = await page.getByTestId("timeline-legend").getByRole("listitem").allTextContents();
    expect(legend.length).toBeGreaterThan(0);
    for (const entry of legend) expect(entry).toMatch(/^\S.*: .+/);
    const titles = await page.locator("#explore-timeline rect title").allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    // "China, Sep 2018 statements — Instrument: Peace treaty 2, End-of-war declaration 1; Sequencing: …": each
    // dimension named once, each position with its count.
    expect(titles[0]).toMatch(/^China, (\w{3} )?\d{4} statements — [^:;]+: [^;]+ \d+(; [^:;]+: [^;]+ \d+)*$/);
    for (const title of titles) {
      const dimensions = title
        .split(" — ")[1]
        .split("; ")
        .map((group) => group.split(": ")[0]);
      expect(new Set(dimensions).size).toBe(dimensions.length);
    }
    await expect(
      page
        .locator("#explore-timeline text")
        .evaluateAll((texts) => texts.filter((t) => /^[A-Z]$/.test(t.textContent ?? "")).length),
    ).resolves.toBe(0);
    await page.context().close();
  });
});
