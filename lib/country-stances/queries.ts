// Country stance records as editors read them: the list (filtered by country and dimension, newest first,
// keyset-paginated by id), one record for its form, the form's choices, and the quote search that picks the
// evidence, and the two admin pages' reads that compose them. Drafts included; editors only.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma, ReviewStatus } from "@/lib/generated/prisma/client";
import { assertCan, can, type SessionUser } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/validation";
import { countryStanceListSchema, evidenceSearchSchema, type EvidenceSearchInput } from "./schemas";
import { toIsoDay } from "@/lib/dates";

export const COUNTRY_STANCE_PAGE_SIZE = 25;

export interface CountryStanceListItem {
  id: number;
  country: string;
  dimension: string;
  position: string;
  positionRetired: boolean;
  validFrom: Date;
  validTo: Date | null;
  status: ReviewStatus;
  evidenceCount: number;
}

export async function listCountryStances(
  user: SessionUser | null,
  raw: { country?: string; dimension?: string; before?: string | number },
): Promise<{ items: CountryStanceListItem[]; nextBefore: number | null }> {
  assertCan(user, "countryStance.edit");
  const filter = parseInput(countryStanceListSchema, raw);
  const rows = await db.countryStance.findMany({
    where: {
      deletedAt: null,
      ...(filter.country ? { country: { code: filter.country } } : {}),
      ...(filter.dimension ? { dimension: { key: filter.dimension } } : {}),
      ...(filter.before ? { id: { lt: filter.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: COUNTRY_STANCE_PAGE_SIZE + 1,
    select: {
      id: true,
      validFrom: true,
      validTo: true,
      status: true,
      country: { select: { shortName: true } },
      dimension: { select: { label: true } },
      position: { select: { label: true, retired: true } },
      _count: { select: { evidence: true } },
    },
  });
  const page = rows.slice(0, COUNTRY_STANCE_PAGE_SIZE);
  return {
    items: page.map((row) => ({
      id: row.id,
      country: row.country.shortName,
      dimension: row.dimension.label,
      position: row.position.label,
      positionRetired: row.position.retired,
      validFrom: row.validFrom,
      validTo: row.validTo,
      status: row.status,
      evidenceCount: row._count.evidence,
    })),
    nextBefore: rows.length > COUNTRY_STANCE_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
  };
}

export interface EvidenceQuote {
  id: number;
  text: string;
  statedOn: string;
  speaker: string | null;
  speakerCountry: string | null;
  status: ReviewStatus;
  /** "CN · Instrument: Peace treaty" for each live stance. */
  stances: string[];
}

const evidenceSelect = {
  id: true,
  text: true,
  statedOn: true,
  status: true,
  speakerLabel: true,
  speaker: { select: { name: true } },
  speakerCountry: { select: { code: true } },
  stances: {
    where: { deletedAt: null },
    orderBy: { id: "asc" },
    select: {
      holderCountry: { select: { code: true } },
      dimension: { select: { label: true } },
      position: { select: { label: true } },
    },
  },
} satisfies Prisma.QuoteSelect;

function toEvidenceQuote(row: Prisma.QuoteGetPayload<{ select: typeof evidenceSelect }>): EvidenceQuote {
  return {
    id: row.id,
    text: row.text,
    statedOn: toIsoDay(row.statedOn),
    speaker: row.speaker?.name ?? row.speakerLabel,
    speakerCountry: row.speakerCountry?.code ?? null,
    status: row.status,
    stances: row.stances.map((s) => `${s.holderCountry.code} · ${s.dimension.label}: ${s.position.label}`),
  };
}

export interface CountryStanceDetail {
  id: number;
  version: number;
  status: ReviewStatus;
  reviewComment: string | null;
  countryId: number;
  dimensionId: number;
  positionId: number;
  validFrom: string;
  validTo: string | null;
  summary: string;
  evidence: EvidenceQuote[];
}

export async function getCountryStance(user: SessionUser | null, id: number): Promise<CountryStanceDetail> {
  assertCan(user, "countryStance.edit");
  const row = Number.isSafeInteger(id)
    ? await db.countryStance.findFirst({
        where: { id, deletedAt: null },
        select: {
          id: true,
          version: true,
          status: true,
          reviewComment: true,
          countryId: true,
          dimensionId: true,
          positionId: true,
          validFrom: true,
          validTo: true,
          summary: true,
          evidence: { orderBy: { quote: { statedOn: "asc" } }, select: { quote: { select: evidenceSelect } } },
        },
      })
    : null;
  if (!row) throw new AppError("NOT_FOUND", "No such country stance record.");
  return {
    ...row,
    validFrom: toIsoDay(row.validFrom),
    validTo: row.validTo ? toIsoDay(row.validTo) : null,
    evidence: row.evidence.map((link) => toEvidenceQuote(link.quote)),
  };
}

export interface CountryStanceFormOptions {
  countries: { id: number; code: string; name: string }[];
  /** Retired dimensions and positions are included, marked, so an old record still shows its own. */
  dimensions: {
    id: number;
    key: string;
    label: string;
    retired: boolean;
    positions: { id: number; label: string; retired: boolean }[];
  }[];
}

export async function getCountryStanceFormOptions(user: SessionUser | null): Promise<CountryStanceFormOptions> {
  assertCan(user, "countryStance.edit");
  const [countries, dimensions] = await Promise.all([
    db.country.findMany({ orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, code: true, name: true } }),
    db.dimension.findMany({
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: {
        id: true,
        key: true,
        label: true,
        retired: true,
        positions: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, label: true, retired: true } },
      },
    }),
  ]);
  return { countries, dimensions };
}

const SEARCH_LIMIT = 10;

/**
 * Up to ten live quotes for the evidence picker, newest first: the words appear in the text, or name the
 * speaker (or an alias), or are a holder country's code ("CN"). With `holderCountryId`, only quotes with a
 * stance held by that country.
 */
export async function searchEvidenceQuotes(
  user: SessionUser | null,
  raw: EvidenceSearchInput,
): Promise<EvidenceQuote[]> {
  assertCan(user, "countryStance.edit");
  const { q, holderCountryId } = parseInput(evidenceSearchSchema, raw);
  const contains = { contains: q, mode: "insensitive" } as const;
  const rows = await db.quote.findMany({
    where: {
      deletedAt: null,
      // A coder's independent coding is never evidence; the curated quotes are.
      codingId: null,
      ...(holderCountryId ? { stances: { some: { holderCountryId, deletedAt: null } } } : {}),
      ...(q
        ? {
            OR: [
              { text: contains },
              { speakerLabel: contains },
              { speaker: { OR: [{ name: contains }, { aliases: { some: { name: contains } } }] } },
              {
                stances: {
                  some: {
                    deletedAt: null,
                    holderCountry: { OR: [{ code: q.toUpperCase() }, { shortName: contains }, { name: contains }] },
                  },
                },
              },
            ],
          }
        : {}),
    },
    orderBy: [{ statedOn: "desc" }, { id: "desc" }],
    take: SEARCH_LIMIT,
    select: evidenceSelect,
  });
  return rows.map(toEvidenceQuote);
}

/** The admin list page in one read: a page of records and the filter's choices. */
export async function getCountryStanceListPage(
  user: SessionUser | null,
  raw: { country?: string; dimension?: string; before?: string | number },
): Promise<{ items: CountryStanceListItem[]; nextBefore: number | null; options: CountryStanceFormOptions }> {
  assertCan(user, "countryStance.edit");
  const [list, options] = await Promise.all([listCountryStances(user, raw), getCountryStanceFormOptions(user)]);
  return { ...list, options };
}

/** A record's admin page in one read: the record, its form's choices, and whether the editor may take it down. */
export async function getCountryStancePage(
  user: SessionUser | null,
  id: number,
): Promise<{ record: CountryStanceDetail; options: CountryStanceFormOptions; mayTakeDown: boolean }> {
  assertCan(user, "countryStance.edit");
  const [record, options] = await Promise.all([getCountryStance(user, id), getCountryStanceFormOptions(user)]);
  return { record, options, mayTakeDown: record.status === "published" && can(user, "review.publish") };
}
