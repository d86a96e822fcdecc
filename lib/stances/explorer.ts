// Reads of the explorer page (/explore) beyond what the API shares with it (queries.ts: countStanceFacets): the
// table in either date order, and the country × position × month counts behind its timeline and matrix. They use
// the same criteria and visibility conditions as every stance read (criteria.ts), so a view shows exactly what
// its export contains. What a viewer may see follows their role: published only, or also records in review.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { visibilityFor, type SessionUser, type Visibility } from "@/lib/auth/permissions";
import { decodeCursor, toPage, type Page } from "@/lib/cursor";
import { PUBLISHED_ARTICLE } from "@/lib/articles/public";
import { and, quoteConditions, resolveCriteria, stanceConditions, statusSql, visibleQuoteSql } from "./criteria";
import type { StanceCriteria, StanceFilter } from "./schemas";
import type { ExplorerSort } from "./explorer-params";

export function explorerVisibility(user: SessionUser | null): Visibility {
  return visibilityFor(user);
}

/** A row of the explorer's table: what it shows, with the position's colour for its badge. */
export interface ExplorerRow {
  id: number;
  status: "published" | "in_review";
  statedOn: string;
  dimension: string;
  dimensionLabel: string;
  position: string;
  positionLabel: string;
  positionColor: string;
  holderCountry: string;
  holderCountryName: string;
  speakerCountryName: string | null;
  speakerName: string | null;
  attribution: string;
  quoteId: number;
  quoteText: string;
  outlet: string | null;
}

type Key = [string, number];

/** One page of the table by statement date (then stance id), in either order, keyset-paginated like the API. */
export async function listExplorerRows(
  visibility: Visibility,
  filter: StanceFilter,
  sort: ExplorerSort,
): Promise<Page<ExplorerRow>> {
  const { cursor, limit, ...criteria } = filter;
  const after = decodeCursor<Key>(cursor, ["day", "int"]);
  const resolved = await resolveCriteria(criteria);
  const conditions = [visibleQuoteSql(visibility), ...stanceConditions(resolved), ...quoteConditions(resolved)];
  // The same shape as queries.ts' keyset condition, so the Quote(statedOn, id) index serves both orders.
  if (after && sort === "desc")
    conditions.push(
      Prisma.sql`q."statedOn" <= ${after[0]}::date AND (q."statedOn" < ${after[0]}::date OR s.id < ${after[1]})`,
    );
  if (after && sort === "asc")
    conditions.push(
      Prisma.sql`q."statedOn" >= ${after[0]}::date AND (q."statedOn" > ${after[0]}::date OR s.id > ${after[1]})`,
    );
  const order = sort === "asc" ? Prisma.sql`q."statedOn" ASC, s.id ASC` : Prisma.sql`q."statedOn" DESC, s.id DESC`;
  const rows = await db.$queryRaw<ExplorerRow[]>`
    SELECT s.id, ${statusSql} AS status, to_char(q."statedOn", 'YYYY-MM-DD') AS "statedOn",
           d.key AS dimension, d.label AS "dimensionLabel", p.key AS position, p.label AS "positionLabel", p.color AS "positionColor",
           hc.code AS "holderCountry", hc.name AS "holderCountryName", sc.name AS "speakerCountryName",
           COALESCE(pe.name, q."speakerLabel") AS "speakerName", q.attribution::text AS attribution,
           q.id AS "quoteId", q."text" AS "quoteText", o.name AS outlet
      FROM "Stance" s
      JOIN "Quote" q ON q.id = s."quoteId"
      JOIN "Article" a ON a.id = q."articleId"
      JOIN "Dimension" d ON d.id = s."dimensionId"
      JOIN "Position" p ON p.id = s."positionId"
      JOIN "Country" hc ON hc.id = s."holderCountryId"
      LEFT JOIN "Country" sc ON sc.id = q."speakerCountryId"
      LEFT JOIN "Person" pe ON pe.id = q."speakerId"
      LEFT JOIN "Outlet" o ON o.id = a."outletId"
     WHERE ${and(conditions)}
     ORDER BY ${order}
     LIMIT ${limit + 1}`;
  return toPage(rows, limit, (row) => [row.statedOn, row.id]);
}

/** Statements of one holder country, position and month of statement. */
export interface CountryPositionMonth {
  /**
   * The holder's code; for analysts' statements about it, the code with COMMENTARY appended: analysts never count
   * toward a country (coding rule 7), so their readings are a row of their own ("commentary about China").
   */
  holderCountry: string;
  dimension: string;
  position: string;
  /** "YYYY-MM" */
  month: string;
  count: number;
}

/** Appended to a holder's code for the row of analysts' commentary about it (see CountryPositionMonth). */
export const COMMENTARY = "~analysts";

/**
 * The matching stances counted per holder country × position × month, in one grouped scan: the timeline plots
 * them, the matrix sums the months. Months, not days, keep the result small at a million stances (at most
 * countries × positions × months of the record). Counts are of statements, not reports (coding rule 9), and
 * analysts' statements are counted apart from the country's own.
 */
export async function countByCountryPositionMonth(
  visibility: Visibility,
  criteria: StanceCriteria,
): Promise<CountryPositionMonth[]> {
  const resolved = await resolveCriteria(criteria);
  const conditions = [visibleQuoteSql(visibility), ...stanceConditions(resolved), ...quoteConditions(resolved)];
  const rows = await db.$queryRaw<
    { holderCountry: string; dimension: string; position: string; month: string; count: bigint }[]
  >`
    WITH grouped AS (
      SELECT s."holderCountryId" AS holder, s."positionId" AS pos, q.attribution = 'analyst' AS commentary,
             date_trunc('month', q."statedOn") AS month, count(DISTINCT q."statementId") AS n
        FROM "Stance" s
        JOIN "Quote" q ON q.id = s."quoteId"
        JOIN "Article" a ON a.id = q."articleId"
       WHERE ${and(conditions)}
       GROUP BY 1, 2, 3, 4
    )
    SELECT c.code || CASE WHEN g.commentary THEN ${COMMENTARY} ELSE '' END AS "holderCountry", d.key AS dimension,
           p.key AS position, to_char(g.month, 'YYYY-MM') AS month, g.n AS count
      FROM grouped g
      JOIN "Country" c ON c.id = g.holder
      JOIN "Position" p ON p.id = g.pos
      JOIN "Dimension" d ON d.id = p."dimensionId"
     ORDER BY c.code, g.month`;
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

/**
 * Outlets for the filter's menu: those with a published article, or with any live article for viewers who see
 * records in review (for the public, an outlet that only appears in drafts would reveal what is being annotated).
 */
export function listExplorerOutlets(visibility: Visibility): Promise<{ id: number; name: string }[]> {
  return db.outlet.findMany({
    where: { articles: { some: visibility === "published" ? PUBLISHED_ARTICLE : { deletedAt: null } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
