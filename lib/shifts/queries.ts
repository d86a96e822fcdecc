// The editors' list of possible shifts (lib/review/shift-detection.ts), each with its evidence side by side: the country's
// record as it stood when the shift was detected, with the statements it cites, and the new statement. For editors.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { runDueShiftChecksReporting } from "@/lib/review/shift-checks";

const quoteSelect = {
  id: true,
  text: true,
  statedOn: true,
  statedOnPrecision: true,
  attribution: true,
  speakerLabel: true,
  speaker: { select: { name: true } },
  speakerOrganization: { select: { name: true } },
  article: { select: { id: true, title: true, outlet: { select: { name: true } } } },
} satisfies Prisma.QuoteSelect;

type QuoteRow = Prisma.QuoteGetPayload<{ select: typeof quoteSelect }>;

export interface ShiftEvidenceQuote {
  id: number;
  text: string;
  statedOn: Date;
  statedOnPrecision: "day" | "month" | "year";
  speaker: string;
  source: string;
  articleId: number;
}

export interface PossibleShiftItem {
  id: number;
  status: "open" | "confirmed" | "dismissed";
  createdAt: Date;
  country: { id: number; code: string; name: string };
  dimension: { id: number; key: string; label: string };
  /** The positions of the dimension, for the confirm form; the statement's own are marked. */
  positions: { id: number; label: string; color: string; held: boolean }[];
  quote: ShiftEvidenceQuote;
  current: {
    id: number;
    position: { label: string; color: string };
    validFrom: Date;
    validTo: Date | null;
    summary: string;
    evidence: ShiftEvidenceQuote[];
  } | null;
  reason: string | null;
  resultRecordId: number | null;
}

const toEvidence = (quote: QuoteRow): ShiftEvidenceQuote => ({
  id: quote.id,
  text: quote.text,
  statedOn: quote.statedOn,
  statedOnPrecision: quote.statedOnPrecision,
  speaker:
    quote.speaker?.name ??
    quote.speakerOrganization?.name ??
    quote.speakerLabel ??
    quote.article.outlet?.name ??
    "Unattributed",
  source: [quote.article.outlet?.name, quote.article.title].filter(Boolean).join(", "),
  articleId: quote.article.id,
});

const PAGE = 50;

/** Open items oldest first (the next to decide on top), or the latest decided ones; at most 50. */
export async function listPossibleShifts(
  actor: SessionUser | null,
  status: "open" | "decided" = "open",
): Promise<PossibleShiftItem[]> {
  assertCan(actor, "countryStance.edit");
  if (status === "open") await runDueShiftChecksReporting(actor);
  const rows = await db.possibleShift.findMany({
    // decidedAt as well as the status: PossibleShift_decided_idx can only be chosen on a predicate without a
    // parameter (migration 20261130152000_indexes_prisma_can_use).
    where: status === "open" ? { status: "open" } : { status: { not: "open" }, decidedAt: { not: null } },
    orderBy: status === "open" ? [{ createdAt: "asc" }, { id: "asc" }] : [{ decidedAt: "desc" }, { id: "desc" }],
    take: PAGE,
    select: {
      id: true,
      status: true,
      createdAt: true,
      reason: true,
      resultRecordId: true,
      country: { select: { id: true, code: true, name: true } },
      dimension: {
        select: {
          id: true,
          key: true,
          label: true,
          positions: {
            where: { retired: false },
            orderBy: { sortOrder: "asc" },
            select: { id: true, label: true, color: true },
          },
        },
      },
      countryId: true,
      dimensionId: true,
      quote: {
        select: {
          ...quoteSelect,
          stances: {
            where: { deletedAt: null },
            select: { holderCountryId: true, dimensionId: true, positionId: true },
          },
        },
      },
      currentRecord: {
        select: {
          id: true,
          validFrom: true,
          validTo: true,
          summary: true,
          position: { select: { label: true, color: true } },
          evidence: {
            where: { quote: { deletedAt: null } },
            orderBy: { quote: { statedOn: "desc" } },
            take: 3,
            select: { quote: { select: quoteSelect } },
          },
        },
      },
    },
  });
  return rows.map((row) => {
    const held = new Set(
      row.quote.stances
        .filter((s) => s.holderCountryId === row.countryId && s.dimensionId === row.dimensionId)
        .map((s) => s.positionId),
    );
    const { positions, ...dimension } = row.dimension;
    return {
      id: row.id,
      status: row.status,
      createdAt: row.createdAt,
      country: row.country,
      dimension,
      positions: positions.map((position) => ({ ...position, held: held.has(position.id) })),
      quote: toEvidence(row.quote),
      current: row.currentRecord && {
        ...row.currentRecord,
        evidence: row.currentRecord.evidence.map((link) => toEvidence(link.quote)),
      },
      reason: row.reason,
      resultRecordId: row.resultRecordId,
    };
  });
}

/** The inbox's and the nav's count. */
export async function countOpenShifts(actor: SessionUser | null): Promise<number> {
  assertCan(actor, "countryStance.edit");
  return db.possibleShift.count({ where: { status: "open" } });
}
