// Coding rules 1.1 in Chromium (issue #12): an editor codes a joint statement of the two Koreas with both Koreas as
// holders of one position and a date known to the month, then marks a second article's report of the same statement
// and links it with one key (Alt+S); once both are published, the public pages count one statement with two reports.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { hashPassword } from "@/lib/auth/password";
import { seedArticle } from "@/prisma/seed/articles";
import { launchBrowser, openPage } from "../support/browser";
import { openWorkspace, selectByMouse } from "../support/workspace";

const PASSWORD = "coding rules e2e password";
const JOINT = "The two Koreas agreed to seek a declaration ending the war, to be followed by a peace treaty";
/** The quote marked: the part of the sentence that says it (short enough for the selection status to show whole). */
const MARKED = "The two Koreas agreed to seek a declaration ending the war";
const POSITION = "Declaration as a step to a treaty";

let browser: Browser;
let db: PrismaClient;
let editor: { email: string };
const articleIds: number[] = [];

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"));
  editor = await db.user.create({
    data: {
      email: `coding-rules-${Date.now()}@example.org`,
      name: "Rules editor",
      role: "editor",
      passwordHash: await hashPassword(PASSWORD),
    },
    select: { email: true },
  });
  await db.organization.create({ data: { name: "Joint declaration of the two Koreas", countryId: null } });
  for (const [outlet, day] of [
    ["Rules e2e Herald", "2018-09-20"],
    ["Rules e2e Times", "2018-09-21"],
  ]) {
    const outletId = (await db.outlet.create({ data: { name: outlet } })).id;
    const body = `Pyongyang — ${JOINT}. Officials said more talks would follow. (${outlet})`;
    articleIds.push(
      (await seedArticle(db, { body, title: `${outlet}: joint statement`, publishedOn: day, outletId })).id,
    );
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

async function signIn(articleId: number): Promise<Page> {
  const page = await openPage(browser, { width: 1400, height: 1100 });
  await page.goto(`/admin/articles/${articleId}/annotate`);
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel("Email", { exact: true }).fill(editor.email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await openWorkspace(page, articleId);
  return page;
}

/** Marks the joint statement, spoken by the joint declaration, dated September 2018. */
async function markJointStatement(page: Page) {
  await selectByMouse(page, MARKED);
  await page.keyboard.press("q");
  await page.getByLabel("Kind of speaker").selectOption("organization");
  await page.getByLabel("Or an organization").selectOption({ label: "Joint declaration of the two Koreas" });
  await page.getByLabel("Attribution").selectOption("official_statement");
  await page.getByLabel("Precision").selectOption("month");
  await page.getByLabel("Stated on").fill("2018-09");
}

async function publish(articleId: number) {
  await db.quote.updateMany({ where: { articleId }, data: { status: "published", publishedAt: new Date() } });
  await db.article.update({ where: { id: articleId }, data: { status: "published", publishedAt: new Date() } });
}

describe("coding rules 1.1 in the workspace", () => {
  it("codes a joint statement held by both Koreas to the month, links a second report, and counts one statement", async () => {
    const first = await signIn(articleIds[0]);
    await markJointStatement(first);
    await first
      .getByRole("group", { name: "Instrument" })
      .getByRole("checkbox", { name: new RegExp(POSITION) })
      .click();
    await first.getByLabel(`Add a holder of ${POSITION}`).selectOption({ label: "S. Korea" });
    await first.getByLabel(`Add a holder of ${POSITION}`).selectOption({ label: "N. Korea" });
    await first.getByRole("button", { name: /^Save Ctrl\+Enter/ }).click();
    await first.getByTestId("quote-panel").waitFor({ state: "detached" });

    const saved = await db.quote.findFirstOrThrow({
      where: { articleId: articleIds[0], deletedAt: null },
      include: { stances: { where: { deletedAt: null }, include: { holderCountry: true, position: true } } },
    });
    expect(saved.statedOn.toISOString().slice(0, 10)).toBe("2018-09-01");
    expect(saved.statedOnPrecision).toBe("month");
    expect(saved.speakerKind).toBe("organization");
    expect(saved.stances.map((s) => `${s.position.key}:${s.holderCountry.code}`).sort()).toEqual([
      "declaration_then_treaty:KP",
      "declaration_then_treaty:KR",
    ]);
    await publish(articleIds[0]);
    await first.context().close();

    // The second article's report: the workspace offers the published statement; Alt+S links it.
    const second = await signIn(articleIds[1]);
    await markJointStatement(second);
    await second
      .getByRole("group", { name: "Instrument" })
      .getByRole("checkbox", { name: new RegExp(POSITION) })
      .click();
    await second.getByLabel(`Add a holder of ${POSITION}`).selectOption({ label: "S. Korea" });
    await second.getByLabel(`Add a holder of ${POSITION}`).selectOption({ label: "N. Korea" });
    await second.getByRole("button", { name: /^Same statement as “The two Koreas agreed/ }).waitFor();
    await second.getByLabel("Stated on").focus();
    await second.keyboard.press("Alt+s");
    await second.getByText(`Linked: a report of statement #${saved.statementId}`).waitFor();
    await second.getByRole("button", { name: /^Save Ctrl\+Enter/ }).click();
    await second.getByTestId("quote-panel").waitFor({ state: "detached" });
    const report = await db.quote.findFirstOrThrow({ where: { articleId: articleIds[1], deletedAt: null } });
    expect(report.statementId).toBe(saved.statementId);
    await publish(articleIds[1]);

    // Public pages: the statement lists both reports, and the explorer counts it once for each holder.
    await second.goto(`/quotes/${report.id}`);
    await second.getByRole("heading", { name: "Reported by 2 articles" }).waitFor();
    await expect(second.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Sep 2018");
    for (const holder of ["KR", "KP"]) {
      await second.goto(
        `/explore?holderCountry=${holder}&dimension=instrument&position=declaration_then_treaty&statedFrom=2018-09-01&statedTo=2018-09-30`,
      );
      const count = second.getByTestId("match-count");
      await expect(count.locator("strong").textContent()).resolves.toBe("1");
      await expect(count.textContent()).resolves.toContain("2 reports in all");
    }
    await second.context().close();
    // Two sign-ins, two codings and four page loads: longer than one workspace test on a loaded machine.
  }, 180_000);
});
