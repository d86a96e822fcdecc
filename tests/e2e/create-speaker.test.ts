// Creating a speaker from the annotation workspace, in Chromium: "Create person …" in the type-ahead (keyboard
// only) opens a confirmation that asks for the role; Esc creates nothing and leaves the quote open; an empty role
// is refused beside its fields; confirming creates the person with their role (one audit row), the speaker's
// country fills in from it, and a save pressed while the creation is on its way saves nothing without the speaker.
// "New organization…" works the same way for speaking organizations, which /admin/organizations then corrects.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { launchBrowser, signIn } from "../support/browser";
import { createUser } from "../support/users";
import { createSpeedArticle } from "../support/speed-article";
import { markByFinding, openWorkspace } from "../support/workspace";

let browser: Browser;
let db: PrismaClient;
let editor: Awaited<ReturnType<typeof createUser>>;
let article: { id: number; body: string };

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
  editor = await createUser(db, { role: "editor", name: "Speaker editor" });
  article = await createSpeedArticle(db);
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

async function workspace(): Promise<Page> {
  const page = await signIn(browser, editor);
  await openWorkspace(page, article.id);
  return page;
}

const people = (name: string) =>
  db.person.findMany({ where: { name }, include: { roles: { include: { country: true } } } });

describe("Create person", () => {
  it("asks for the role first: Esc creates nothing, confirming creates person and role, audited", async () => {
    const page = await workspace();
    const name = `Ri Test ${Date.now()}`;
    await markByFinding(page, "no agreement expected before the end of the month");
    await page.keyboard.type(name);
    await page.getByRole("option", { name: `Create person “${name}”…` }).waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Create person" });
    await dialog.waitFor();
    await expect(dialog.getByLabel("Name").inputValue()).resolves.toBe(name);
    await expect(page.evaluate(() => document.activeElement?.getAttribute("name"))).resolves.toBe("title");
    expect(await people(name)).toEqual([]);

    // Esc closes the confirmation only: nothing is created, the quote stays open with the typed name.
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await expect(page.getByTestId("quote-panel").isVisible()).resolves.toBe(true);
    const speakerBox = page.getByRole("combobox", { name: "Speaker", exact: true });
    await expect(speakerBox.inputValue()).resolves.toBe(name);
    expect(await people(name)).toEqual([]);

    // Enter at once in the confirmation is refused beside the empty role fields.
    await speakerBox.focus();
    await page.keyboard.press("ArrowDown");
    await page.getByRole("option", { name: `Create person “${name}”…` }).waitFor();
    await page.keyboard.press("Enter");
    await dialog.waitFor();
    await page.keyboard.press("Enter");
    await dialog.getByText("Enter the title.").waitFor();
    await dialog.getByText("Choose a country.").waitFor();
    expect(await people(name)).toEqual([]);

    // Hold the creation on its way to the server: a save pressed meanwhile does nothing.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/admin/articles/${article.id}/annotate**`, async (route) => {
      if (route.request().headers()["next-action"] && route.request().postData()?.includes(`"title":"Vice Minister"`))
        await held;
      await route.continue();
    });
    await dialog.getByLabel("Title").fill("Vice Minister");
    await dialog.getByLabel("Country").selectOption({ label: "N. Korea (KP)" });
    await dialog.getByLabel("From").fill("2019-01-01");
    await dialog.getByLabel("Title").press("Enter");
    await dialog.getByRole("button", { name: "Creating person…" }).waitFor();
    await page.keyboard.press("Control+Shift+Enter");
    release();
    await dialog.waitFor({ state: "detached" });
    await expect(speakerBox.inputValue()).resolves.toBe(name);
    // The speaker's country comes from the new role.
    await page.getByText("from the role held then: Vice Minister").waitFor();
    await expect(page.getByTestId("quote-panel").isVisible()).resolves.toBe(true);
    expect(await db.quote.count({ where: { articleId: article.id, speaker: { name } } })).toBe(0);

    const [person, ...others] = await people(name);
    expect(others).toEqual([]);
    expect(
      person.roles.map((role) => [role.title, role.country.code, role.startsOn?.toISOString().slice(0, 10)]),
    ).toEqual([["Vice Minister", "KP", "2019-01-01"]]);
    expect(
      await db.auditEvent.count({ where: { entityType: "Person", entityId: String(person.id), action: "create" } }),
    ).toBe(1);

    await page.getByRole("button", { name: /^Save Ctrl\+Enter/ }).click();
    await page.getByTestId("quote-panel").waitFor({ state: "detached" });
    const quote = await db.quote.findFirstOrThrow({
      where: { articleId: article.id, speakerId: person.id, deletedAt: null },
      include: { speakerCountry: true },
    });
    expect(quote.speakerCountry?.code).toBe("KP");
    await page.context().close();
  });
});

describe("New organization", () => {
  it("asks for its country first: Esc creates nothing, confirming creates and selects it", async () => {
    const page = await workspace();
    const name = `Test Committee ${Date.now()}`;
    await markByFinding(page, "Talks resumed in Panmunjom");
    const open = page.getByRole("button", { name: "New organization…" });
    await open.click();
    const dialog = page.getByRole("dialog", { name: "New organization" });
    await dialog.waitFor();
    await page.keyboard.type(name);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await expect(page.getByTestId("quote-panel").isVisible()).resolves.toBe(true);
    expect(await db.organization.count({ where: { name } })).toBe(0);

    await open.click();
    await dialog.waitFor();
    await page.keyboard.type(name);
    await page.keyboard.press("Enter");
    await dialog.getByText("Choose the country it speaks for.").waitFor();
    expect(await db.organization.count({ where: { name } })).toBe(0);
    await dialog.getByLabel("Country it speaks for").selectOption({ label: "N. Korea (KP)" });
    await dialog.getByRole("button", { name: "Create organization" }).click();
    await dialog.waitFor({ state: "detached" });

    const organization = await db.organization.findFirstOrThrow({ where: { name }, include: { country: true } });
    expect(organization.country?.code).toBe("KP");
    expect(
      await db.auditEvent.count({
        where: { entityType: "Organization", entityId: String(organization.id), action: "create" },
      }),
    ).toBe(1);
    const select = page.getByLabel("Or an organization");
    await expect(select.inputValue()).resolves.toBe(String(organization.id));
    await expect(page.getByLabel("Speaker’s country").inputValue()).resolves.toBe(String(organization.countryId));

    // A typo is corrected on the organizations page, audited.
    await page.goto("/admin/organizations");
    const row = page.getByRole("form", { name: `Edit ${name}` });
    await row.getByRole("textbox", { name: "Name" }).fill(`${name} (renamed)`);
    await row.getByRole("button", { name: "Save" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Saved ${name} (renamed).` })
      .waitFor();
    expect((await db.organization.findUniqueOrThrow({ where: { id: organization.id } })).name).toBe(
      `${name} (renamed)`,
    );
    expect(
      await db.auditEvent.count({
        where: { entityType: "Organization", entityId: String(organization.id), action: "update" },
      }),
    ).toBe(1);
    await page.context().close();
  });
});
