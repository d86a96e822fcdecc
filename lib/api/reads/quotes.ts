// Quotes for the read API: the explorer's filters (a quote matches the stance filters when one of its stances
// does, looked up in the read model "StanceRead", where each visible stance carries its holder, dimension and
// position), newest statement first (or oldest with sort=asc), keyset by (statedOn, id), each with its coded
// stances and its place in the article's text (offsets).
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Visibility } from "@/lib/auth/permissions";
import { decodeCursor, toPage, type Page } from "@/lib/cursor";
import type { QuoteDto } from "@/lib/api/dtos";
import { versionNumbers } from "@/lib/revisions/public-versions";
import {
  and,
  quoteConditions,
  resolveCriteria,
  statusSql,
  textCountCap,
  visibleQuoteSql,
  type ResolvedCriteria,
} from "@/lib/stances/criteria";
import type { Total } from "@/lib/stances/queries";
import type { quoteListQuerySchema } from "@/lib/stances/schemas";
import type { z } from "zod";

type Row = Omit<QuoteDto, "stances" | "version">;
type Key = [string, number];

const SELECT = Prisma.sql`
  SELECT q.id, ${statusSql} AS status, to_char(q."statedOn", 'YYYY-MM-DD') AS "statedOn", q."text" AS text,
         q.attribution::text AS attribution,
         CASE WHEN pe."deletedAt" IS NULL AND pe."mergedIntoId" IS NULL THEN pe.slug END AS speaker,
         COALESCE(pe.name, org.name, CASE WHEN q."speakerKind" = 'outlet' THEN o.name END, q."speakerLabel") AS "speakerName",
         sc.code AS "speakerCountry",
         a.id AS "articleId", a.title AS "articleTitle", to_char(a."publishedOn", 'YYYY-MM-DD') AS "articlePublishedOn",
         o.name AS outlet, q."statementId", q."statedOnPrecision"::text AS "statedOnPrecision", q."statedOnReported",
         q."speakerKind"::text AS "speakerKind", q."startOffset", q."endOffset",
         to_char(q."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"
    FROM "Quote" q
    JOIN "Article" a ON a.id = q."articleId"
    LEFT JOIN "Country" sc ON sc.id = q."speakerCountryId"
    LEFT JOIN "Person" pe ON pe.id = q."speakerId"
    LEFT JOIN "Organization" org ON org.id = q."speakerOrganizationId"
    LEFT JOIN "Outlet" o ON o.id = a."outletId"`;

type QuoteListFilter = Omit<z.output<typeof quoteListQuerySchema>, "total" | "sort"> & {
  total?: boolean;
  sort?: "asc" | "desc";
};

export async function listQuotes(
  visibility: Visibility,
  query: QuoteListFilter,
): Promise<Page<QuoteDto> & Partial<Total>> {
  const { cursor, limit, sort = "desc", total, updatedSince, ...criteria } = query;
  const after = decodeCursor<Key>(cursor, ["day", "int"]);
  const resolved = await resolveCriteria(criteria);
  const conditions = matching(visibility, resolved);
  // updatedAt is a UTC timestamp without a zone (Prisma's DateTime).
  if (updatedSince)
    conditions.push(
      Prisma.sql`q."updatedAt" >= (${new Date(updatedSince).toISOString()}::timestamptz AT TIME ZONE 'UTC')`,
    );
  const order = sort === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const keyset = after
    ? sort === "asc"
      ? Prisma.sql`(q."statedOn", q.id) > (${after[0]}::date, ${after[1]})`
      : Prisma.sql`(q."statedOn", q.id) < (${after[0]}::date, ${after[1]})`
    : Prisma.sql`TRUE`;
  const rows = await db.$queryRaw<Row[]>`
    ${SELECT} WHERE ${and(conditions)} AND ${keyset}
     ORDER BY q."statedOn" ${order}, q.id ${order} LIMIT ${limit + 1}`;
  const page = toPage(rows, limit, (row) => [row.statedOn, row.id]);
  const data = await withStances(page.data);
  if (!total) return { data, next: page.next };
  // Over a text search, counting stops after textCountCap matches (the total is then a lower bound). Not run at
  // once with the page: at 1M on this 2-core machine the two text scans at once answered slower (README).
  const cap = textCountCap(resolved);
  const [count] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM (
      SELECT 1 FROM "Quote" q JOIN "Article" a ON a.id = q."articleId" WHERE ${and(conditions)}
      ${cap === null ? Prisma.empty : Prisma.sql`LIMIT ${cap + 1}`}) m`;
  const n = Number(count.n);
  return {
    data,
    next: page.next,
    total: cap === null ? n : Math.min(n, cap),
    totalIsLowerBound: cap !== null && n > cap,
  };
}

/**
 * The quotes the caller may see that match: conditions on the quote and its article, and, for the stance columns
 * (holder, dimension, position), a visible stance of the quote in StanceRead that has them.
 */
function matching(visibility: Visibility, resolved: ResolvedCriteria): Prisma.Sql[] {
  const conditions = [visibleQuoteSql(visibility), ...quoteConditions(resolved)];
  const onStances: Prisma.Sql[] = [];
  if (resolved.holderCountryIds)
    onStances.push(Prisma.sql`r."holderCountryId" IN (${Prisma.join(resolved.holderCountryIds)})`);
  if (resolved.dimensionId !== undefined) onStances.push(Prisma.sql`r."dimensionId" = ${resolved.dimensionId}`);
  if (resolved.positionIds) onStances.push(Prisma.sql`r."positionId" IN (${Prisma.join(resolved.positionIds)})`);
  if (onStances.length) {
    if (visibility === "published") onStances.push(Prisma.sql`r.published`);
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "StanceRead" r WHERE r."quoteId" = q.id AND ${and(onStances)})`);
  }
  return conditions;
}

export async function getQuote(visibility: Visibility, id: number): Promise<QuoteDto> {
  const rows = await db.$queryRaw<Row[]>`${SELECT} WHERE q.id = ${id} AND ${visibleQuoteSql(visibility)}`;
  if (!rows[0]) throw new AppError("NOT_FOUND", `No quote ${id}.`);
  return (await withStances(rows))[0];
}

async function withStances(rows: Row[]): Promise<QuoteDto[]> {
  if (rows.length === 0) return [];
  const [versions, stances] = await Promise.all([
    versionNumbers(
      "Quote",
      rows.map((row) => row.id),
    ),
    db.$queryRaw<
      {
        id: number;
        quoteId: number;
        dimension: string;
        position: string;
        holderCountry: string;
        strength: "explicit" | "implied";
      }[]
    >`
    SELECT s.id, s."quoteId", d.key AS dimension, p.key AS position, hc.code AS "holderCountry", s.strength::text AS strength
      FROM "Stance" s
      JOIN "Dimension" d ON d.id = s."dimensionId"
      JOIN "Position" p ON p.id = s."positionId"
      JOIN "Country" hc ON hc.id = s."holderCountryId"
     WHERE s."quoteId" IN (${Prisma.join(rows.map((row) => row.id))}) AND s."deletedAt" IS NULL
     ORDER BY d."sortOrder", s.id`,
  ]);
  const byQuote = new Map<number, QuoteDto["stances"]>();
  for (const { quoteId, ...stance } of stances) byQuote.set(quoteId, [...(byQuote.get(quoteId) ?? []), stance]);
  return rows.map((row) => ({ ...row, stances: byQuote.get(row.id) ?? [], version: versions.get(row.id) ?? 1 }));
}
