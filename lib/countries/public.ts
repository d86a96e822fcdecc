// Countries and organizations as the public reads them. They are reference data: all are public.
import "server-only";
import { cachedPublicRead } from "@/lib/public-cache";
import { db } from "@/lib/db";
import type { CountryKind } from "@/lib/generated/prisma/client";

export interface CountryDto {
  id: number;
  code: string;
  name: string;
  shortName: string;
  kind: CountryKind;
}

const countrySelect = { id: true, code: true, name: true, shortName: true, kind: true } as const;

export interface CountryWithCounts extends CountryDto {
  /** Published statements (not reports: coding rule 9) by the country's officials, organizations and sources. */
  statementCount: number;
  /** Published analysts' statements about the country's position: shown apart, never its own (coding rule 7). */
  commentaryCount: number;
  /** Published statements, by anyone but analysts, coding a position the country holds. */
  heldCount: number;
}

/** Every country and organization, in menu order: reference data only, no counts. */
function uncachedListCountries(): Promise<CountryDto[]> {
  return db.country.findMany({ orderBy: [{ kind: "asc" }, { name: "asc" }], select: countrySelect });
}

/**
 * Every country with its statement counts, for /countries only: the counts walk every published quote (17 s at a
 * million quotes), so the menus, the home page and the explorer read listCountries instead.
 */
async function uncachedListCountriesWithCounts(): Promise<CountryWithCounts[]> {
  const [countries, counts] = await Promise.all([
    uncachedListCountries(),
    // The same rule as PUBLISHED_QUOTE (lib/quotes/public.ts), in SQL to count distinct statements.
    db.$queryRaw<{ countryId: number; statements: bigint; commentary: bigint; held: bigint }[]>`
      WITH published AS (
        SELECT q.id, q."statementId", q."speakerCountryId", q.attribution
          FROM "Quote" q JOIN "Article" a ON a.id = q."articleId"
         WHERE q.status = 'published' AND q."deletedAt" IS NULL AND a.status = 'published' AND a."deletedAt" IS NULL
      ), own AS (
        SELECT "speakerCountryId" AS "countryId", count(DISTINCT "statementId") AS n
          FROM published WHERE attribution <> 'analyst' AND "speakerCountryId" IS NOT NULL GROUP BY 1
      ), held AS (
        SELECT s."holderCountryId" AS "countryId",
               count(DISTINCT p."statementId") FILTER (WHERE p.attribution = 'analyst') AS commentary,
               count(DISTINCT p."statementId") FILTER (WHERE p.attribution <> 'analyst') AS n
          FROM published p JOIN "Stance" s ON s."quoteId" = p.id AND s."deletedAt" IS NULL
         GROUP BY 1
      )
      SELECT c.id AS "countryId", COALESCE(own.n, 0) AS statements, COALESCE(held.commentary, 0) AS commentary,
             COALESCE(held.n, 0) AS held
        FROM "Country" c LEFT JOIN own ON own."countryId" = c.id LEFT JOIN held ON held."countryId" = c.id`,
  ]);
  const byId = new Map(counts.map((row) => [row.countryId, row]));
  return countries.map(({ id, ...country }) => ({
    id,
    ...country,
    statementCount: Number(byId.get(id)?.statements ?? 0),
    commentaryCount: Number(byId.get(id)?.commentary ?? 0),
    heldCount: Number(byId.get(id)?.held ?? 0),
  }));
}

/** By code, case-insensitively ("cn" finds CN); null when there is none. */
function uncachedGetCountry(code: string): Promise<CountryDto | null> {
  return db.country.findUnique({ where: { code: code.toUpperCase() }, select: countrySelect });
}

// Cached across requests and refreshed when the record changes (lib/public-cache.ts).
export const listCountries = cachedPublicRead("countries.listCountries", uncachedListCountries);
export const listCountriesWithCounts = cachedPublicRead(
  "countries.listCountriesWithCounts",
  uncachedListCountriesWithCounts,
);
export const getCountry = cachedPublicRead("countries.getCountry", uncachedGetCountry);
