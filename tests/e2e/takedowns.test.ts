// Takedown in Chromium (issue #11): editor A takes a published country stance record down from its admin page with
// a reason; it leaves the public country page at once; editor B finds it in the review page's takedown list and
// reverses it; the record is public again. (Quotes have the same button on their article's admin page.) Before
// that, the record's own public page (issue #11's version history) shows it with a citation of its version.
import crypto from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { seedCountryStance } from "@/prisma/seed/country-stances";
import { launchBrowser, openPage, signIn } from "../support/browser";
import { createUser } from "../support/users";

let browser: Browser;
let db: PrismaClient;
let editorA: { id: string; email: string; password: string };
let editorB: { id: string; email: string; password: string };

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
  editorA = await createUser(db, { role: "editor", name: "Editor A" });
  editorB = await createUser(db, { role: "editor", name: "Editor B" });
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

/** Whether the public Japan page shows the text, read afresh each time it is asked. */
async function onPublicPage(page: Page, text: string) {
  await page.goto("/countries/JP");
  return page.getByText(text).count();
}

describe("taking down a published country stance record", () => {
  it("leaves the public page at once, and a second editor's reversal publishes it again", async () => {
    const tag = crypto.randomBytes(3).toString("hex");
    const summary = `Japan backs a declaration (takedown test ${tag}).`;
    // A start day no demo record uses, so the seed makes a new record rather than updating one.
    const record = await seedCountryStance(db, {
      country: "JP",
      dimension: "instrument",
      position: "declaration",
      validFrom: `2016-0${1 + crypto.randomInt(9)}-1${crypto.randomInt(10)}`,
      validTo: "2016-12-31",
      summary,
      status: "published",
    });
    const visitor = await openPage(browser);
    expect(await onPublicPage(visitor, summary)).toBe(1);
    // The record's own page: its content, never corrected, and a citation of its version 1.
    await visitor.getByText(summary).getByRole("link", { name: "Record, versions and citation" }).click();
    await visitor.waitForURL(`**/country-stances/${record.id}`);
    await expect(visitor.getByTestId("record-summary").textContent()).resolves.toBe(summary);
    await expect(visitor.getByTestId("correction-note").count()).resolves.toBe(0);
    await expect(visitor.getByTestId("citation").textContent()).resolves.toContain(
      `country stance record ${record.id}, version 1, `,
    );

    const a = await signIn(browser, editorA);
    await a.goto(`/admin/country-stances/${record.id}`);
    const form = a.getByRole("form", { name: "Take down now" });
    await form.getByLabel("Reason (legal or safety)").fill("Court order 12/2026");
    await form.getByRole("button", { name: "Take down now" }).click();
    // The page renders again with the record unpublished: the takedown form goes, its confirmation stays.
    await a.getByTestId("country-stance-status").filter({ hasText: "draft" }).waitFor();
    await expect(a.getByRole("form", { name: "Take down now" }).count()).resolves.toBe(0);
    await expect(
      a
        .getByRole("status")
        .filter({ hasText: "Taken down: off the public pages now, waiting for a second editor." })
        .count(),
    ).resolves.toBe(1);
    await expect.poll(() => onPublicPage(visitor, summary)).toBe(0);

    // Editor A may not decide their own takedown; editor B reverses it from the review page.
    await a.goto("/admin/review");
    const own = a.getByRole("listitem", { name: /^takedown \d+$/ }).filter({ hasText: "Court order 12/2026" });
    await expect(own.getByText("You took this down").count()).resolves.toBe(1);
    const b = await signIn(browser, editorB, "/admin/review");
    const item = b.getByRole("listitem", { name: /^takedown \d+$/ }).filter({ hasText: "Court order 12/2026" });
    await item.getByRole("button", { name: "Reverse: publish again" }).click();
    // Decided, it leaves the list of takedowns waiting for a second editor.
    await expect.poll(() => item.count()).toBe(0);
    await expect.poll(() => onPublicPage(visitor, summary)).toBe(1);
    expect((await db.countryStance.findUniqueOrThrow({ where: { id: record.id } })).status).toBe("published");
  });
});
