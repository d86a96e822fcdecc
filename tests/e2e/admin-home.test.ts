// The admin home as an editor sees it: an inbox with counts and the next action, and a missing record answered
// inside the admin layout (its nav kept) with a page naming what was missing.
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
  editor = await createUser(db, { role: "editor", name: "inbox editor" });
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

describe("admin home", () => {
  it("shows the inbox counts and the next action", async () => {
    const page = await signIn(browser, editor);
    const inbox = page.getByRole("region", { name: "Inbox" });
    for (const label of ["Waiting for your review", "Returned to you", "Orphaned quotes", "Records to review"])
      expect(await inbox.getByRole("link", { name: new RegExp(label) }).count()).toBe(1);
    // The demo records' evidence is years old, so there is at least that to do.
    await expect(page.getByTestId("next-action").textContent()).resolves.toMatch(/^Next: .+\(\d+\)$/);
    await page.context().close();
  });

  it("answers a missing article inside the admin layout, naming it", async () => {
    const page = await signIn(browser, editor);
    const response = await page.goto("/admin/articles/999999");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Not found: article 999999");
    expect(await page.getByRole("navigation", { name: "Admin" }).count()).toBe(1);
    await page.context().close();
  });
});
