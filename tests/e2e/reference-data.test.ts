// An editor records China's position citing two demo quotes and is warned, before saving, that one of them codes
// China differently; an admin retires a position and adds a new one in the codebook.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { launchBrowser, signIn as signInAs } from "../support/browser";
import { TEST_PASSWORD, createUser } from "../support/users";

let browser: Browser;
let db: PrismaClient;
const users: Record<"editor" | "admin", string> = { editor: "", admin: "" };

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
  for (const role of ["editor", "admin"] as const) users[role] = (await createUser(db, { role })).email;
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

const signIn = (email: string): Promise<Page> => signInAs(browser, { email, password: TEST_PASSWORD });

const chinaInstrument = (position: string) =>
  db.quote.findFirstOrThrow({
    where: {
      deletedAt: null,
      stances: {
        some: {
          deletedAt: null,
          holderCountry: { code: "CN" },
          dimension: { key: "instrument" },
          position: { key: position },
        },
      },
    },
    orderBy: { id: "asc" },
    select: { id: true, text: true },
  });

describe("reference data in the admin", () => {
  it("an editor creates a country stance record citing two quotes and sees the disagreement warning", async () => {
    const treaty = await chinaInstrument("treaty");
    const declaration = await chinaInstrument("declaration");
    const page = await signIn(users.editor);
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Country stances" }).click();
    await page.getByRole("link", { name: "New record" }).click();
    const form = page.getByRole("form", { name: "Country stance record" });
    await form.getByRole("combobox", { name: /^Country/ }).selectOption({ label: "China (CN)" });
    await form.getByRole("combobox", { name: /^Dimension/ }).selectOption({ label: "Instrument" });
    await form.getByLabel("From").fill("2018-07-01");
    await form.getByLabel("Summary").fill("China favoured a binding treaty in mid-2018.");
    const picker = page.getByRole("combobox", { name: "Add a supporting quote" });
    for (const quote of [treaty, declaration]) {
      await picker.fill(quote.text.slice(0, 30));
      await page
        .getByRole("option")
        .filter({ hasText: `#${quote.id} ` })
        .click();
    }
    await expect(page.getByRole("list", { name: "Cited quotes" }).getByRole("listitem").count()).resolves.toBe(2);

    // A position the treaty quote agrees with: only the declaration quote disagrees.
    await form.getByRole("combobox", { name: /^Position/ }).selectOption({ label: "Peace treaty" });
    const warnings = page.getByRole("region", { name: "Warnings" });
    await warnings.getByText(`Quote #${declaration.id}`).waitFor();
    await expect(warnings.getByText(`Quote #${treaty.id}`).count()).resolves.toBe(0);

    await page.getByRole("button", { name: "Create record" }).click();
    await page.waitForURL(/\/admin\/country-stances\/\d+/);
    const id = Number(page.url().match(/country-stances\/(\d+)/)![1]);
    const saved = await db.countryStance.findUniqueOrThrow({
      where: { id },
      include: { evidence: true, position: true },
    });
    expect(saved.position.key).toBe("treaty");
    expect(saved.evidence.map((link) => link.quoteId).sort()).toEqual([treaty.id, declaration.id].sort());
    // After saving, the stored record shows the same warning.
    await page.getByRole("region", { name: "Warnings" }).getByText(`Quote #${declaration.id}`).waitFor();
    await page.context().close();
  });

  it("an admin retires a position and adds a new one", async () => {
    const page = await signIn(users.admin);
    await page.goto("/admin/codebook");
    await page.getByRole("button", { name: "Retire position unclear" }).click();
    await page.getByRole("button", { name: "Un-retire position unclear" }).waitFor();
    expect(
      (await db.position.findFirstOrThrow({ where: { key: "unclear", dimension: { key: "instrument" } } })).retired,
    ).toBe(true);

    await page.getByText("Add a position to Instrument").click();
    const form = page.getByRole("form", { name: "Add a position to instrument" });
    await form.getByLabel("Key (lower-case, never changes)").fill("armistice_upgrade");
    await form.getByLabel("Label").fill("Upgrade the armistice");
    await form.getByLabel("Definition").fill("Turn the armistice into a permanent arrangement.");
    await form.getByRole("button", { name: "Add position" }).click();
    await form.getByRole("status").waitFor();
    await page.getByRole("listitem", { name: "Position armistice_upgrade" }).waitFor();
    expect(
      await db.position.findFirst({ where: { key: "armistice_upgrade", dimension: { key: "instrument" } } }),
    ).toMatchObject({ label: "Upgrade the armistice", retired: false });
    await page.context().close();
  });
});
