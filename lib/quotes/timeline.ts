// The home page's timeline: published statements per speaker country and month, counted in SQL. A dot per month
// (its size the count) keeps the chart readable and its data small at any volume; the page used to load every
// published quote (882,000 rows at a million) to draw a dot per day.
import "server-only";
import { db } from "@/lib/db";
import { cachedPublicRead } from "@/lib/public-cache";

export interface CountryMonthCount {
  country: { code: string; name: string; shortName: string };
  /** The first day of the month, UTC. */
  month: Date;
  /** Statements (coding rule 9: one statement reported by several articles counts once), analysts' excluded. */
  count: number;
}

async function uncachedCountStatementsByCountryMonth(): Promise<CountryMonthCount[]> {
  const rows = await db.$queryRaw<{ code: string; name: string; shortName: string; month: Date; count: number }[]>`
    WITH counted AS (
      SELECT q."speakerCountryId", date_trunc('month', q."statedOn")::date AS month,
             count(DISTINCT q."statementId")::int AS count
        FROM "Quote" q
        JOIN "Article" a ON a.id = q."articleId"
       WHERE q.status = 'published' AND q."deletedAt" IS NULL AND a.status = 'published' AND a."deletedAt" IS NULL
         AND q."speakerCountryId" IS NOT NULL
         -- Analysts speak for no country (coding rule 7).
         AND q.attribution <> 'analyst'
       GROUP BY 1, 2
    )
    SELECT c.code, c.name, c."shortName", counted.month, counted.count
      FROM counted
      JOIN "Country" c ON c.id = counted."speakerCountryId"
     ORDER BY c.code, counted.month`;
  return rows.map(({ code, name, shortName, month, count }) => ({ country: { code, name, shortName }, month, count }));
}

// Cached across requests and refreshed when the record changes (lib/public-cache.ts).
export const countStatementsByCountryMonth = cachedPublicRead(
  "quotes.countStatementsByCountryMonth",
  uncachedCountStatementsByCountryMonth,
);
