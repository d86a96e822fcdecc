// Countries and organizations as the public reads them. They are reference data: all are public.
import "server-only";
import { cachedPublicRead } from "@/lib/public-cache";
import { db } from "@/lib/db";
import type { CountryKind } from "@/lib/generated/prisma/client";
import { PUBLISHED_QUOTE } from "@/lib/quotes/public";

export interface CountryDto {
  id: number;
  code: string;
  name: string;
  shortName: string;
  kind: CountryKind;
}

const countrySelect = { id: true, code: true, name: true, shortName: true, kind: true } as const;

function uncachedListCountries(): Promise<(CountryDto & { statementCount: number })[]> {
  return db.country
    .findMany({
      orderBy: [{ kind: "asc" }, { name: "asc" }],
      select: { ...countrySelect, _count: { select: { quotesSpoken: { where: PUBLISHED_QUOTE } } } },
    })
    .then((rows) => rows.map(({ _count, ...country }) => ({ ...country, statementCount: _count.quotesSpoken })));
}

/** By code, case-insensitively ("cn" finds CN); null when there is none. */
function uncachedGetCountry(code: string): Promise<CountryDto | null> {
  return db.country.findUnique({ where: { code: code.toUpperCase() }, select: countrySelect });
}

// Cached across requests and refreshed when the record changes (lib/public-cache.ts).
export const listCountries = cachedPublicRead("countries.listCountries", uncachedListCountries);
export const getCountry = cachedPublicRead("countries.getCountry", uncachedGetCountry);
