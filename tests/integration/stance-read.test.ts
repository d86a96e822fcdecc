// "StanceRead" (migration 20261124230000_stance_read) is what every stance list, count, facet and export reads
// (docs/decisions/008-stance-read-performance.md). Triggers keep it in step with Stance, Quote and Article; these
// tests change each in the ways the app does (status, soft and hard deletes, an article unpublished, a date moved,
// a stance added) and check after each that the table holds exactly what the joins of visibleQuoteSql say.
import { parse as parseCsv } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { statusSql, visibleQuoteSql } from "@/lib/stances/criteria";
import { stanceCsvRows } from "@/lib/stances/csv";
import { countStanceFacets, listStances, stanceExportCopySql } from "@/lib/stances/queries";
import type { StanceCriteria } from "@/lib/stances/schemas";
import { copyOut } from "@/lib/database/copy-out";
import { seedDemo } from "@/prisma/seed/demo";
import { seedUnpublishedRecords, type UnpublishedRecords } from "../fixtures/unpublished-records";

let hidden: UnpublishedRecords;

beforeAll(async () => {
  await seedDemo(db);
  hidden = await seedUnpublishedRecords(db);
}, 120_000);

/** StanceRead as lines, and the same computed from the source tables with the API's visibility SQL. */
async function readTable(): Promise<string[]> {
  const rows = await db.$queryRaw<{ line: string }[]>`
    SELECT concat_ws('|', "stanceId", "quoteId", "articleId", CASE WHEN published THEN 'published' ELSE 'in_review' END,
                     "statedOn", year, "publishedOn", "speakerCountryId", "personId", attribution, "holderCountryId",
                     "dimensionId", "positionId", "outletId", "statementId", "statedUntil", "statedOnPrecision",
                     "speakerKind", "speakerOrganizationId", strength, "leadPublished", "leadVisible") AS line
      FROM "StanceRead" ORDER BY "stanceId"`;
  return rows.map((row) => row.line);
}

async function expected(): Promise<string[]> {
  const rows = await db.$queryRaw<{ line: string }[]>`
    WITH v AS (
      SELECT s.*, q."statementId", ${statusSql} AS status
        FROM "Stance" s JOIN "Quote" q ON q.id = s."quoteId" JOIN "Article" a ON a.id = q."articleId"
       WHERE s."deletedAt" IS NULL AND ${visibleQuoteSql("review")})
    SELECT concat_ws('|', s.id, q.id, a.id, ${statusSql}, q."statedOn", extract(year FROM q."statedOn")::int, a."publishedOn",
                     q."speakerCountryId", q."speakerId", q.attribution, s."holderCountryId", s."dimensionId", s."positionId",
                     a."outletId", q."statementId",
                     CASE q."statedOnPrecision" WHEN 'day' THEN q."statedOn"
                       WHEN 'month' THEN (date_trunc('month', q."statedOn") + interval '1 month - 1 day')::date
                       ELSE make_date(extract(year FROM q."statedOn")::int, 12, 31) END,
                     q."statedOnPrecision", q."speakerKind", q."speakerOrganizationId", s.strength,
                     -- the first report of its statement with this (dimension, position, holder), among published
                     -- rows and among every visible row
                     ${statusSql} = 'published' AND NOT EXISTS (
                       SELECT 1 FROM v WHERE v.status = 'published' AND v."statementId" = q."statementId"
                          AND (v."dimensionId", v."positionId", v."holderCountryId") = (s."dimensionId", s."positionId", s."holderCountryId")
                          AND (v."quoteId", v.id) < (s."quoteId", s.id)),
                     NOT EXISTS (
                       SELECT 1 FROM v WHERE v."statementId" = q."statementId"
                          AND (v."dimensionId", v."positionId", v."holderCountryId") = (s."dimensionId", s."positionId", s."holderCountryId")
                          AND (v."quoteId", v.id) < (s."quoteId", s.id))) AS line
      FROM "Stance" s JOIN "Quote" q ON q.id = s."quoteId" JOIN "Article" a ON a.id = q."articleId"
     WHERE s."deletedAt" IS NULL AND ${visibleQuoteSql("review")}
     ORDER BY s.id`;
  return rows.map((row) => row.line);
}

/** StanceReadCount against a GROUP BY of StanceRead. */
async function countsInStep() {
  const lines = (sql: Prisma.Sql) => db.$queryRaw<{ line: string }[]>(sql).then((rows) => rows.map((row) => row.line));
  const key = Prisma.sql`concat_ws('|', published, "holderCountryId", "dimensionId", "positionId", attribution, year, "speakerCountryId")`;
  expect(
    await lines(
      Prisma.sql`SELECT ${key} || '=' || concat_ws('/', n, statements, "publishedStatements") AS line FROM "StanceReadCount" ORDER BY 1`,
    ),
  ).toEqual(
    await lines(
      Prisma.sql`SELECT ${key} || '=' || concat_ws('/', count(*), count(*) FILTER (WHERE "leadVisible"), count(*) FILTER (WHERE "leadPublished"))
                   AS line FROM "StanceRead" GROUP BY ${key} ORDER BY 1`,
    ),
  );
  // StanceReadMonthCount likewise, by month of statement.
  const monthKey = Prisma.sql`concat_ws('|', published, "holderCountryId", "dimensionId", "positionId", attribution, to_char(month, 'YYYY-MM'), "speakerCountryId")`;
  expect(
    await lines(
      Prisma.sql`SELECT ${monthKey} || '=' || concat_ws('/', n, statements, "publishedStatements") AS line FROM "StanceReadMonthCount" ORDER BY 1`,
    ),
  ).toEqual(
    await lines(
      Prisma.sql`SELECT ${monthKey} || '=' || concat_ws('/', count(*), count(*) FILTER (WHERE "leadVisible"), count(*) FILTER (WHERE "leadPublished"))
                   AS line FROM (SELECT *, date_trunc('month', "statedOn") AS month FROM "StanceRead") r GROUP BY ${monthKey} ORDER BY 1`,
    ),
  );
}

async function expectInStep() {
  expect(await readTable()).toEqual(await expected());
  await countsInStep();
}

const stancesOfQuote = async (quoteId: number) =>
  (await db.stance.findMany({ where: { quoteId, deletedAt: null }, select: { id: true }, orderBy: { id: "asc" } })).map(
    (s) => s.id,
  );
const inTable = async (stanceIds: number[]) =>
  db.$queryRaw<{ stanceId: number; published: boolean; statedOn: Date }[]>`
    SELECT "stanceId", published, "statedOn" FROM "StanceRead" WHERE "stanceId" IN (${Prisma.join(stanceIds)}) ORDER BY "stanceId"`;

describe("StanceRead", () => {
  it("holds every stance visible with a token, marked published or in review, after the seed", async () => {
    await expectInStep();
    const review = await stancesOfQuote(hidden.quoteIds.inReview);
    expect(review.length).toBeGreaterThan(0);
    expect((await inTable(review)).every((row) => !row.published)).toBe(true);
    for (const quoteId of [
      hidden.quoteIds.draft,
      hidden.quoteIds.publishedInDraftArticle,
      hidden.quoteIds.returned,
      hidden.quoteIds.deleted,
    ]) {
      const ids = await stancesOfQuote(quoteId);
      if (ids.length) expect(await inTable(ids)).toEqual([]);
    }
  });

  it("follows a quote's status: published → returned → in review → published", async () => {
    const quote = await db.quote.findFirstOrThrow({
      where: {
        status: "published",
        deletedAt: null,
        article: { status: "published", deletedAt: null },
        stances: { some: { deletedAt: null } },
      },
    });
    const ids = await stancesOfQuote(quote.id);
    await db.quote.update({ where: { id: quote.id }, data: { status: "returned" } });
    expect(await inTable(ids)).toEqual([]);
    await db.quote.update({ where: { id: quote.id }, data: { status: "in_review" } });
    expect((await inTable(ids)).map((row) => row.published)).toEqual(ids.map(() => false));
    await db.quote.update({ where: { id: quote.id }, data: { status: "published" } });
    expect((await inTable(ids)).map((row) => row.published)).toEqual(ids.map(() => true));
    await expectInStep();
  });

  it("follows a quote's date and a soft-deleted quote", async () => {
    const quote = await db.quote.findFirstOrThrow({
      where: {
        status: "published",
        deletedAt: null,
        article: { status: "published", deletedAt: null },
        stances: { some: { deletedAt: null } },
      },
      orderBy: { id: "desc" },
    });
    const ids = await stancesOfQuote(quote.id);
    await db.quote.update({ where: { id: quote.id }, data: { statedOn: new Date("2031-05-06") } });
    expect((await inTable(ids)).every((row) => row.statedOn.toISOString().startsWith("2031-05-06"))).toBe(true);
    expect((await listStances("published", { limit: 1 })).data[0].quoteId).toBe(quote.id);
    await db.quote.update({ where: { id: quote.id }, data: { deletedAt: new Date() } });
    expect(await inTable(ids)).toEqual([]);
    await expectInStep();
  });

  it("drops a soft-deleted or deleted stance and adds a new one", async () => {
    const [first, second] = await db.stance.findMany({
      where: { deletedAt: null, quote: { status: "published", deletedAt: null } },
      take: 2,
      orderBy: { id: "asc" },
    });
    await db.stance.update({ where: { id: first.id }, data: { deletedAt: new Date() } });
    expect(await inTable([first.id])).toEqual([]);
    await db.stance.update({ where: { id: first.id }, data: { deletedAt: null } });
    expect(await inTable([first.id])).toHaveLength(1);
    await db.stance.delete({ where: { id: second.id } });
    expect(await inTable([second.id])).toEqual([]);
    const added = await db.stance.create({
      data: {
        quoteId: first.quoteId,
        dimensionId: second.dimensionId,
        positionId: second.positionId,
        holderCountryId: second.holderCountryId,
      },
    });
    expect(await inTable([added.id])).toHaveLength(1);
    await db.stance.update({ where: { id: added.id }, data: { holderCountryId: first.holderCountryId } });
    await expectInStep();
  });

  it("marks one report of a statement as its lead, and moves the lead when that report is hidden", async () => {
    const published = {
      status: "published",
      deletedAt: null,
      article: { status: "published", deletedAt: null },
      stances: { some: { deletedAt: null } },
    } as const;
    const [first, second] = await db.quote.findMany({ where: published, take: 2, orderBy: { id: "asc" } });
    const [stance] = await db.stance.findMany({ where: { quoteId: first.id, deletedAt: null }, take: 1 });
    const copy = await db.stance.create({
      data: {
        quoteId: second.id,
        dimensionId: stance.dimensionId,
        positionId: stance.positionId,
        holderCountryId: stance.holderCountryId,
      },
    });
    const leads = async () =>
      (
        await db.$queryRaw<{ stanceId: number; leadPublished: boolean; leadVisible: boolean }[]>`
          SELECT "stanceId", "leadPublished", "leadVisible" FROM "StanceRead"
           WHERE "stanceId" IN (${stance.id}, ${copy.id}) ORDER BY "stanceId"`
      ).map((row) => `${row.stanceId}:${row.leadPublished}/${row.leadVisible}`);
    expect(await leads()).toEqual([`${stance.id}:true/true`, `${copy.id}:true/true`]);

    await db.quote.update({ where: { id: second.id }, data: { statementId: first.statementId } });
    expect(await leads()).toEqual([`${stance.id}:true/true`, `${copy.id}:false/false`]);
    await expectInStep();

    // The first report goes back to review: the second is now the first published report, not the first visible.
    await db.quote.update({ where: { id: first.id }, data: { status: "in_review" } });
    expect(await leads()).toEqual([`${stance.id}:false/true`, `${copy.id}:true/false`]);
    await expectInStep();

    await db.quote.update({ where: { id: first.id }, data: { status: "published" } });
    await db.stance.delete({ where: { id: copy.id } });
    await db.quote.update({ where: { id: second.id }, data: { statementId: second.id } });
    await expectInStep();
  });

  it("follows an article unpublished, published again, moved to another outlet and deleted", async () => {
    const article = await db.article.findFirstOrThrow({
      where: {
        status: "published",
        deletedAt: null,
        quotes: { some: { status: "published", deletedAt: null, stances: { some: { deletedAt: null } } } },
      },
    });
    const before = await countStanceFacets("published", {});
    await db.article.update({ where: { id: article.id }, data: { status: "draft" } });
    const unpublished = await countStanceFacets("published", {});
    expect(unpublished.total).toBeLessThan(before.total);
    await expectInStep();
    await db.article.update({ where: { id: article.id }, data: { status: "published" } });
    expect((await countStanceFacets("published", {})).total).toBe(before.total);
    const outlet = await db.outlet.create({ data: { name: "Stance read test outlet" } });
    await db.article.update({
      where: { id: article.id },
      data: { outletId: outlet.id, publishedOn: new Date("2031-01-01") },
    });
    await expectInStep();
    await db.article.update({ where: { id: article.id }, data: { deletedAt: new Date() } });
    expect((await countStanceFacets("published", {})).total).toBeLessThan(before.total);
    await expectInStep();
  });

  it("counts the same as the joins of the source tables, for both visibilities", async () => {
    for (const visibility of ["published", "review"] as const) {
      // Statements: one per (statement, dimension, position, holder), however many reports carry it.
      const [{ n, reports }] = await db.$queryRaw<{ n: bigint; reports: bigint }[]>`
        SELECT count(DISTINCT (q."statementId", s."dimensionId", s."positionId", s."holderCountryId")) AS n, count(*) AS reports
          FROM "Stance" s JOIN "Quote" q ON q.id = s."quoteId" JOIN "Article" a ON a.id = q."articleId"
         WHERE s."deletedAt" IS NULL AND ${visibleQuoteSql(visibility)}`;
      const facets = await countStanceFacets(visibility, {});
      expect(facets.total).toBe(Number(n));
      expect(facets.reports).toBe(Number(reports));
      // The same from a pass over StanceRead (a filter StanceReadCount cannot answer, matching everything).
      expect(await countStanceFacets(visibility, { publishedFrom: "1900-01-01" })).toEqual(facets);
      for (const facet of [facets.holderCountry, facets.position, facets.attribution, facets.year]) {
        expect(facet.reduce((sum, entry) => sum + entry.count, 0)).toBe(Number(n));
      }
    }
  });
});

describe("the export's reads", () => {
  /** What one COPY writes for the criteria, as text. */
  async function copied(visibility: "published" | "review", criteria: StanceCriteria, format: "csv" | "jsonl") {
    const copy = await copyOut(await stanceExportCopySql(visibility, criteria, format));
    return { text: await new Response(copy.stream).text(), rows: copy.rows() };
  }

  it("write in PostgreSQL the rows and fields the API gives, CSV formula-safe, in one COPY", async () => {
    const stance = await db.stance.findFirstOrThrow({
      where: { deletedAt: null, quote: { status: "published", deletedAt: null } },
    });
    await db.stance.update({
      where: { id: stance.id },
      data: { note: '=He said "yes", then\nno\r\nend; 종전선언 \\ \u0001' },
    });
    // Formula starts (=, +, tab, full-width @) get the same apostrophe from both writers.
    await db.quote.update({ where: { id: stance.quoteId }, data: { speakerLabel: "+a source, in Seoul" } });
    await db.article.update({
      where: { id: (await db.quote.findUniqueOrThrow({ where: { id: stance.quoteId } })).articleId },
      data: { title: "\t＠title" },
    });
    for (const visibility of ["published", "review"] as const) {
      for (const criteria of [{}, { holderCountry: "KR" }]) {
        const api = (await listStances(visibility, { ...criteria, limit: 500 })).data;
        expect(api.length).toBeGreaterThan(3);
        const csv = await copied(visibility, criteria, "csv");
        expect(csv.rows).toBe(api.length);
        // Parsed, the COPY's CSV holds what lib/csv.ts writes for the same rows (header first, same cells).
        const parse = (text: string) => parseCsv(text, { relax_quotes: false }) as string[][];
        expect(parse(csv.text)).toEqual(parse(stanceCsvRows(api, { header: true })));
        const jsonl = await copied(visibility, criteria, "jsonl");
        expect(jsonl.text.endsWith("\n")).toBe(true);
        expect(
          jsonl.text
            .trimEnd()
            .split("\n")
            .map((line) => JSON.parse(line) as unknown),
        ).toEqual(api);
      }
    }
  });
});
