// Shift detection end to end: a reviewer publishes a quote whose stance disagrees with its country's current record;
// a possible shift opens and shows in the admin inbox; an editor confirms it with the evidence side by side; a second
// editor approves the new record; the country page shows the shift on its timeline and the country's Atom feed
// (advertised by the page) lists it.
import crypto from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { launchBrowser, openPage, signIn } from "../support/browser";
import { createUser } from "../support/users";

let browser: Browser;
let db: PrismaClient;
let author: { id: string; email: string; password: string };
let reviewer: { id: string; email: string; password: string };

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("databaseUrl"));
  [author, reviewer] = await Promise.all([
    createUser(db, { role: "editor", name: "shift author" }),
    createUser(db, { role: "editor", name: "shift reviewer" }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

const letters = () => Array.from(crypto.randomBytes(6), (byte) => String.fromCharCode(65 + (byte % 26))).join("");

/** A country of its own with a published record on a demo dimension, and a disagreeing quote waiting for review. */
async function disagreeingQuoteInReview() {
  const dimension = await db.dimension.findFirstOrThrow({
    where: { retired: false, positions: { some: {} } },
    orderBy: { sortOrder: "asc" },
    include: { positions: { where: { retired: false }, orderBy: { sortOrder: "asc" } } },
  });
  const [held, next] = dimension.positions;
  const code = letters();
  const country = await db.country.create({ data: { code, name: `Shiftland ${code}`, shortName: `Shift ${code}` } });
  const body = `Shiftland's minister said the position had changed. ${crypto.randomUUID()}`;
  const article = await db.article.create({
    data: {
      title: `Shiftland changes course ${code}`,
      publishedOn: new Date("2026-10-01"),
      body,
      bodyHash: crypto.createHash("sha256").update(body).digest("hex"),
      status: "published",
      publishedAt: new Date(),
    },
  });
  const quote = (statedOn: string, positionId: number, status: "published" | "in_review") =>
    db.quote.create({
      data: {
        statement: { create: {} },
        article: { connect: { id: article.id } },
        startOffset: 0,
        endOffset: 9,
        text: body.slice(0, 9),
        speakerKind: "unnamed",
        speakerLabel: "a Shiftland official",
        attribution: "on_record",
        statedOn: new Date(statedOn),
        status,
        publishedAt: status === "published" ? new Date() : null,
        author: { connect: { id: author.id } },
        contributorIds: [author.id],
        submittedAt: new Date(),
        stances: { create: { dimensionId: dimension.id, positionId, holderCountryId: country.id } },
      },
    });
  const old = await quote("2025-03-01", held.id, "published");
  await db.countryStance.create({
    data: {
      countryId: country.id,
      dimensionId: dimension.id,
      positionId: held.id,
      validFrom: new Date("2025-01-01"),
      summary: `Holds ${held.label}.`,
      status: "published",
      publishedAt: new Date(),
      evidence: { create: { quoteId: old.id } },
    },
  });
  const fresh = await quote("2026-09-30", next.id, "in_review");
  return { country, article, dimension, held, next, fresh };
}

describe("shift detection", () => {
  it("opens a possible shift on publication; confirmed and approved, it is on the timeline and in the feed", async () => {
    const { country, article, dimension, held, next, fresh } = await disagreeingQuoteInReview();

    // A second editor publishes the quote from the review queue.
    const publisher = await signIn(browser, reviewer);
    await publisher.goto(`/admin/review?article=${article.id}`);
    const approveQuote = publisher.getByRole("form", { name: `Approve quote ${fresh.id}` });
    await approveQuote.getByRole("button", { name: "Approve" }).click();
    await approveQuote.waitFor({ state: "detached" });

    // The inbox counts it; the author confirms it with both sides of the evidence in view.
    const editor = await signIn(browser, author);
    const inbox = editor.getByRole("region", { name: "Inbox" });
    await expect(inbox.getByRole("link", { name: /Possible shifts/ }).textContent()).resolves.toMatch(/[1-9]\d*$/);
    await editor.goto("/admin/shifts");
    const item = editor.getByRole("listitem").filter({ has: editor.getByRole("heading", { name: country.name }) });
    await expect(item.getByRole("region", { name: "The record now" }).textContent()).resolves.toContain(held.label);
    await expect(item.getByRole("region", { name: "The new statement" }).textContent()).resolves.toContain(next.label);
    const confirm = item.getByRole("form", { name: `Confirm the shift: ${country.name}, ${dimension.label}` });
    await expect(confirm.getByLabel("Position held now").inputValue()).resolves.toBe(String(next.id));
    await confirm.getByLabel("Summary of the new position").fill(`Now holds ${next.label}.`);
    await confirm.getByRole("button", { name: "Confirm shift" }).click();
    // A decided item leaves the open list; the decided list says what became of it.
    await confirm.waitFor({ state: "detached" });
    await editor.goto("/admin/shifts?view=decided");
    await expect(
      editor
        .getByRole("listitem")
        .filter({ has: editor.getByRole("heading", { name: country.name }) })
        .textContent(),
    ).resolves.toMatch(/confirmed as record \d+/);
    const record = await db.countryStance.findFirstOrThrow({
      where: { countryId: country.id, positionId: next.id },
      select: { id: true },
    });
    await editor.context().close();

    // The second editor approves the new record like any other.
    await publisher.goto(`/admin/review?country=${country.code}`);
    const approveRecord = publisher.getByRole("form", { name: `Approve country stance record ${record.id}` });
    await approveRecord.getByRole("button", { name: "Approve" }).click();
    await approveRecord.waitFor({ state: "detached" });
    await publisher.context().close();

    // The public country page shows the shift and advertises its feed, which lists it.
    const visitor = await openPage(browser);
    expect((await visitor.goto(`/countries/${country.code.toLowerCase()}`))?.status()).toBe(200);
    await expect(visitor.getByTestId("shift-list").textContent()).resolves.toContain(`${held.label} → ${next.label}`);
    const feedHref = await visitor
      .locator(`link[rel=alternate][type="application/atom+xml"][title="${country.name}: shifts of position"]`)
      .getAttribute("href");
    expect(feedHref).toMatch(new RegExp(`/countries/${country.code.toLowerCase()}/shifts\\.xml$`));
    const feed = await visitor.request.get(new URL(feedHref!).pathname);
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await feed.text();
    expect(xml).toContain(`${country.name}, ${dimension.label}: ${held.label} → ${next.label}`);
    expect(xml).toMatch(/<updated>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z<\/updated>/);
    const all = await (await visitor.request.get("/shifts.xml")).text();
    expect(all).toContain(`${country.name}, ${dimension.label}`);
    await visitor.context().close();
  });
});
