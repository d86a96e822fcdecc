// The admin home's inbox counts what is waiting for the signed-in editor: others' work in review (never their
// own), work returned to them, orphaned quotes, and open records with no public evidence for 12 months; the next
// action is the first of these with work in it. Counts are compared before and after, so other rows do not matter.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { getAdminHome, getAdminInbox } from "@/lib/admin-home/inbox";
import { createRecords } from "./support/records";
import { createUser } from "../support/users";

let alice: SessionUser;
let bob: SessionUser;

const counts = async (user: SessionUser) =>
  Object.fromEntries((await getAdminInbox(user)).map((item) => [item.key, item.count]));

beforeAll(async () => {
  alice = await createUser(db, { role: "editor" });
  bob = await createUser(db, { role: "editor" });
});

describe("admin inbox", () => {
  it("counts another's work in review for the reviewer only, and returned work for its author", async () => {
    const [aliceBefore, bobBefore] = [await counts(alice), await counts(bob)];
    const submitted = await createRecords(db);
    await db.quote.update({
      where: { id: submitted.quoteId },
      data: { status: "in_review", authorId: alice.id, contributorIds: [alice.id] },
    });
    const returned = await createRecords(db);
    await db.quote.update({ where: { id: returned.quoteId }, data: { status: "returned", authorId: bob.id } });
    const [aliceAfter, bobAfter] = [await counts(alice), await counts(bob)];
    expect(aliceAfter.waiting - aliceBefore.waiting).toBe(0);
    expect(bobAfter.waiting - bobBefore.waiting).toBe(1);
    expect(bobAfter.returned - bobBefore.returned).toBe(1);
    expect(aliceAfter.returned - aliceBefore.returned).toBe(0);
  });

  it("counts orphaned quotes and open published records without evidence in the last 12 months", async () => {
    const before = await counts(bob);
    const orphan = await createRecords(db);
    await db.quote.update({ where: { id: orphan.quoteId }, data: { orphanedAt: new Date() } });
    const stale = await createRecords(db);
    await db.countryStance.update({
      where: { id: stale.countryStanceId },
      data: { status: "published", validTo: null },
    });
    const fresh = await createRecords(db);
    await db.article.update({ where: { id: fresh.articleId }, data: { status: "published" } });
    await db.quote.update({ where: { id: fresh.quoteId }, data: { status: "published", statedOn: new Date() } });
    await db.countryStance.update({
      where: { id: fresh.countryStanceId },
      data: { status: "published", validTo: null, evidence: { create: { quoteId: fresh.quoteId } } },
    });
    const after = await counts(bob);
    expect(after.orphaned - before.orphaned).toBe(1);
    expect(after.stale - before.stale).toBe(1);
  });

  it("names the first kind with work in it as the next action", async () => {
    const inbox = await getAdminInbox(bob);
    const next = inbox.find((item) => item.count > 0);
    expect(next?.key).toBe(inbox.filter((item) => item.count > 0)[0].key);
    expect(next?.href).toMatch(/^\/admin\//);
  });

  it("gives the home page the inbox and the suggestions' use in one read", async () => {
    const home = await getAdminHome(bob);
    expect(home.inbox.map((item) => [item.key, item.count])).toEqual(
      (await getAdminInbox(bob)).map((item) => [item.key, item.count]),
    );
    expect(home.suggestionUse).toEqual({
      manual: await db.quote.count({ where: { deletedAt: null, origin: "manual" } }),
      accepted: await db.quote.count({ where: { deletedAt: null, origin: "suggestion" } }),
      edited: await db.quote.count({ where: { deletedAt: null, origin: "suggestion_edited" } }),
      rejected: await db.rejectedSuggestion.count(),
    });
  });
});
