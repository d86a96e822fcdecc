// Review: submit → return with a comment → resubmit → approve by a second editor; the second-editor rule and
// the admin override; optimistic locking; bulk approval; publishing and unpublishing an article; the queue.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { submitForReview } from "@/lib/review/submit";
import { returnToAuthor } from "@/lib/review/return";
import { approve } from "@/lib/review/approve";
import { bulkApproveArticle } from "@/lib/review/bulk-approve";
import { publishArticle, unpublishArticle } from "@/lib/review/publish-article";
import { listReviewQueue } from "@/lib/review/queries";
import { getReviewPage } from "@/lib/review/review-page";
import { saveQuote } from "@/lib/quotes/save-quote";
import { reviewQueueFilterSchema } from "@/lib/review/schemas";
import { getPublishedArticle } from "@/lib/articles/public";
import { listLatestQuotes } from "@/lib/quotes/public";
import { seedArticle } from "@/prisma/seed/articles";
import { seedCodebook } from "@/prisma/seed/codebook";
import { seedCountry } from "@/prisma/seed/countries";
import { seedCountryStance } from "@/prisma/seed/country-stances";
import { seedQuote } from "@/prisma/seed/quotes";
import { createUser } from "../support/users";
import { snapshot } from "./support/records";

const BODY = [
  "China favors a peace treaty instead because that will be legally binding on all sides.",
  "The South Korean government wants an early declaration to encourage North Korea to denuclearize.",
  "The U.S. continues to demand that North Korea take fundamental steps toward denuclearization first.",
].join("\n\n");

let author: SessionUser;
let reviewer: SessionUser;
let admin: SessionUser;
let researcher: SessionUser;
let articleId: number;

beforeAll(async () => {
  [author, reviewer, admin, researcher] = await Promise.all([
    createUser(db, { role: "editor" }),
    createUser(db, { role: "editor" }),
    createUser(db, { role: "admin" }),
    createUser(db, { role: "researcher" }),
  ]);
  await seedCodebook(db);
  for (const [code, name] of [
    ["CN", "China"],
    ["KR", "South Korea"],
    ["US", "United States"],
  ])
    await seedCountry(db, { code, name });
  articleId = (await seedArticle(db, { body: BODY, title: "Chosun Ilbo, 2018-07-31", publishedOn: "2018-07-31" })).id;
});

const quote = (text: string, status: "draft" | "in_review", authorId = author.id, speakerCountry = "CN") =>
  seedQuote(db, {
    articleId,
    text,
    status,
    authorId,
    speakerCountry,
    attribution: "reported",
    stances: [{ dimension: "instrument", position: "treaty" }],
  });

const target = async (id: number) => ({
  kind: "quote" as const,
  id,
  version: (await db.quote.findUniqueOrThrow({ where: { id } })).version,
});

describe("a quote's way through review", () => {
  it("submit → return with a comment → resubmit → approve by a second editor, each audited", async () => {
    const { id } = await quote("China favors a peace treaty", "draft");
    await submitForReview(author, await target(id));
    expect(await db.quote.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "in_review",
      submittedAt: expect.any(Date),
    });

    await expect(returnToAuthor(reviewer, { ...(await target(id)), comment: "  " })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await returnToAuthor(reviewer, { ...(await target(id)), comment: "The holder should be China, check the date." });
    expect(await db.quote.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "returned",
      reviewComment: "The holder should be China, check the date.",
      reviewerId: reviewer.id,
    });

    const returned = await listReviewQueue(author, reviewQueueFilterSchema.parse({ view: "returned" }));
    expect(returned.items.map((item) => [item.id, item.reviewComment])).toEqual([
      [id, "The holder should be China, check the date."],
    ]);

    await submitForReview(author, await target(id));
    await approve(reviewer, await target(id));
    expect(await db.quote.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "published",
      reviewerId: reviewer.id,
      publishedAt: expect.any(Date),
      reviewComment: null,
    });

    const events = await db.auditEvent.findMany({
      where: { entityType: "Quote", entityId: String(id) },
      orderBy: { id: "asc" },
    });
    expect(events.map((event) => [event.action, (event.after as { status: string }).status, event.actorId])).toEqual([
      ["status", "in_review", author.id],
      ["status", "returned", reviewer.id],
      ["status", "in_review", author.id],
      ["status", "published", reviewer.id],
    ]);
  });

  it("an editor cannot approve their own quote; an admin can only with a reason, recorded as an override", async () => {
    const own = await quote("South Korean government wants an early declaration", "in_review", reviewer.id, "KR");
    const before = await snapshot(db);
    await expect(approve(reviewer, await target(own.id))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshot(db)).toBe(before);

    const adminsOwn = await quote("demand that North Korea take fundamental steps", "in_review", admin.id, "US");
    const beforeOverride = await snapshot(db);
    await expect(approve(admin, await target(adminsOwn.id))).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("needs a reason"),
    });
    expect(await snapshot(db)).toBe(beforeOverride);
    await approve(admin, { ...(await target(adminsOwn.id)), overrideReason: "Court order: correct today" });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "Quote", entityId: String(adminsOwn.id) },
      orderBy: { id: "desc" },
    });
    expect(event.after).toMatchObject({ status: "published", override: "Court order: correct today" });
  });

  it("an editor who edited another's draft is a contributor: neither they nor the author may approve it", async () => {
    const { id } = await quote("China favors a peace treaty instead", "draft");
    const current = await db.quote.findUniqueOrThrow({ where: { id }, include: { stances: true } });
    await saveQuote(reviewer, {
      id,
      version: current.version,
      articleId,
      startOffset: current.startOffset,
      endOffset: current.endOffset,
      text: current.text,
      speakerId: null,
      speakerLabel: "a government spokesperson",
      speakerCountryId: current.speakerCountryId,
      attribution: current.attribution,
      statedOn: "2018-07-31",
      stances: current.stances.map(({ dimensionId, positionId, holderCountryId }) => ({
        dimensionId,
        positionId,
        holderCountryId,
      })),
    });
    expect((await db.quote.findUniqueOrThrow({ where: { id } })).contributorIds).toEqual([author.id, reviewer.id]);
    await submitForReview(reviewer, await target(id));
    await expect(approve(reviewer, await target(id))).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("second editor"),
    });
    await expect(approve(author, await target(id))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const third = await createUser(db, { role: "editor" });
    await approve(third, await target(id));
    expect(await db.quote.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "published" });
  });

  it("a stale version is a CONFLICT and changes nothing", async () => {
    const { id } = await quote("legally binding on all sides", "in_review");
    const seen = await target(id);
    await db.quote.update({ where: { id }, data: { version: { increment: 1 } } });
    const before = await snapshot(db);
    await expect(approve(reviewer, seen)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(returnToAuthor(reviewer, { ...seen, comment: "x" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await snapshot(db)).toBe(before);
  });

  it("researchers and anonymous callers are refused and the database is unchanged", async () => {
    const { id } = await quote("to encourage North Korea to denuclearize", "in_review");
    const seen = await target(id);
    const before = await snapshot(db);
    await expect(approve(researcher, seen)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(approve(null, seen)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(returnToAuthor(researcher, { ...seen, comment: "no" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(submitForReview(null, seen)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(publishArticle(researcher, { articleId, version: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listReviewQueue(null, reviewQueueFilterSchema.parse({}))).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect(await snapshot(db)).toBe(before);
  });
});

describe("country stance records", () => {
  it("go through the same steps", async () => {
    const record = await seedCountryStance(db, {
      country: "CN",
      dimension: "instrument",
      position: "treaty",
      validFrom: "2018-07-01",
      summary: "China prefers a treaty.",
      authorId: author.id,
    });
    const seen = async () => ({
      kind: "countryStance" as const,
      id: record.id,
      version: (await db.countryStance.findUniqueOrThrow({ where: { id: record.id } })).version,
    });
    await submitForReview(author, await seen());
    const queue = await listReviewQueue(reviewer, reviewQueueFilterSchema.parse({ country: "CN" }));
    expect(queue.items.some((item) => item.kind === "countryStance" && item.id === record.id)).toBe(true);
    await expect(approve(author, await seen())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await approve(reviewer, await seen());
    expect(await db.countryStance.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({
      status: "published",
      reviewerId: reviewer.id,
    });
  });
});

describe("the review queue", () => {
  it("lists what waits oldest first, filters, and pages by keyset", async () => {
    const other = await seedArticle(db, {
      body: "Queue article one two three four five six seven eight nine ten eleven twelve.",
      publishedOn: "2021-01-01",
    });
    const words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    for (const [index, word] of words.entries()) {
      await seedQuote(db, {
        articleId: other.id,
        text: word,
        status: "in_review",
        authorId: author.id,
        speakerCountry: "KR",
        submittedAt: new Date(Date.UTC(2020, 0, 1 + index)),
      });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listReviewQueue(
        reviewer,
        reviewQueueFilterSchema.parse({ article: String(other.id), cursor }),
      );
      for (const item of page.items) if (item.kind === "quote") seen.push(item.context.quote);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(words);

    const first = (await listReviewQueue(reviewer, reviewQueueFilterSchema.parse({ article: String(other.id) })))
      .items[0];
    expect(first).toMatchObject({ kind: "quote", context: { before: "Queue article ", quote: "one", anchored: true } });
    expect(
      (await listReviewQueue(reviewer, reviewQueueFilterSchema.parse({ article: String(other.id), country: "CN" })))
        .items,
    ).toEqual([]);
    expect(
      (
        await listReviewQueue(
          reviewer,
          reviewQueueFilterSchema.parse({ article: String(other.id), editor: reviewer.id }),
        )
      ).items,
    ).toEqual([]);
  });
});

describe("the review page", () => {
  it("reads the queue, the filter's choices and the open takedowns in one go, each list only where its view shows it", async () => {
    const waiting = await quote("The South Korean government wants an early declaration", "in_review");
    const filter = reviewQueueFilterSchema.parse({ article: String(articleId) });
    const page = await getReviewPage(reviewer, filter);
    expect(page.queue).toEqual(await listReviewQueue(reviewer, filter));
    expect(page.queue.items.map((item) => item.id)).toContain(waiting.id);
    expect(page.options?.articles.map((article) => article.id)).toContain(articleId);
    expect(page.takedowns).toEqual([]);

    const corrections = await getReviewPage(reviewer, reviewQueueFilterSchema.parse({ revision: "revision" }));
    expect(corrections.queue.items).toEqual([]);
    const returned = await getReviewPage(reviewer, reviewQueueFilterSchema.parse({ view: "returned" }));
    expect(returned.options).toBeNull();
  });
});

describe("publishing an article", () => {
  it("publishes it with its approved quotes; unpublishing hides them from public reads; bulk approval is all or nothing", async () => {
    const body = "Alpha said yes. Beta said no. Gamma said maybe.";
    const article = await seedArticle(db, { body, publishedOn: "2021-12-03" });
    const mk = (text: string, status: "in_review" | "draft") =>
      seedQuote(db, {
        articleId: article.id,
        text,
        status,
        authorId: author.id,
        speakerCountry: "CN",
        stances: [{ dimension: "instrument", position: "declaration" }],
      });
    const alpha = await mk("Alpha said yes.", "in_review");
    const beta = await mk("Beta said no.", "in_review");
    const gamma = await mk("Gamma said maybe.", "draft");

    // A stale version in the batch: nothing is approved.
    const stale = {
      articleId: article.id,
      quotes: [await target(alpha.id), { ...(await target(beta.id)), version: 99 }],
    };
    await expect(bulkApproveArticle(reviewer, stale)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.quote.count({ where: { articleId: article.id, status: "published" } })).toBe(0);

    await bulkApproveArticle(reviewer, {
      articleId: article.id,
      quotes: `${alpha.id}:${(await target(alpha.id)).version},${beta.id}:${(await target(beta.id)).version}`,
    });
    expect(await getPublishedArticle(article.id)).toBeNull();

    const version = async () => (await db.article.findUniqueOrThrow({ where: { id: article.id } })).version;
    await publishArticle(reviewer, { articleId: article.id, version: await version() });
    const published = await getPublishedArticle(article.id);
    expect(published?.quotes.map((q) => q.id)).toEqual([alpha.id, beta.id]);
    expect((await listLatestQuotes(50)).map((q) => q.id)).toEqual(expect.arrayContaining([alpha.id, beta.id]));
    expect((await listLatestQuotes(50)).map((q) => q.id)).not.toContain(gamma.id);

    await expect(publishArticle(reviewer, { articleId: article.id, version: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await unpublishArticle(reviewer, { articleId: article.id, version: await version() });
    expect(await getPublishedArticle(article.id)).toBeNull();
    expect((await listLatestQuotes(50)).map((q) => q.id)).not.toContain(alpha.id);
    const events = await db.auditEvent.findMany({
      where: { entityType: "Article", entityId: String(article.id) },
      orderBy: { id: "asc" },
    });
    expect(events.map((event) => (event.after as { status: string }).status)).toEqual(["published", "draft"]);
  });

  it("the importer may not publish their own article; an admin may, with a reason, as an override", async () => {
    const article = await db.article.create({
      data: {
        title: "Own",
        body: "Own article text.",
        bodyHash: "own",
        publishedOn: new Date("2021-01-01"),
        createdById: author.id,
      },
    });
    await expect(publishArticle(author, { articleId: article.id, version: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const adminArticle = await db.article.create({
      data: {
        title: "Admin's",
        body: "Admin article text.",
        bodyHash: "admin",
        publishedOn: new Date("2021-01-01"),
        createdById: admin.id,
      },
    });
    await expect(publishArticle(admin, { articleId: adminArticle.id, version: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await publishArticle(admin, { articleId: adminArticle.id, version: 1, overrideReason: "Embargo lifted" });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "Article", entityId: String(adminArticle.id) },
    });
    expect(event.after).toMatchObject({ status: "published", override: "Embargo lifted" });
  });
});
