// Addresses of the public pages, in one place, and the parsing of their route parameters. Pure except
// absoluteUrl, which reads SITE_URL (the canonical host for metadata, sitemap and feed).
import { z } from "zod";
import { env } from "@/lib/env";

export const paths = {
  home: () => "/",
  countries: () => "/countries",
  country: (code: string) => `/countries/${code.toLowerCase()}`,
  people: () => "/people",
  person: (slug: string) => `/people/${slug}`,
  /** A person's roles as they read in one published version (1 = first publication, then each role correction). */
  personVersion: (slug: string, version: number) => `/people/${slug}/v/${version}`,
  articles: () => "/articles",
  article: (id: number) => `/articles/${id}`,
  /** An article's text as it read in one published version (1 = first publication, then each body correction). */
  articleVersion: (id: number, version: number) => `/articles/${id}/v/${version}`,
  countryStance: (id: number) => `/country-stances/${id}`,
  countryStanceVersion: (id: number, version: number) => `/country-stances/${id}/v/${version}`,
  quote: (id: number) => `/quotes/${id}`,
  /** A quote as it read in one published version (1 = first publication; later ones are approved corrections). */
  quoteVersion: (id: number, version: number) => `/quotes/${id}/v/${version}`,
  position: (dimensionKey: string, positionKey: string) => `/positions/${dimensionKey}/${positionKey}`,
  codebook: () => "/codebook",
  reliability: () => "/reliability",
  explore: () => "/explore",
  search: (q?: string) => (q ? `/search?q=${encodeURIComponent(q)}` : "/search"),
  feed: () => "/feed.xml",
  /** Atom feeds of confirmed shifts of position: every country's, and one country's. */
  shiftsFeed: () => "/shifts.xml",
  countryShiftsFeed: (code: string) => `/countries/${code.toLowerCase()}/shifts.xml`,
  /** The sign-in page; the same as SIGN_IN_PATH in lib/auth/config.ts, which public pages should not load. */
  signIn: () => "/sign-in",
};

export function absoluteUrl(path: string): string {
  return `${env().SITE_URL}${path}`;
}

// Ids are PostgreSQL `integer`s; anything else in the URL ("12abc", "1e3", 2^31) is simply not a record.
const RecordId = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .pipe(z.number().max(2_147_483_647));

/** The id in a URL segment, or null when it cannot name a record (the page then answers 404). */
export function parseRecordId(segment: string): number | null {
  const parsed = RecordId.safeParse(segment);
  return parsed.success ? parsed.data : null;
}
