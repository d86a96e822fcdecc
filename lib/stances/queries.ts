// Reads of stances for the read API, the explorer and the exports: one SQL query over Stance ⋈ Quote ⋈ Article
// (+ codebook, countries, speaker, outlet), filtered by the explorer's criteria and the caller's visibility,
// newest statement first, keyset-paginated by (statedOn, id). Raw SQL because the keyset comparison, the full-text
// condition and the shape of the flat row are beyond Prisma's query builder; visibility repeats PUBLISHED_QUOTE.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Visibility } from "@/lib/api/route";
import { decodeCursor, toPage, type Page } from "@/lib/api/cursor";
import type { StanceDto } from "@/lib/api/dtos";
import { and, quoteConditions, resolveCriteria, stanceConditions, statusSql, visibleQuoteSql, type ResolvedCriteria } from "./criteria";
import type { StanceCriteria, StanceFilter } from "./schemas";

const SELECT = Prisma.sql`
  SELECT s.id,
         ${statusSql} AS status,
         to_char(q."statedOn", 'YYYY-MM-DD') AS "statedOn",
         d.key AS dimension, d.label AS "dimensionLabel",
         p.key AS position, p.label AS "positionLabel",
         hc.code AS "holderCountry", hc.name AS "holderCountryName",
         sc.code AS "speakerCountry", sc.name AS "speakerCountryName",
         CASE WHEN pe."deletedAt" IS NULL AND pe."mergedIntoId" IS NULL THEN pe.slug END AS speaker,
         COALESCE(pe.name, q."speakerLabel") AS "speakerName",
         q.attribution::text AS attribution,
         q.id AS "quoteId", q."text" AS "quoteText",
         a.id AS "articleId", a.title AS "articleTitle", to_char(a."publishedOn", 'YYYY-MM-DD') AS "articlePublishedOn",
         o.id AS "outletId", o.name AS outlet, a.url AS "sourceUrl",
         s.note
    FROM "Stance" s
    JOIN "Quote" q ON q.id = s."quoteId"
    JOIN "Article" a ON a.id = q."articleId"
    JOIN "Dimension" d ON d.id = s."dimensionId"
    JOIN "Position" p ON p.id = s."positionId"
    JOIN "Country" hc ON hc.id = s."holderCountryId"
    LEFT JOIN "Country" sc ON sc.id = q."speakerCountryId"
    LEFT JOIN "Person" pe ON pe.id = q."speakerId"
    LEFT JOIN "Outlet" o ON o.id = a."outletId"`;

type Key = [string, number];

/** One page of stances: `{ data, next }`. */
export async function listStances(visibility: Visibility, filter: StanceFilter): Promise<Page<StanceDto>> {
  const { cursor, limit, ...criteria } = filter;
  const after = decodeCursor<Key>(cursor, ["day", "int"]);
  const rows = await readBatch(visibility, await resolveCriteria(criteria), after, limit + 1);
  return toPage(rows, limit, (row) => [row.statedOn, row.id]);
}

export async function getStance(visibility: Visibility, id: number): Promise<StanceDto> {
  const rows = await db.$queryRaw<StanceDto[]>`${SELECT} WHERE s.id = ${id} AND s."deletedAt" IS NULL AND ${visibleQuoteSql(visibility)}`;
  if (!rows[0]) throw new AppError("NOT_FOUND", `No stance ${id}.`);
  return rows[0];
}

/**
 * Every stance matching the criteria, in batches of `batchSize` read one keyset page at a time, so an export of a
 * million rows holds one batch in memory. Resolves the criteria first, so a bad filter fails before any output.
 */
export async function streamStances(
  visibility: Visibility,
  criteria: StanceCriteria,
  batchSize = 5000,
): Promise<AsyncGenerator<StanceDto[]>> {
  const resolved = await resolveCriteria(criteria);
  return (async function* () {
    let after: Key | null = null;
    for (;;) {
      const rows = await readBatch(visibility, resolved, after, batchSize);
      if (rows.length > 0) yield rows;
      if (rows.length < batchSize) return;
      const last = rows[rows.length - 1];
      after = [last.statedOn, last.id];
    }
  })();
}

function readBatch(visibility: Visibility, criteria: ResolvedCriteria, after: Key | null, take: number): Promise<StanceDto[]> {
  const conditions = [visibleQuoteSql(visibility), ...stanceConditions(criteria), ...quoteConditions(criteria)];
  // Written so the range on statedOn can use the Quote(statedOn, id) index: the row comparison alone cannot.
  if (after) conditions.push(Prisma.sql`q."statedOn" <= ${after[0]}::date AND (q."statedOn" < ${after[0]}::date OR s.id < ${after[1]})`);
  return db.$queryRaw<StanceDto[]>`${SELECT} WHERE ${and(conditions)} ORDER BY q."statedOn" DESC, s.id DESC LIMIT ${take}`;
}

export interface StanceFacets {
  total: number;
  holderCountry: { key: string; count: number }[];
  position: { key: string; count: number }[];
  attribution: { key: string; count: number }[];
  year: { key: string; count: number }[];
}

/**
 * The count and the facet counts of the explorer (per holder country, position, attribution kind, year) for the
 * criteria, in one pass over the matching rows (GROUPING SETS), so the page costs one scan, not five.
 */
export async function countStanceFacets(visibility: Visibility, criteria: StanceCriteria): Promise<StanceFacets> {
  const resolved = await resolveCriteria(criteria);
  const conditions = [visibleQuoteSql(visibility), ...stanceConditions(resolved), ...quoteConditions(resolved)];
  const rows = await db.$queryRaw<{ facet: string; key: string | null; count: bigint }[]>`
    WITH grouped AS (
      SELECT s."holderCountryId" AS holder, s."positionId" AS pos, q.attribution::text AS attribution,
             extract(year FROM q."statedOn")::int AS year, count(*) AS n,
             GROUPING(s."holderCountryId", s."positionId", q.attribution, extract(year FROM q."statedOn")::int) AS g
        FROM "Stance" s
        JOIN "Quote" q ON q.id = s."quoteId"
        JOIN "Article" a ON a.id = q."articleId"
       WHERE ${and(conditions)}
       GROUP BY GROUPING SETS ((), (s."holderCountryId"), (s."positionId"), (q.attribution), (extract(year FROM q."statedOn")::int))
    )
    SELECT CASE WHEN g = 15 THEN 'total' WHEN holder IS NOT NULL THEN 'holderCountry' WHEN pos IS NOT NULL THEN 'position'
                WHEN attribution IS NOT NULL THEN 'attribution' ELSE 'year' END AS facet,
           COALESCE(c.code, d.key || ':' || p.key, attribution, year::text) AS key, n AS count
      FROM grouped
      LEFT JOIN "Country" c ON c.id = grouped.holder
      LEFT JOIN "Position" p ON p.id = grouped.pos
      LEFT JOIN "Dimension" d ON d.id = p."dimensionId"
     ORDER BY n DESC`;
  const facets: StanceFacets = { total: 0, holderCountry: [], position: [], attribution: [], year: [] };
  for (const row of rows) {
    if (row.facet === "total") facets.total = Number(row.count);
    else facets[row.facet as Exclude<keyof StanceFacets, "total">].push({ key: row.key ?? "", count: Number(row.count) });
  }
  return facets;
}
