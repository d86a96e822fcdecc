// Corrections of published records go through a second editor: an edit of a published quote, country stance
// record or article body becomes the record's one open revision; the public keeps the approved version until
// another editor approves it; contributors may not approve; stale and deleted cases are refused with a reason;
// a body correction's fuzzy and orphaned quotes need a reviewer's decision.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { saveQuote } from "@/lib/quotes/save-quote";
import { deleteQuote } from "@/lib/quotes/mutations";
import { getPublishedQuote } from "@/lib/quotes/public";
import { getQuoteHistory, getQuoteVersion } from "@/lib/quotes/versions-public";
import { getAnnotationWorkspace } from "@/lib/quotes/queries";
import { submitQuote, submitForReview } from "@/lib/review/submit";
import { approveRevision, returnRevision, submitRevision } from "@/lib/review/revisions";
import { listRevisionsForReview } from "@/lib/review/revision-queries";
import { saveCountryStance } from "@/lib/country-stances/save-country-stance";
import { updateArticleBody } from "@/lib/articles/update-body";
import { seedCodebook } from "@/prisma/seed/codebook";
import { seedCountries } from "@/prisma/seed/countries";
import { DEMO_COUNTRIES } from "@/prisma/seed/demo/countries";
import { seedArticle } from "@/prisma/seed/articles";
import { seedPerson } from "@/prisma/seed/people";
import { seedQuote } from "@/prisma/seed/quotes";
import { seedCountryStance } from "@/prisma/seed/country-stances";
import { createUser } from "../support/users";
import { snapshot } from "./support/records";
import { quoteEdit as edit } from "../support/quote-edit";

const BODY =
  "Seoul, July 31 — China favors a peace treaty instead because that will be legally binding on all sides.\n" +
  "The South Korean government wants an early declaration to encourage North Korea to denuclearize.\n" +
  "Shin Beom-chul said the U.S. would probably prefer a bilateral declaration with North Korea.";

let author: SessionUser; // wrote the published quotes
let editorB: SessionUser;
let editorC: SessionUser;
let reviewerA: SessionUser;
let admin: SessionUser;
let wangYi: number;
let yangJiechi: number;

beforeAll(async () => {
  await seedCodebook(db);
  await seedCountries(db, DEMO_COUNTRIES);
  [author, editorB, editorC, reviewerA, admin] = await Promise.all([
    createUser(db, { role: "editor" }),
    createUser(db, { role: "editor" }),
    createUser(db, { role: "editor" }),
    createUser(db, { role: "editor" }),
    createUser(db, { role: "admin" }),
  ]);
  const role = (title: string) => [{ country: "CN", title, startsOn: "2013-03-16" }];
  wangYi = (await seedPerson(db, { name: "Wang Yi", roles: role("Foreign Minister") })).id;
  yangJiechi = (await seedPerson(db, { name: "Yang Jiechi", roles: role("Director of the Foreign Affairs Office") }))
    .id;
});

async function publishedQuote(text = "China favors a peace treaty") {
  const article = await seedArticle(db, {
    body: `${BODY}\n${crypto.randomUUID()}`,
    title: "Correction test",
    publishedOn: "2018-07-31",
    status: "published",
  });
  const quote = await seedQuote(db, {
    articleId: article.id,
    text,
    status: "published",
    authorId: author.id,
    speakerId: wangYi,
    stances: [{ dimension: "instrument", position: "treaty" }],
  });
  return { article, quote: await db.quote.findUniqueOrThrow({ where: { id: quote.id }, include: { stances: true } }) };
}

const openRevision = (entityType: string, entityId: number) =>
  db.revision.findFirstOrThrow({ where: { entityType, entityId, status: { not: "approved" } } });

describe("correcting a published quote", () => {
  it("becomes a revision; the public keeps the approved version until a second editor approves it", async () => {
    const { quote } = await publishedQuote();
    const publicBefore = await getPublishedQuote(quote.id);
    expect(publicBefore?.speakerName).toBe("Wang Yi");

    const saved = await saveQuote(editorB, edit(quote, { speakerId: yangJiechi }));
    // The editor sees the correction; the live row and the public page do not change.
    expect(saved).toMatchObject({ speakerName: "Yang Jiechi", revision: { status: "draft" } });
    expect(await db.quote.findUniqueOrThrow({ where: { id: quote.id } })).toMatchObject({
      speakerId: wangYi,
      version: quote.version,
    });
    expect((await getPublishedQuote(quote.id))?.speakerName).toBe("Wang Yi");
    const workspace = await getAnnotationWorkspace(editorC, quote.articleId);
    expect(workspace.quotes.find((q) => q.id === quote.id)).toMatchObject({
      speakerName: "Yang Jiechi",
      revision: { status: "draft" },
    });

    // A second editor continues the open revision (one per record) and becomes a contributor.
    await saveQuote(editorC, edit(quote, { speakerId: yangJiechi, attribution: "official_statement" }));
    const revision = await openRevision("Quote", quote.id);
    expect(await db.revision.count({ where: { entityType: "Quote", entityId: quote.id } })).toBe(1);
    expect(revision.contributorIds).toEqual([editorB.id, editorC.id]);

    await submitQuote(editorB, { id: quote.id, version: quote.version });
    const submitted = await openRevision("Quote", quote.id);
    expect(submitted.status).toBe("in_review");

    // The queue shows the diff field by field, with names.
    const queue = await listRevisionsForReview(reviewerA, { view: "waiting" });
    const item = queue.items.find((candidate) => candidate.id === revision.id)!;
    expect(item.approval).toBe("allowed");
    expect(item.diff.fields).toEqual([
      { field: "speaker", label: "Speaker", before: "Wang Yi", after: "Yang Jiechi" },
      { field: "attribution", label: "Attribution", before: "On the record", after: "Official statement" },
    ]);
    expect(queue.items.find((candidate) => candidate.id === revision.id)).toBeDefined();

    // Contributors may not approve; an admin who did not contribute may, another editor may.
    const target = { revisionId: revision.id, version: submitted.version };
    const before = await snapshot(db);
    await expect(approveRevision(editorB, target)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(approveRevision(editorC, target)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshot(db)).toBe(before);
    expect(
      (await listRevisionsForReview(editorB, { view: "waiting" })).items.find((i) => i.id === revision.id),
    ).toMatchObject({ approval: "refused" });

    await approveRevision(reviewerA, target);
    const live = await db.quote.findUniqueOrThrow({ where: { id: quote.id } });
    expect(live).toMatchObject({ speakerId: yangJiechi, attribution: "official_statement", status: "published" });
    expect((await getPublishedQuote(quote.id))?.speakerName).toBe("Yang Jiechi");
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({
      status: "approved",
      reviewerId: reviewerA.id,
      appliedVersion: live.version,
      note: "speaker, attribution",
    });
    // The public record says so: a correction note, two versions, each with its permalink's content.
    const history = await getQuoteHistory(quote.id);
    expect(history?.versions.map((version) => [version.number, version.note])).toEqual([
      [1, null],
      [2, "speaker, attribution"],
    ]);
    expect(history?.corrected).toMatchObject({ number: 2, note: "speaker, attribution" });
    expect(await getQuoteVersion(quote.id, 1)).toMatchObject({
      speakerName: "Wang Yi",
      attribution: "on_record",
      of: 2,
      supersededAt: expect.any(Date),
    });
    expect(await getQuoteVersion(quote.id, 2)).toMatchObject({ speakerName: "Yang Jiechi", supersededAt: null });
    expect(await getQuoteVersion(quote.id, 3)).toBeNull();

    const events = await db.auditEvent.findMany({
      where: { entityType: "Quote", entityId: String(quote.id), action: "revision" },
      orderBy: { id: "asc" },
    });
    expect(events.map((event) => (event.after as { step?: string; status: string }).step ?? event.after)).toEqual([
      "started",
      "edited",
      expect.objectContaining({ status: "in_review" }),
      expect.objectContaining({ status: "approved" }),
    ]);
  });

  it("a quote never corrected has one version, its live content, and no correction note", async () => {
    const { quote } = await publishedQuote("China favors a peace treaty instead");
    expect(await getQuoteHistory(quote.id)).toMatchObject({ versions: [{ number: 1, note: null }], corrected: null });
    expect(await getQuoteVersion(quote.id, 1)).toMatchObject({ speakerName: "Wang Yi", of: 1, supersededAt: null });
  });

  it("an admin contributor may approve only with a reason, which is audited", async () => {
    const { quote } = await publishedQuote("legally binding on all sides");
    await saveQuote(admin, edit(quote, { speakerId: yangJiechi }));
    const revision = await openRevision("Quote", quote.id);
    await submitRevision(admin, { revisionId: revision.id, version: revision.version });
    const target = { revisionId: revision.id, version: revision.version + 1 };
    await expect(approveRevision(admin, target)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await approveRevision(admin, { ...target, overrideReason: "Court order to correct today" });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "Quote", entityId: String(quote.id), action: "revision" },
      orderBy: { id: "desc" },
    });
    expect(event.after).toMatchObject({ status: "approved", override: "Court order to correct today" });
  });

  it("approving a revision edited since the reviewer looked says so and carries the newer diff", async () => {
    const { quote } = await publishedQuote("an early declaration");
    await saveQuote(editorB, edit(quote, { speakerId: yangJiechi }));
    const revision = await openRevision("Quote", quote.id);
    await submitRevision(editorB, { revisionId: revision.id, version: revision.version });
    const seen = revision.version + 1;
    await saveQuote(editorC, edit(quote, { speakerId: yangJiechi, attribution: "reported" }));
    const before = await snapshot(db);
    const refusal = approveRevision(reviewerA, { revisionId: revision.id, version: seen });
    await expect(refusal).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("was edited since you looked"),
      details: {
        data: {
          diff: {
            fields: expect.arrayContaining([
              expect.objectContaining({ label: "Attribution", after: "Reported position" }),
            ]),
          },
        },
      },
    });
    expect(await snapshot(db)).toBe(before);
    // Still in review after the edit: the reviewer approves the version they have now seen.
    await approveRevision(reviewerA, { revisionId: revision.id, version: seen + 1 });
    expect(await db.quote.findUniqueOrThrow({ where: { id: quote.id } })).toMatchObject({ attribution: "reported" });
  });

  it("a revision of a deleted quote is refused, and a deleted quote cannot be corrected", async () => {
    const { quote } = await publishedQuote("to encourage North Korea to denuclearize");
    await saveQuote(editorB, edit(quote, { speakerId: yangJiechi }));
    const revision = await openRevision("Quote", quote.id);
    await submitRevision(editorB, { revisionId: revision.id, version: revision.version });
    await deleteQuote(editorC, quote.id);
    await expect(
      approveRevision(reviewerA, { revisionId: revision.id, version: revision.version + 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("deleted") });
    await expect(saveQuote(editorB, edit(quote, { speakerId: wangYi }))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a returned revision goes back to its editors with the comment, and editing it makes it a draft again", async () => {
    const { quote } = await publishedQuote("would probably prefer a bilateral declaration");
    await saveQuote(editorB, edit(quote, { speakerId: yangJiechi }));
    const revision = await openRevision("Quote", quote.id);
    await submitRevision(editorB, { revisionId: revision.id, version: revision.version });
    await returnRevision(reviewerA, { revisionId: revision.id, version: revision.version + 1, comment: "Source?" });
    const returned = await listRevisionsForReview(editorB, { view: "returned" });
    expect(returned.items.map((item) => [item.id, item.reviewComment])).toContainEqual([revision.id, "Source?"]);
    await saveQuote(editorB, edit(quote, { speakerId: yangJiechi, attribution: "reported" }));
    expect((await openRevision("Quote", quote.id)).status).toBe("draft");
  });
});

describe("correcting a published country stance record", () => {
  it("becomes a revision that a second editor approves; the live record waits", async () => {
    const { quote } = await publishedQuote("China favors a peace treaty instead");
    const record = await seedCountryStance(db, {
      country: "CN",
      dimension: "instrument",
      position: "treaty",
      validFrom: "2018-01-01",
      summary: "China favours a treaty.",
      status: "published",
      authorId: author.id,
      evidenceQuoteIds: [quote.id],
    });
    const live = await db.countryStance.findUniqueOrThrow({ where: { id: record.id } });
    const changed = await saveCountryStance(editorB, {
      id: live.id,
      version: live.version,
      countryId: live.countryId,
      dimensionId: live.dimensionId,
      positionId: live.positionId,
      validFrom: "2018-01-01",
      validTo: "2018-12-31",
      summary: "China favoured a treaty in 2018.",
      quoteIds: [quote.id],
    });
    expect(changed.revision).toMatchObject({ status: "draft" });
    expect(await db.countryStance.findUniqueOrThrow({ where: { id: live.id } })).toMatchObject({
      summary: "China favours a treaty.",
      validTo: null,
    });
    await submitForReview(editorB, { kind: "countryStance", id: live.id, version: live.version });
    const revision = await openRevision("CountryStance", live.id);
    const item = (await listRevisionsForReview(reviewerA, { view: "waiting" })).items.find((i) => i.id === revision.id);
    expect(item?.diff.fields.map((field) => field.label)).toEqual(["Period", "Summary"]);
    await approveRevision(reviewerA, { revisionId: revision.id, version: revision.version });
    expect(await db.countryStance.findUniqueOrThrow({ where: { id: live.id } })).toMatchObject({
      summary: "China favoured a treaty in 2018.",
      validTo: new Date("2018-12-31"),
      status: "published",
    });
  });
});

describe("correcting a published article's body", () => {
  it("plans re-anchoring for review; orphaned and fuzzy quotes need a decision before approval", async () => {
    const article = await seedArticle(db, {
      body: `${BODY}\n${crypto.randomUUID()}`,
      title: "Body correction",
      publishedOn: "2018-07-31",
      status: "published",
    });
    const quote = (text: string) =>
      seedQuote(db, { articleId: article.id, text, status: "published", authorId: author.id, speakerId: wangYi });
    const moved = await quote("China favors a peace treaty instead");
    const fuzzy = await quote("The South Korean government wants an early declaration");
    const orphan = await quote("would probably prefer a bilateral declaration");
    const corrected =
      "Editor's note: corrected. " +
      article.body
        .replace("The South Korean government wants", "The South Korean administration wants")
        .replace("Shin Beom-chul said the U.S. would probably prefer a bilateral declaration with North Korea.", "");
    const current = await db.article.findUniqueOrThrow({ where: { id: article.id } });

    const result = await updateArticleBody(editorB, { id: article.id, version: current.version, body: corrected });
    expect(result.revision).toMatchObject({ status: "draft" });
    expect(result.report).toEqual({ kept: [], moved: [moved.id], fuzzy: [fuzzy.id], orphaned: [orphan.id] });
    // Nothing changed for the public yet.
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).body).toBe(article.body);

    const revision = await openRevision("Article", article.id);
    await submitRevision(editorB, { revisionId: revision.id, version: revision.version });
    const item = (await listRevisionsForReview(reviewerA, { view: "waiting" })).items.find(
      (i) => i.id === revision.id,
    )!;
    expect(
      item.diff.text?.filter((part) => part.kind !== "same").map((part) => [part.kind, part.text.trim()]),
    ).toContainEqual(["added", "administration"]);
    const plan = Object.fromEntries(item.diff.quotes!.map((q) => [q.id, q]));
    expect(plan[moved.id]).toMatchObject({ how: "moved", score: null });
    expect(plan[fuzzy.id]).toMatchObject({ how: "fuzzy", score: expect.any(Number) });
    expect(plan[fuzzy.id]!.score).toBeGreaterThan(0.7);
    expect(plan[fuzzy.id]!.score).toBeLessThan(1);
    expect(plan[orphan.id]).toMatchObject({ how: "orphaned", after: null });

    const target = { revisionId: revision.id, version: revision.version + 1 };
    const before = await snapshot(db);
    await expect(approveRevision(reviewerA, { ...target, decisions: { [fuzzy.id]: "accept" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { fields: { [`decision-${orphan.id}`]: [expect.stringContaining("no longer in the text")] } },
    });
    expect(await snapshot(db)).toBe(before);

    await approveRevision(reviewerA, { ...target, decisions: { [fuzzy.id]: "accept", [orphan.id]: "orphan" } });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).body).toBe(corrected);
    const after = await db.quote.findMany({ where: { articleId: article.id }, orderBy: { id: "asc" } });
    expect(after.map((q) => [q.id, q.text, q.orphanedAt !== null])).toEqual([
      [moved.id, "China favors a peace treaty instead", false],
      [fuzzy.id, "The South Korean administration wants an early declaration", false],
      [orphan.id, "would probably prefer a bilateral declaration", true],
    ]);
    expect(corrected.slice(after[0]!.startOffset, after[0]!.endOffset)).toBe(after[0]!.text);
  });
});
