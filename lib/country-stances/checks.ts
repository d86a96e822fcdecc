// The two warnings of a country stance record, computed while the editor fills the form and again on save.
// Neither blocks saving: a record may rightly cite a quote coded differently (a shift the editor is judging), or
// overlap a record the editor is about to end. The rules are pure functions below; `computeWarnings` reads the
// rows they need, and `checkCountryStance` is the form's entry (editors only).
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/validation";
import { countryStanceCheckSchema, type CountryStanceCheckInput } from "./schemas";
import { toIsoDay, fromIsoDay } from "@/lib/dates";

type Reader = Prisma.TransactionClient | typeof db;

export interface Disagreement {
  quoteId: number;
  text: string;
  /** What the quote does say on this dimension for this country ("Peace treaty"); empty when nothing. */
  coded: string[];
}

export interface Overlap {
  id: number;
  position: string;
  validFrom: string;
  /** Null while open. */
  validTo: string | null;
}

export interface CountryStanceWarnings {
  disagreements: Disagreement[];
  overlaps: Overlap[];
}

export const NO_WARNINGS: CountryStanceWarnings = { disagreements: [], overlaps: [] };

/** Days as "YYYY-MM-DD"; both ends inclusive, null meaning open. Periods sharing a day overlap. */
export function periodsOverlap(
  a: { from: string; to: string | null },
  b: { from: string; to: string | null },
): boolean {
  return (b.to === null || a.from <= b.to) && (a.to === null || b.from <= a.to);
}

/** A cited quote agrees when one of its live stances is on this dimension, held by this country, at this position. */
export function agrees(
  stances: { dimensionId: number; holderCountryId: number; positionId: number }[],
  record: { countryId: number; dimensionId: number; positionId: number },
): boolean {
  return stances.some(
    (s) =>
      s.dimensionId === record.dimensionId &&
      s.holderCountryId === record.countryId &&
      s.positionId === record.positionId,
  );
}

export async function computeWarnings(reader: Reader, raw: CountryStanceCheckInput): Promise<CountryStanceWarnings> {
  const input = parseInput(countryStanceCheckSchema, raw);
  const warnings: CountryStanceWarnings = { disagreements: [], overlaps: [] };
  const { countryId, dimensionId, positionId } = input;
  if (countryId && dimensionId && positionId && input.quoteIds.length) {
    const quotes = await reader.quote.findMany({
      where: { id: { in: input.quoteIds }, codingId: null },
      orderBy: { id: "asc" },
      select: {
        id: true,
        text: true,
        stances: {
          where: { deletedAt: null },
          select: { dimensionId: true, holderCountryId: true, positionId: true, position: { select: { label: true } } },
        },
      },
    });
    const record = { countryId, dimensionId, positionId };
    for (const quote of quotes) {
      if (agrees(quote.stances, record)) continue;
      const coded = quote.stances
        .filter((s) => s.dimensionId === dimensionId && s.holderCountryId === countryId)
        .map((s) => s.position.label);
      warnings.disagreements.push({ quoteId: quote.id, text: quote.text, coded });
    }
  }
  if (countryId && dimensionId && input.validFrom) {
    const validTo = input.validTo ?? null;
    const others = await reader.countryStance.findMany({
      where: {
        countryId,
        dimensionId,
        deletedAt: null,
        ...(input.id ? { id: { not: input.id } } : {}),
        // Narrowed in SQL, decided by periodsOverlap so the rule lives in one place.
        ...(validTo ? { validFrom: { lte: fromIsoDay(validTo) } } : {}),
      },
      orderBy: [{ validFrom: "asc" }, { id: "asc" }],
      select: { id: true, validFrom: true, validTo: true, position: { select: { label: true } } },
    });
    for (const other of others) {
      const period = { from: toIsoDay(other.validFrom), to: other.validTo ? toIsoDay(other.validTo) : null };
      if (periodsOverlap({ from: input.validFrom, to: validTo }, period)) {
        warnings.overlaps.push({
          id: other.id,
          position: other.position.label,
          validFrom: period.from,
          validTo: period.to,
        });
      }
    }
  }
  return warnings;
}

/** The form's live check: the warnings the record would have if saved as it stands. */
export async function checkCountryStance(
  user: SessionUser | null,
  raw: CountryStanceCheckInput,
): Promise<CountryStanceWarnings> {
  assertCan(user, "countryStance.edit");
  return computeWarnings(db, raw);
}
