// A correction of a speaker's role, in Chromium (issue #11): editor B changes the role of a person with a published
// quote on their admin page and sends the correction for review; the public person page keeps the published role;
// editor A sees the role's old and new reading in the review queue and approves; the public page shows the new role
// and a correction note, and the first version's permalink the old role.
import crypto from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { seedArticle } from "@/prisma/seed/articles";
import { seedPerson } from "@/prisma/seed/people";
import { seedQuote } from "@/prisma/seed/quotes";
import { launchBrowser, openPage, signIn } from "../support/browser";
import { createUser } from "../support/users";

let browser: Browser;
let db: PrismaClient;
let editorA: { id: string; email: string; password: string };
let editorB: { id: string; email: string; password: string };
let author: { id: string };

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
  editorA = await createUser(db, { role: "editor", name: "Editor A" });
  editorB = await createUser(db, { role: "editor", name: "Editor B" });
  author = await createUser(db, { role: "editor", name: "First author" });
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

/** The titles of the roles the public person page shows, read afresh each time. */
async function publicRoles(page: Page, slug: string): Promise<string[]> {
  await page.goto(`/people/${slug}`);
  const roles = page.getByRole("region", { name: "Roles over time" }).getByRole("listitem");
  return roles.locator("p.font-medium").allTextContents();
}

describe("correcting a published speaker's role", () => {
  it("waits for a second editor; then the public person page shows the new role", async () => {
    const tag = crypto.randomBytes(3).toString("hex");
    const person = await seedPerson(db, {
      name: `Envoy${tag} Kim`,
      roles: [{ country: "KR", title: "Spokesperson", startsOn: "2017-05-10" }],
    });
    const article = await seedArticle(db, {
      title: `Role correction ${tag}`,
      body: `Seoul wants an early end-of-war declaration, the spokesperson said on Monday. ${tag}`,
      publishedOn: "2021-10-27",
      status: "published",
    });
    await seedQuote(db, {
      articleId: article.id,
      text: "Seoul wants an early end-of-war declaration",
      statedOn: "2021-10-25",
      status: "published",
      authorId: author.id,
      speakerId: person.id,
      stances: [{ dimension: "instrument", position: "declaration" }],
    });
    const visitor = await openPage(browser);
    await expect(publicRoles(visitor, person.slug)).resolves.toEqual(["Spokesperson"]);

    // Editor B changes the title on the person's admin page: it becomes a correction, sent for review.
    const b = await signIn(browser, editorB, `/admin/people/${person.id}`);
    await b.getByText("a change of roles becomes a correction that a second editor reviews").waitFor();
    const form = b.getByRole("form", { name: "Role Spokesperson" });
    await form.getByLabel("Title").fill("Special Envoy");
    await form.getByRole("button", { name: "Save role" }).click();
    const correction = b.getByTestId("role-correction");
    await correction.filter({ hasText: "A correction of these roles is open (a draft)" }).waitFor();
    await b.getByRole("form", { name: "Role Special Envoy" }).waitFor();
    await correction.getByRole("button", { name: "Submit the correction for review" }).click();
    await correction.filter({ hasText: "(in review)" }).waitFor();
    await b.context().close();

    // The public page keeps the published role.
    await expect(publicRoles(visitor, person.slug)).resolves.toEqual(["Spokesperson"]);

    // Editor A sees the role's published and corrected readings in the review queue, and approves.
    const a = await signIn(browser, editorA, "/admin/review");
    const card = a.getByRole("listitem", { name: `correction of person's roles ${person.id}` });
    const row = card.getByRole("row", { name: /^Role: Special Envoy/ });
    await expect(row.locator("del").textContent()).resolves.toMatch(/^Spokesperson — .+, 2017-05-10 – now$/);
    await expect(row.locator("ins").textContent()).resolves.toMatch(/^Special Envoy — .+, 2017-05-10 – now$/);
    await card.getByRole("button", { name: "Approve correction" }).click();
    await card.waitFor({ state: "detached" });

    await expect.poll(() => publicRoles(visitor, person.slug)).toEqual(["Special Envoy"]);
    // The page says the roles were corrected; version 1's permalink keeps the published role.
    await expect(visitor.getByTestId("correction-note").textContent()).resolves.toMatch(/^Corrected on .*: role/);
    await visitor.getByRole("link", { name: "Version 1" }).click();
    await visitor.waitForURL(`**/people/${person.slug}/v/1`);
    await expect(visitor.getByTestId("version-banner").textContent()).resolves.toContain("Version 1 of 2");
    await expect(
      visitor.getByRole("region", { name: "Roles over time" }).locator("p.font-medium").allTextContents(),
    ).resolves.toEqual(["Spokesperson"]);
    expect((await db.person.findUniqueOrThrow({ where: { id: person.id } })).version).toBe(2);
  });
});
