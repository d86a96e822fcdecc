// Shift detection from evidence (#16): publishing a quote whose stance disagrees with its holder's current record
// (or whose holder has no record on that dimension) opens a possible shift (for a single approval just after its
// transaction, from a due row written in it, which a missed check leaves for the next run); agreeing, older and
// analysts' quotes open none. An editor confirms one (a new record in review, which reaches the shift
// feeds once a second editor publishes it) or dismisses it with a reason; either is audited and decided once.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { approve } from "@/lib/review/approve";
import { publishArticle } from "@/lib/review/publish-article";
import { markShiftCheckDue, runDueShiftChecks } from "@/lib/review/shift-checks";
import { confirmShift, dismissShift } from "@/lib/shifts/decide";
import { countOpenShifts, listPossibleShifts } from "@/lib/shifts/queries";
import { listPublishedShifts } from "@/lib/shifts/public";
import { shiftsAtom } from "@/lib/feed/shifts-atom";
import type { AttributionKind } from "@/lib/generated/prisma/enums";
import { createUser } from "../support/users";

let author: SessionUser;
let reviewer: SessionUser;
let dimensionId: number;
let treaty: number;
let declaration: number;

const letters = () => Array.from(crypto.randomBytes(6), (byte) => String.fromCharCode(65 + (byte % 26))).join("");

/** A country of its own, with a published record "treaty since 2020" resting on a published quote. */
async function countryWithRecord(options: { record?: boolean } = {}) {
  const code = letters();
  const country = await db.country.create({ data: { code, name: `Land ${code}`, shortName: code } });
  const article = await newArticle("published");
  let recordId: number | null = null;
  if (options.record !== false) {
    const evidence = await newQuote(article.id, country.id, [treaty], { status: "published", statedOn: "2020-03-01" });
    recordId = (
      await db.countryStance.create({
        data: {
          countryId: country.id,
          dimensionId,
          positionId: treaty,
          validFrom: new Date("2020-01-01"),
          summary: "Wants a peace treaty.",
          status: "published",
          publishedAt: new Date(),
          evidence: { create: { quoteId: evidence.id } },
        },
      })
    ).id;
  }
  return { country, article, recordId };
}

async function newArticle(status: "published" | "draft") {
  const body = `Body ${crypto.randomUUID()}`;
  return db.article.create({
    data: {
      title: `Shift test ${body}`,
      publishedOn: new Date("2021-10-27"),
      body,
      bodyHash: crypto.createHash("sha256").update(body).digest("hex"),
      status,
      publishedAt: status === "published" ? new Date() : null,
      createdById: author.id,
    },
  });
}

async function newQuote(
  articleId: number,
  holderCountryId: number,
  positionIds: number[],
  options: { status?: "published" | "in_review"; statedOn?: string; attribution?: AttributionKind } = {},
) {
  return db.quote.create({
    data: {
      statementId: (await db.statement.create({ data: {} })).id,
      articleId,
      startOffset: 0,
      endOffset: 4,
      text: "Body",
      speakerKind: "unnamed",
      speakerLabel: "an official",
      attribution: options.attribution ?? "on_record",
      statedOn: new Date(options.statedOn ?? "2021-10-27"),
      status: options.status ?? "in_review",
      publishedAt: options.status === "published" ? new Date() : null,
      authorId: author.id,
      contributorIds: [author.id],
      stances: { create: positionIds.map((positionId) => ({ dimensionId, positionId, holderCountryId })) },
    },
  });
}

const approveQuote = (quote: { id: number; version: number }) =>
  approve(reviewer, { kind: "quote", id: quote.id, version: quote.version });

const shiftsOf = (quoteId: number) => db.possibleShift.findMany({ where: { quoteId } });

beforeAll(async () => {
  [author, reviewer] = await Promise.all([createUser(db, { role: "editor" }), createUser(db, { role: "editor" })]);
  const dimension = await db.dimension.create({
    data: {
      key: `shift_${letters().toLowerCase()}`,
      label: "Instrument (shift test)",
      definition: "Declaration or treaty",
      positions: {
        create: [
          { key: "treaty", label: "Peace treaty", definition: "A treaty", color: "#1d4ed8" },
          { key: "declaration", label: "End-of-war declaration", definition: "A declaration", color: "#15803d" },
        ],
      },
    },
    include: { positions: true },
  });
  dimensionId = dimension.id;
  treaty = dimension.positions.find((p) => p.key === "treaty")!.id;
  declaration = dimension.positions.find((p) => p.key === "declaration")!.id;
});

describe("detection when a quote is published", () => {
  it("opens a possible shift for a disagreeing quote, with the record it disagrees with", async () => {
    const { country, article, recordId } = await countryWithRecord();
    const quote = await newQuote(article.id, country.id, [declaration]);
    const before = await countOpenShifts(reviewer);
    await approveQuote(quote);
    const [shift] = await shiftsOf(quote.id);
    expect(shift).toMatchObject({ countryId: country.id, dimensionId, currentRecordId: recordId, status: "open" });
    expect(await countOpenShifts(reviewer)).toBe(before + 1);
    const listed = (await listPossibleShifts(reviewer)).find((item) => item.id === shift.id);
    expect(listed?.current?.position.label).toBe("Peace treaty");
    expect(listed?.current?.evidence).toHaveLength(1);
    expect(listed?.positions.filter((p) => p.held).map((p) => p.label)).toEqual(["End-of-war declaration"]);
    const audit = await db.auditEvent.findFirst({ where: { entityType: "PossibleShift", entityId: String(shift.id) } });
    expect(audit?.action).toBe("create");
  });

  it("opens none for an agreeing quote (one of its positions is the record's), an older one, or an analyst's", async () => {
    const { country, article } = await countryWithRecord();
    const agreeing = await newQuote(article.id, country.id, [declaration, treaty]);
    const older = await newQuote(article.id, country.id, [declaration], { statedOn: "2019-05-01" });
    const analyst = await newQuote(article.id, country.id, [declaration], { attribution: "analyst" });
    for (const quote of [agreeing, older, analyst]) await approveQuote(quote);
    for (const quote of [agreeing, older, analyst]) expect(await shiftsOf(quote.id)).toEqual([]);
  });

  it("opens one when the holder has no record on the dimension", async () => {
    const { country, article } = await countryWithRecord({ record: false });
    const quote = await newQuote(article.id, country.id, [treaty]);
    await approveQuote(quote);
    expect(await shiftsOf(quote.id)).toMatchObject([{ countryId: country.id, currentRecordId: null }]);
  });

  it("waits for the article: an approved quote of an unpublished article opens its shift when the article is published", async () => {
    const { country } = await countryWithRecord();
    const article = await newArticle("draft");
    const quote = await newQuote(article.id, country.id, [declaration]);
    await approveQuote(quote);
    expect(await shiftsOf(quote.id)).toEqual([]);
    await publishArticle(reviewer, { articleId: article.id, version: article.version });
    expect(await shiftsOf(quote.id)).toHaveLength(1);
  });
});

describe("the check after an approval", () => {
  const due = (quoteId: number) => db.shiftCheckDue.findUnique({ where: { quoteId } });

  /** A quote approved whose check never ran: the state a crash right after the approving commit leaves. */
  async function approvedWithoutItsCheck() {
    const { country, article } = await countryWithRecord();
    const quote = await newQuote(article.id, country.id, [declaration], { status: "published" });
    await db.$transaction((tx) => markShiftCheckDue(tx, quote.id));
    return quote;
  }

  it("leaves nothing due once it ran", async () => {
    const { country, article } = await countryWithRecord();
    const quote = await newQuote(article.id, country.id, [declaration]);
    await approveQuote(quote);
    expect(await shiftsOf(quote.id)).toHaveLength(1);
    expect(await due(quote.id)).toBeNull();
  });

  it("a check that did not run stays due; the next approval runs it, and so does the editors' list", async () => {
    const missed = await approvedWithoutItsCheck();
    expect(await shiftsOf(missed.id)).toEqual([]);
    expect(await due(missed.id)).not.toBeNull();

    const { country, article } = await countryWithRecord();
    await approveQuote(await newQuote(article.id, country.id, [declaration]));
    expect(await shiftsOf(missed.id)).toHaveLength(1);
    expect(await due(missed.id)).toBeNull();

    const another = await approvedWithoutItsCheck();
    const listed = await listPossibleShifts(reviewer);
    const [shift] = await shiftsOf(another.id);
    expect(listed.some((item) => item.id === shift.id)).toBe(true);
    expect(await due(another.id)).toBeNull();
  });

  it("a check another run holds is left to it, and the approval stands meanwhile", async () => {
    const held = await approvedWithoutItsCheck();
    let locked!: () => void;
    let release!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const holder = db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "ShiftCheckDue" WHERE "quoteId" = ${held.id} FOR UPDATE`;
      locked();
      await released;
    });
    await isLocked;
    const { country, article } = await countryWithRecord();
    const quote = await newQuote(article.id, country.id, [declaration]);
    await approveQuote(quote);
    expect((await db.quote.findUniqueOrThrow({ where: { id: quote.id } })).status).toBe("published");
    expect(await shiftsOf(quote.id)).toHaveLength(1);
    expect(await shiftsOf(held.id)).toEqual([]);
    release();
    await holder;
    expect(await due(held.id)).not.toBeNull();
    await runDueShiftChecks(null);
    expect(await shiftsOf(held.id)).toHaveLength(1);
  });
});

describe("deciding a possible shift", () => {
  async function openShift() {
    const { country, article } = await countryWithRecord();
    const quote = await newQuote(article.id, country.id, [declaration]);
    await approveQuote(quote);
    const [shift] = await shiftsOf(quote.id);
    return { country, quote, shift };
  }

  it("confirming makes a record in review citing the quote; once a second editor publishes it, it is in the feeds", async () => {
    const { country, quote, shift } = await openShift();
    const { recordId } = await confirmShift(author, {
      shiftId: shift.id,
      positionId: declaration,
      validFrom: "2021-10-27",
      summary: "Now accepts a declaration first.",
    });
    const record = await db.countryStance.findUniqueOrThrow({ where: { id: recordId }, include: { evidence: true } });
    expect(record).toMatchObject({ status: "in_review", positionId: declaration, countryId: country.id });
    expect(record.evidence.map((e) => e.quoteId)).toEqual([quote.id]);
    expect(await db.possibleShift.findUnique({ where: { id: shift.id } })).toMatchObject({
      status: "confirmed",
      resultRecordId: recordId,
      decidedById: author.id,
    });
    expect(await listPublishedShifts(country.code)).toEqual([]);

    await expect(
      confirmShift(reviewer, { shiftId: shift.id, positionId: declaration, validFrom: "2021-10-27", summary: "Again" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    await approve(reviewer, { kind: "countryStance", id: recordId, version: record.version });
    const published = await listPublishedShifts(country.code);
    expect(published).toMatchObject([
      { id: shift.id, recordId, from: "Peace treaty", to: "End-of-war declaration", quote: { id: quote.id } },
    ]);
    expect((await listPublishedShifts(null)).some((item) => item.id === shift.id)).toBe(true);

    const xml = shiftsAtom(published, country);
    expect(xml).toContain(
      `<title type="html"><![CDATA[${country.name}, Instrument (shift test): Peace treaty → End-of-war declaration]]></title>`,
    );
    expect(xml).toContain(`/countries/${country.code.toLowerCase()}#shift-${shift.id}</id>`);
  });

  it("dismissing needs a reason, keeps it and audits it", async () => {
    const { shift } = await openShift();
    await expect(dismissShift(author, { shiftId: shift.id, reason: " " })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await dismissShift(author, { shiftId: shift.id, reason: "Restates the 2018 position." });
    expect(await db.possibleShift.findUnique({ where: { id: shift.id } })).toMatchObject({
      status: "dismissed",
      reason: "Restates the 2018 position.",
    });
    const audit = await db.auditEvent.findFirst({
      where: { entityType: "PossibleShift", entityId: String(shift.id), action: "status" },
    });
    expect(audit?.after).toMatchObject({ status: "dismissed", reason: "Restates the 2018 position." });
    await expect(dismissShift(author, { shiftId: shift.id, reason: "Twice" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("refuses a confirmation whose period starts after the statement (coding rule 10), changing nothing", async () => {
    const { shift } = await openShift();
    await expect(
      confirmShift(author, { shiftId: shift.id, positionId: declaration, validFrom: "2022-06-01", summary: "Late" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.possibleShift.findUnique({ where: { id: shift.id } })).toMatchObject({ status: "open" });
  });
});
