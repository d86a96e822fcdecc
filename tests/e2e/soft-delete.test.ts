// Deleting people in the admin (#16): a person named by published quotes is refused with a message saying why and
// stays; one without is deleted, listed under Deleted, and restored from there.
import crypto from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { launchBrowser, signIn } from "../support/browser";
import { createUser } from "../support/users";

let browser: Browser;
let db: PrismaClient;
let editor: { email: string; password: string };

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
  editor = await createUser(db, { role: "editor", name: "delete editor" });
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

describe("deleting a person", () => {
  it("is refused, with the reason, while published quotes name them", async () => {
    const speaker = await db.person.findFirstOrThrow({
      where: { deletedAt: null, quotes: { some: { status: "published", deletedAt: null } } },
      select: { id: true, name: true },
    });
    const page = await signIn(browser, editor);
    await page.goto(`/admin/people/${speaker.id}`);
    const form = page.getByRole("form", { name: `Delete person ${speaker.name}` });
    await form.getByRole("button", { name: "Delete this person" }).click();
    await expect(form.getByRole("alert").textContent()).resolves.toMatch(
      new RegExp(`^${speaker.name} cannot be deleted: \\d+ published quotes? names? them as the speaker`),
    );
    expect(await db.person.findUniqueOrThrow({ where: { id: speaker.id } })).toMatchObject({ deletedAt: null });
    await page.context().close();
  });

  it("without published quotes: deleted, listed under Deleted, restored", async () => {
    const name = `Nobody ${crypto.randomUUID().slice(0, 8)}`;
    const person = await db.person.create({ data: { name, slug: name.toLowerCase().replace(" ", "-") } });
    const page = await signIn(browser, editor);
    await page.goto(`/admin/people/${person.id}`);
    await page
      .getByRole("form", { name: `Delete person ${name}` })
      .getByRole("button")
      .click();
    await page.waitForURL((url) => url.pathname === "/admin/deleted");
    const restore = page.getByRole("form", { name: `Restore person ${name}` });
    await restore.getByRole("button", { name: "Restore" }).click();
    await restore.waitFor({ state: "detached" });
    expect(await db.person.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ deletedAt: null });
    await page.context().close();
  });
});
