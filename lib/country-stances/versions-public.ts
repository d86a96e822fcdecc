// A published country stance record's public page and history: the record as it reads now and as it read in each
// published version (1 = first publication, then each approved correction), each with its permalink
// (/country-stances/12/v/2). Published-only: a record that is not public has no page and no history.
import "server-only";
import { db } from "@/lib/db";
import { cachedPublicRead } from "@/lib/public-cache";
import { PUBLISHED_QUOTE } from "@/lib/quotes/public";
import { approvedVersions, historyOf, type PublicHistory } from "@/lib/revisions/public-versions";
import { PUBLISHED_COUNTRY_STANCE } from "./public";
import type { CountryStanceValues } from "./schemas";
import { toIsoDay } from "@/lib/dates";

type Content = Omit<CountryStanceValues, "id" | "version">;

export interface CountryStanceVersionView {
  recordId: number;
  number: number;
  of: number;
  publishedAt: Date;
  supersededAt: Date | null;
  note: string | null;
  country: { code: string; name: string };
  dimension: string;
  position: { key: string; label: string; color: string; dimensionKey: string };
  validFrom: string;
  /** Null while the position still holds. */
  validTo: string | null;
  summary: string;
  /** The cited quotes that are public now, by id. */
  evidence: number[];
  history: PublicHistory;
}

async function versionsOf(recordId: number) {
  const record = await db.countryStance.findFirst({
    where: { AND: [PUBLISHED_COUNTRY_STANCE, { id: recordId }] },
    select: {
      id: true,
      publishedAt: true,
      createdAt: true,
      countryId: true,
      dimensionId: true,
      positionId: true,
      validFrom: true,
      validTo: true,
      summary: true,
      evidence: { select: { quoteId: true } },
    },
  });
  if (!record) return null;
  const versions = await approvedVersions<Content>("CountryStance", record.id, record.publishedAt ?? record.createdAt);
  const live: Content = {
    countryId: record.countryId,
    dimensionId: record.dimensionId,
    positionId: record.positionId,
    validFrom: toIsoDay(record.validFrom),
    validTo: record.validTo ? toIsoDay(record.validTo) : null,
    summary: record.summary,
    quoteIds: record.evidence.map((link) => link.quoteId),
  };
  return { versions, live };
}

async function uncachedGetCountryStanceHistory(recordId: number): Promise<PublicHistory | null> {
  const found = await versionsOf(recordId);
  return found && historyOf(found.versions);
}

/** Version `number` of a public record, or its current version when `number` is null. */
async function uncachedGetCountryStanceVersion(
  recordId: number,
  number: number | null,
): Promise<CountryStanceVersionView | null> {
  const found = await versionsOf(recordId);
  const version = found && (number === null ? found.versions.at(-1) : found.versions[number - 1]);
  if (!found || !version) return null;
  // The current version is the live row, whatever the revisions stored.
  const content = version.supersededAt === null || !version.content ? found.live : version.content;
  const [country, position, evidence] = await Promise.all([
    db.country.findUnique({ where: { id: content.countryId }, select: { code: true, name: true } }),
    db.position.findUnique({
      where: { id: content.positionId },
      select: { key: true, label: true, color: true, dimension: { select: { key: true, label: true } } },
    }),
    db.quote.findMany({
      where: { AND: [PUBLISHED_QUOTE, { id: { in: content.quoteIds } }] },
      orderBy: [{ statedOn: "asc" }, { id: "asc" }],
      select: { id: true },
    }),
  ]);
  if (!country || !position) return null;
  return {
    recordId,
    number: version.number,
    of: found.versions.length,
    publishedAt: version.publishedAt,
    supersededAt: version.supersededAt,
    note: version.note,
    country,
    dimension: position.dimension.label,
    position: { key: position.key, label: position.label, color: position.color, dimensionKey: position.dimension.key },
    validFrom: content.validFrom,
    validTo: content.validTo,
    summary: content.summary,
    evidence: evidence.map((quote) => quote.id),
    history: historyOf(found.versions),
  };
}

// Cached across requests and refreshed when the record changes (lib/public-cache.ts).
export const getCountryStanceHistory = cachedPublicRead(
  "country-stances.getCountryStanceHistory",
  uncachedGetCountryStanceHistory,
);
export const getCountryStanceVersion = cachedPublicRead(
  "country-stances.getCountryStanceVersion",
  uncachedGetCountryStanceVersion,
);
