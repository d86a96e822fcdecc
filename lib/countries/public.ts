// Countries and organizations as the public reads them. They are reference data: all are public.
import "server-only";
import { cachedPublicRead } from "@/lib/public-cache";
import { db } from "@/lib/db";
import { countPublishedStatementsOfCountries } from "@/lib/quotes/statement-counts";
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
  /** Published statements by others (not analysts) coding a position the country holds. */
  aboutCount: number;
}

/** Every country and organization, in menu order: reference data only, no counts. */
function uncachedListCountries(): Promise<CountryDto[]> {
  return db.country.findMany({ orderBy: [{ kind: "asc" }, { name: "asc" }], select: countrySelect });
}

/**
 * Every country with its statement counts, for /countries: read from the count table the triggers keep
 * (lib/quotes/statement-counts.ts), a few rows per country, where counting over every published quote and its
 * stances took 3–17 s at a million quotes.
 */
async function uncachedListCountriesWithCounts(): Promise<CountryWithCounts[]> {
  const [countries, counts] = await Promise.all([uncachedListCountries(), countPublishedStatementsOfCountries()]);
  const byKey = new Map(counts.map((row) => [`${row.kind}:${row.keyId}`, row.statements]));
  const count = (kind: (typeof counts)[number]["kind"], id: number) => byKey.get(`${kind}:${id}`) ?? 0;
  return countries.map((country) => ({
    ...country,
    statementCount: count("speakerCountry", country.id),
    commentaryCount: count("commentary", country.id),
    aboutCount: count("about", country.id),
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
