// Takedown: an editor unpublishes a record at once with a reason; it is audited and listed for a second editor,
// who confirms it (it stays down) or reverses it (published again); the one who took it down may not decide.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { getPublishedQuote } from "@/lib/quotes/public";
import { decideTakedown, listOpenTakedowns, takeDown } from "@/lib/review/takedowns";
import { saveQuote } from "@/lib/quotes/save-quote";
import { publishArticle } from "@/lib/review/publish-article";
import { approve } from "@/lib/review/approve";
import { submitQuote } from "@/lib/review/submit";
import { seedCodebook } from "@/prisma/seed/codebook";
import { seedCountries } from "@/prisma/seed/countries";
import { DEMO_COUNTRIES } from "@/prisma/seed/demo/countries";
import { seedArticle } from "@/prisma/seed/articles";
import { seedQuote } from "@/prisma/seed/quotes";
import { createUser } from "../support/users";
import { snapshot } from "./support/records";

let editorA: SessionUser;
let editorB: SessionUser;

beforeAll(async () => {
  await seedCodebook(db);
  await seedCountries(db, DEMO_COUNTRIES);
  [editorA, editorB] = await Promise.all([createUser(db, { role: "editor" }), createUser(db, { role: "editor" })]);
});

async function publishedQuote(authorId: string | null = null) {
  const article = await seedArticle(db, {
    body: `China favors a peace treaty instead. ${crypto.randomUUID()}`,
    title: "Takedown test",
    publishedOn: "2018-07-31",
    status: "published",
  });
  return seedQuote(db, {
    articleId: article.id,
    text: "China favors a peace treaty instead",
    status: "published",
    speakerLabel: "a source",
    speakerCountry: "CN",
    authorId,
  });
}

describe("takedown", () => {
  it("unpublishes at once with a reason, audited; a second editor confirms it", async () => {
    const quote = await publishedQuote();
    expect(await getPublishedQuote(quote.id)).not.toBeNull();
    await expect(takeDown(editorA, { entityType: "Quote", entityId: quote.id, reason: " " })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    const { id } = await takeDown(editorA, { entityType: "Quote", entityId: quote.id, reason: "Court order 12/2026" });
    expect(await getPublishedQuote(quote.id)).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "Quote", entityId: String(quote.id), action: "takedown" },
    });
    expect(event).toMatchObject({ actorId: editorA.id, after: { reason: "Court order 12/2026", status: "draft" } });

    expect((await listOpenTakedowns(editorB)).find((item) => item.id === id)).toMatchObject({
      reason: "Court order 12/2026",
      mayDecide: true,
    });
    expect((await listOpenTakedowns(editorA)).find((item) => item.id === id)?.mayDecide).toBe(false);
    const before = await snapshot(db);
    await expect(decideTakedown(editorA, { takedownId: id, decision: "confirmed" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await snapshot(db)).toBe(before);
    await decideTakedown(editorB, { takedownId: id, decision: "confirmed" });
    expect(await getPublishedQuote(quote.id)).toBeNull();
    expect((await listOpenTakedowns(editorB)).some((item) => item.id === id)).toBe(false);
    await expect(decideTakedown(editorB, { takedownId: id, decision: "reversed" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("a second editor may reverse it: the record is published again", async () => {
    const quote = await publishedQuote();
    const { id } = await takeDown(editorA, { entityType: "Quote", entityId: quote.id, reason: "Safety of a source" });
    await decideTakedown(editorB, { takedownId: id, decision: "reversed" });
    expect(await getPublishedQuote(quote.id)).not.toBeNull();
  });

  it("refuses to reverse when the record was edited while down, publishing nothing unreviewed", async () => {
    const quote = await publishedQuote();
    const { id } = await takeDown(editorA, { entityType: "Quote", entityId: quote.id, reason: "Wrong speaker" });
    // Taken down, the quote is a draft: editor B corrects it in place, then tries to put it back up themselves.
    const draft = await db.quote.findUniqueOrThrow({ where: { id: quote.id }, include: { stances: true } });
    await saveQuote(editorB, {
      id: draft.id,
      version: draft.version,
      articleId: draft.articleId,
      startOffset: draft.startOffset,
      endOffset: draft.endOffset,
      text: draft.text,
      speakerId: null,
      speakerLabel: "a different source",
      speakerCountryId: draft.speakerCountryId,
      attribution: draft.attribution,
      statedOn: draft.statedOn.toISOString().slice(0, 10),
      statedOnPrecision: draft.statedOnPrecision,
      statedOnReported: draft.statedOnReported,
      stances: draft.stances.map(({ dimensionId, positionId, holderCountryId, strength }) => ({
        dimensionId,
        positionId,
        holderCountryId,
        strength,
      })),
    });
    const before = await snapshot(db);
    await expect(decideTakedown(editorB, { takedownId: id, decision: "reversed" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("changed since it was taken down"),
    });
    expect(await snapshot(db)).toBe(before);
    expect(await getPublishedQuote(quote.id)).toBeNull();
    expect((await listOpenTakedowns(editorB)).some((item) => item.id === id)).toBe(true);
  });

  it("a taken-down article is not published again but by a decision on the takedown", async () => {
    const quote = await publishedQuote();
    const { articleId } = quote;
    const { id } = await takeDown(editorA, { entityType: "Article", entityId: articleId, reason: "Defamation claim" });
    expect(await getPublishedQuote(quote.id)).toBeNull();
    // Editor A took it down and contributed nothing to the article: publishing it would undo the takedown alone.
    const { version } = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true } });
    const before = await snapshot(db);
    await expect(publishArticle(editorA, { articleId, version })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("taken down (Defamation claim)"),
    });
    expect(await snapshot(db)).toBe(before);
    expect(await getPublishedQuote(quote.id)).toBeNull();
    await decideTakedown(editorB, { takedownId: id, decision: "reversed" });
    expect(await getPublishedQuote(quote.id)).not.toBeNull();
  });

  it("a taken-down quote is not approved again while the takedown waits for its decision", async () => {
    const author = await createUser(db, { role: "editor" });
    const quote = await publishedQuote(author.id);
    const { id } = await takeDown(editorA, { entityType: "Quote", entityId: quote.id, reason: "Threat to a source" });
    // Editor A contributed nothing to the quote: sending it for review and approving it would undo the takedown alone.
    const sent = await submitQuote(editorA, { id: quote.id, version: (await currentQuote(quote.id)).version });
    const before = await snapshot(db);
    await expect(approve(editorA, { kind: "quote", id: quote.id, version: sent.version })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("taken down (Threat to a source)"),
    });
    expect(await snapshot(db)).toBe(before);
    expect(await getPublishedQuote(quote.id)).toBeNull();
    // Once a second editor has confirmed the takedown, the quote goes through review as usual.
    await decideTakedown(editorB, { takedownId: id, decision: "confirmed" });
    await approve(editorB, { kind: "quote", id: quote.id, version: sent.version });
    expect(await getPublishedQuote(quote.id)).not.toBeNull();
  });

  it("refuses a record that is not published", async () => {
    const quote = await publishedQuote();
    await db.quote.update({ where: { id: quote.id }, data: { status: "draft" } });
    await expect(takeDown(editorA, { entityType: "Quote", entityId: quote.id, reason: "x" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

const currentQuote = (id: number) => db.quote.findUniqueOrThrow({ where: { id }, select: { version: true } });
