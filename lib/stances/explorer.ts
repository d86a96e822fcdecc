// Reads of the explorer page (/explore) beyond what the API shares with it (queries.ts: countStanceFacets): the
// table in either date order, and the country × position × month counts behind its timeline and matrix. They use
// the same criteria and visibility conditions as every stance read (criteria.ts), so a view shows exactly what
// its export contains. What a viewer may see follows their role: published only, or also records in review.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { visibilityFor, type SessionUser, type Visibility } from "@/lib/auth/permissions";
import type { StanceDto } from "./dto";
import { PUBLISHED_ARTICLE } from "@/lib/articles/public";
import { and, readConditions, textCountCap, type ResolvedCriteria } from "./criteria";
import { countConditions } from "./queries";
import { fromIsoDay, lastDayOf, toIsoDay } from "@/lib/dates";

export function explorerVisibility(user: SessionUser | null): Visibility {
  return visibilityFor(user);
}

/** A row of the explorer's table: the flat stance row of the API (StanceDto), with its position's colour. */
export type ExplorerRow = StanceDto & { positionColor: string };

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

/** At most this many periods on the timeline: beyond it, months are summed into years. */
const MAX_MONTHS = 48;

export interface CountryPositionPeriods {
  /** "month": `month` is YYYY-MM; "year": the months were summed into years and `month` is YYYY. */
  granularity: "month" | "year";
  counts: CountryPositionMonth[];
}

/**
 * The matching statements counted per holder country × position × month (the timeline plots them, the matrix sums
 * them), from the read model: StanceReadMonthCount when every filter is one of its columns (the explorer's first
 * view among them), else one grouped pass over StanceRead (over a text search, its first textCountCap matches). Counts are of statements, not reports (coding rule 9:
 * the row leading its statement), and analysts' statements are counted apart from the country's own. Months beyond
 * MAX_MONTHS are summed into years, so what the page draws stays readable and small at any volume.
 */
export async function countByCountryPositionPeriod(
  visibility: Visibility,
  criteria: ResolvedCriteria,
): Promise<CountryPositionPeriods> {
  const counted = monthCountConditions(visibility, criteria);
  const statements = visibility === "published" ? Prisma.sql`r."publishedStatements"` : Prisma.sql`r.statements`;
  const lead = visibility === "published" ? Prisma.sql`r."leadPublished"` : Prisma.sql`r."leadVisible"`;
  const cap = textCountCap(criteria);
  const grouped = counted
    ? Prisma.sql`
      SELECT r."holderCountryId" AS holder, r."positionId" AS pos, r.attribution = 'analyst' AS commentary,
             r.month, sum(${statements}) AS n
        FROM "StanceReadMonthCount" r
       WHERE ${and(counted)}
       GROUP BY 1, 2, 3, 4`
    : cap !== null
      ? // A text search: the first `cap` matching statements, as its facets (countResolvedFacets) count them.
        Prisma.sql`
      SELECT holder, pos, commentary, month, count(*) AS n
        FROM (SELECT r."holderCountryId" AS holder, r."positionId" AS pos, r.attribution = 'analyst' AS commentary,
                     date_trunc('month', r."statedOn")::date AS month
                FROM "StanceRead" r
               WHERE ${and([...readConditions(visibility, criteria), lead])}
               LIMIT ${cap}) m
       GROUP BY 1, 2, 3, 4`
      : Prisma.sql`
      SELECT r."holderCountryId" AS holder, r."positionId" AS pos, r.attribution = 'analyst' AS commentary,
             date_trunc('month', r."statedOn")::date AS month, count(*) FILTER (WHERE ${lead}) AS n
        FROM "StanceRead" r
       WHERE ${and(readConditions(visibility, criteria))}
       GROUP BY 1, 2, 3, 4`;
  const rows = await db.$queryRaw<
    { holderCountry: string; dimension: string; position: string; month: string; count: bigint }[]
  >`
    WITH grouped AS (${grouped})
    SELECT c.code || CASE WHEN g.commentary THEN ${COMMENTARY} ELSE '' END AS "holderCountry", d.key AS dimension,
           p.key AS position, to_char(g.month, 'YYYY-MM') AS month, g.n AS count
      FROM grouped g
      JOIN "Country" c ON c.id = g.holder
      JOIN "Position" p ON p.id = g.pos
      JOIN "Dimension" d ON d.id = p."dimensionId"
     WHERE g.n > 0
     ORDER BY 1, g.month, d.key, p.key`;
  const counts = rows.map((row) => ({ ...row, count: Number(row.count) }));
  if (new Set(counts.map((row) => row.month)).size <= MAX_MONTHS) return { granularity: "month", counts };
  const years = new Map<string, CountryPositionMonth>();
  for (const row of counts) {
    const year = row.month.slice(0, 4);
    const key = `${row.holderCountry}|${year}|${row.dimension}|${row.position}`;
    const entry = years.get(key) ?? { ...row, month: year, count: 0 };
    entry.count += row.count;
    years.set(key, entry);
  }
  return { granularity: "year", counts: [...years.values()] };
}

/**
 * The criteria as conditions on StanceReadMonthCount (`r`), or null when a filter is not one of its columns. A
 * statement dated to a month or a year starts on its first day and matches statedFrom by its last (criteria.ts):
 * only a statedFrom on 1 January reads the same on months, and a statedTo on a month's last day.
 */
function monthCountConditions(visibility: Visibility, c: ResolvedCriteria): Prisma.Sql[] | null {
  const parts = countConditions(visibility, { ...c, statedFrom: undefined, statedTo: undefined });
  if (!parts) return null;
  if (c.statedFrom) {
    if (!c.statedFrom.endsWith("-01-01")) return null;
    parts.push(Prisma.sql`r.month >= ${c.statedFrom}::date`);
  }
  if (c.statedTo) {
    const first = `${c.statedTo.slice(0, 8)}01`;
    if (toIsoDay(lastDayOf(fromIsoDay(first), "month")) !== c.statedTo) return null;
    parts.push(Prisma.sql`r.month <= ${first}::date`);
  }
  return parts;
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
