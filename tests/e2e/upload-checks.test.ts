// Bad uploads in Chromium: a file over the limit is caught in the browser before anything is sent, and a binary
// file renamed .txt comes back from the server with a message naming the problem beside the field.
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
  editor = await createUser(db, { role: "editor", name: "Uploader" });
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

describe("uploading an article file", () => {
  it("says a file is too large as soon as it is chosen, and the form sends nothing", async () => {
    const page = await signIn(browser, editor, "/admin/articles/new");
    // The admin pages run their scripts under a nonce-based policy, without 'unsafe-inline' (the size check below
    // is one of those scripts at work).
    const policy = (await (await page.reload())?.allHeaders())?.["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(policy.split(";").find((directive) => directive.includes("script-src"))).not.toContain("unsafe-inline");
    let posted = 0;
    page.on("request", (request) => void (request.method() === "POST" && posted++));
    await page.getByLabel("Date of the article").fill("2021-12-03");
    await page
      .getByLabel(/upload a \.txt, \.md or \.html file/)
      .setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(3 * 1024 * 1024, "a") });
    await expect(page.getByText("huge.txt is 3 MB; files up to 2 MB are accepted.").isVisible()).resolves.toBe(true);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    expect(await page.locator("input[type=file]:invalid").count()).toBe(1);
    expect(posted).toBe(0);
    await page.context().close();
  });

  it("refuses a binary file with a message naming the problem", async () => {
    const before = await db.article.count();
    const page = await signIn(browser, editor, "/admin/articles/new");
    await page.getByLabel("Date of the article").fill("2021-12-03");
    await page.getByLabel("Outlet (pick one or type a new name)").fill("E2E Times");
    await page.getByLabel(/upload a \.txt, \.md or \.html file/).setInputFiles({
      name: "scan.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("%PDF-1.7\n\0\0binary", "latin1"),
    });
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page
      .getByText(/scan\.txt is not a text file/)
      .first()
      .waitFor();
    expect(await db.article.count()).toBe(before);
    await page.context().close();
  });
});
