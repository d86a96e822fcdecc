// Published-only reads of country stance records: the current-position matrix, a country's timelines, and who
// held a position when. A record is public when it is published and not deleted; the evidence it cites is
// shown only where the quote itself is public.
import "server-only";
import { cachedPublicRead } from "@/lib/public-cache";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLISHED_QUOTE } from "@/lib/quotes/public";
import type { StripRecordInput } from "@/lib/country-stances/strips";
import { evidenceQuoteSelect, toEvidenceQuote } from "./evidence-quotes";
import { staleness } from "./evidence-rule";

export const PUBLISHED_COUNTRY_STANCE = {
  status: "published",
  deletedAt: null,
} as const satisfies Prisma.CountryStanceWhereInput;

const recordSelect = {
  id: true,
  validFrom: true,
  validTo: true,
  summary: true,
  country: { select: { id: true, code: true, name: true, shortName: true } },
  dimension: { select: { id: true, key: true, label: true } },
  position: { select: { id: true, key: true, label: true, color: true } },
  countryId: true,
  dimensionId: true,
  evidence: {
    where: { quote: PUBLISHED_QUOTE },
    orderBy: { quote: { statedOn: "asc" } },
    select: { quote: { select: { ...evidenceQuoteSelect, statedOnPrecision: true } } },
  },
} satisfies Prisma.CountryStanceSelect;

export interface CountryStanceRecord {
  id: number;
  validFrom: Date;
  /** Null while the position still holds. */
  validTo: Date | null;
  summary: string;
  country: { id: number; code: string; name: string; shortName: string };
  dimension: { id: number; key: string; label: string };
  position: { id: number; key: string; label: string; color: string };
  /** The cited quotes that are public, oldest first. */
  evidence: { id: number; statedOn: Date; statedOnPrecision: "day" | "month" | "year" }[];
  /**
   * For an open record (coding rule 10): the last day of its last evidence, and why it may no longer hold (over 12
   * months old, or a role of its evidence has ended), or null when it is recent. Null for a closed record.
   */
  lastEvidence: { on: Date; stale: string | null } | null;
}

function toRecord(row: Prisma.CountryStanceGetPayload<{ select: typeof recordSelect }>): CountryStanceRecord {
  const { countryId, dimensionId, ...record } = row;
  const evidence = row.evidence.map((link) => toEvidenceQuote(link.quote));
  const stale = row.validTo
    ? null
    : staleness({ countryId, dimensionId, validFrom: row.validFrom, validTo: null }, evidence);
  return {
    ...record,
    evidence: row.evidence.map(({ quote }) => ({
      id: quote.id,
      statedOn: quote.statedOn,
      statedOnPrecision: quote.statedOnPrecision,
    })),
    lastEvidence: stale ? { on: stale.lastEvidenceOn, stale: stale.reason } : null,
  };
}

function findRecords(where: Prisma.CountryStanceWhereInput, orderBy: Prisma.CountryStanceOrderByWithRelationInput[]) {
  return db.countryStance
    .findMany({ where: { AND: [PUBLISHED_COUNTRY_STANCE, where] }, orderBy, select: recordSelect })
    .then((rows) => rows.map(toRecord));
}

/**
 * Each country's latest published record per dimension (the one that started last), keyed "CODE:dimensionKey".
 * Only countries with at least one record appear.
 */
async function uncachedCurrentPositions(): Promise<Map<string, CountryStanceRecord>> {
  const records = await findRecords({}, [{ validFrom: "desc" }, { id: "desc" }]);
  const latest = new Map<string, CountryStanceRecord>();
  for (const record of records) {
    const key = `${record.country.code}:${record.dimension.key}`;
    if (!latest.has(key)) latest.set(key, record);
  }
  return latest;
}

/** One country's records on every dimension, oldest first. */
function uncachedCountryTimeline(countryId: number): Promise<CountryStanceRecord[]> {
  return findRecords({ countryId }, [{ validFrom: "asc" }, { id: "asc" }]);
}

/** Every country that held a position, oldest record first. */
function uncachedRecordsWithPosition(positionId: number): Promise<CountryStanceRecord[]> {
  return findRecords({ positionId }, [{ validFrom: "asc" }, { id: "asc" }]);
}

export interface Shift {
  from: CountryStanceRecord;
  to: CountryStanceRecord;
}

/** Changes of position between consecutive records on the same dimension (China 2018: treaty → declaration). */
export function findShifts(records: CountryStanceRecord[]): Shift[] {
  const shifts: Shift[] = [];
  const previous = new Map<number, CountryStanceRecord>();
  const ordered = [...records].sort((a, b) => a.validFrom.getTime() - b.validFrom.getTime() || a.id - b.id);
  for (const record of ordered) {
    const before = previous.get(record.dimension.id);
    if (before && before.position.id !== record.position.id) shifts.push({ from: before, to: record });
    previous.set(record.dimension.id, record);
  }
  return shifts;
}

/** Records are few (countries × dimensions × changes of position); the cap keeps a runaway import from loading more. */
const STRIP_RECORD_LIMIT = 5_000;

/**
 * Every published record with only what a strip draws: its period, position, the date of its latest public
 * evidence and whether coding rule 10 flags it as stale (`staleness()`, the same rule as the admin's).
 */
async function uncachedStripRecords(): Promise<StripRecordInput[]> {
  const rows = await db.countryStance.findMany({
    where: PUBLISHED_COUNTRY_STANCE,
    orderBy: [{ validFrom: "asc" }, { id: "asc" }],
    take: STRIP_RECORD_LIMIT,
    select: {
      id: true,
      validFrom: true,
      validTo: true,
      country: { select: { code: true, name: true, shortName: true } },
      dimension: { select: { key: true, label: true } },
      position: { select: { key: true, label: true, color: true } },
      countryId: true,
      dimensionId: true,
      evidence: { where: { quote: PUBLISHED_QUOTE }, select: { quote: { select: evidenceQuoteSelect } } },
    },
  });
  return rows.map(({ evidence, countryId, dimensionId, ...row }) => {
    const quotes = evidence.map((link) => toEvidenceQuote(link.quote));
    const rule = staleness({ countryId, dimensionId, validFrom: row.validFrom, validTo: row.validTo }, quotes);
    return { ...row, lastEvidence: rule?.lastEvidenceOn ?? null, stale: Boolean(rule?.reason) };
  });
}

// Cached across requests and refreshed when the record changes (lib/public-cache.ts).
export const currentPositions = cachedPublicRead("country-stances.currentPositions", uncachedCurrentPositions);
export const countryTimeline = cachedPublicRead("country-stances.countryTimeline", uncachedCountryTimeline);
export const recordsWithPosition = cachedPublicRead("country-stances.recordsWithPosition", uncachedRecordsWithPosition);
export const stripRecords = cachedPublicRead("country-stances.stripRecords", uncachedStripRecords);
