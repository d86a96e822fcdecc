// Shift detection from evidence (#16): when a quote becomes public, each (holder country, dimension) it takes a
// position on is compared with that country's current published record on the dimension. A quote that holds none
// of the record's position — or a holder with no record there — opens a "possible shift" for editors, unless one
// is open or decided for that quote already. An analyst's reading never counts (coding rule 10), and a statement
// older than the record is history, not a shift. Runs inside the publishing transaction: the quote becomes public
// and its possible shifts exist together, or neither does.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { PUBLISHED_COUNTRY_STANCE } from "@/lib/country-stances/public";
import { PUBLISHED_QUOTE } from "@/lib/quotes/public";

type Tx = Prisma.TransactionClient;

export interface DetectedShift {
  id: number;
  quoteId: number;
  countryId: number;
  dimensionId: number;
  currentRecordId: number | null;
}

/** Opens the possible shifts the given quotes show, for those of them that are public now; returns them. */
export async function detectShiftsIn(
  tx: Tx,
  actor: { id: string } | null,
  quoteIds: readonly number[],
): Promise<DetectedShift[]> {
  if (quoteIds.length === 0) return [];
  const quotes = await tx.quote.findMany({
    where: { id: { in: [...quoteIds] }, ...PUBLISHED_QUOTE, codingId: null, attribution: { not: "analyst" } },
    select: {
      id: true,
      statedOn: true,
      stances: { where: { deletedAt: null }, select: { holderCountryId: true, dimensionId: true, positionId: true } },
      possibleShifts: { select: { countryId: true, dimensionId: true } },
    },
  });
  const currentRecords = await currentRecordsOf(
    tx,
    quotes.flatMap((quote) => quote.stances.map((s) => ({ countryId: s.holderCountryId, dimensionId: s.dimensionId }))),
  );
  const opened: DetectedShift[] = [];
  for (const quote of quotes) {
    const held = new Map<string, { countryId: number; dimensionId: number; positionIds: Set<number> }>();
    for (const stance of quote.stances) {
      const key = `${stance.holderCountryId}:${stance.dimensionId}`;
      const entry = held.get(key) ?? {
        countryId: stance.holderCountryId,
        dimensionId: stance.dimensionId,
        positionIds: new Set<number>(),
      };
      entry.positionIds.add(stance.positionId);
      held.set(key, entry);
    }
    for (const { countryId, dimensionId, positionIds } of held.values()) {
      if (quote.possibleShifts.some((s) => s.countryId === countryId && s.dimensionId === dimensionId)) continue;
      const current = currentRecords.get(`${countryId}:${dimensionId}`);
      if (current && (positionIds.has(current.positionId) || quote.statedOn < current.validFrom)) continue;
      const shift = await tx.possibleShift.create({
        data: { quoteId: quote.id, countryId, dimensionId, currentRecordId: current?.id ?? null },
        select: { id: true, quoteId: true, countryId: true, dimensionId: true, currentRecordId: true },
      });
      await recordAudit(tx, {
        actor,
        action: "create",
        entityType: "PossibleShift",
        entityId: shift.id,
        after: { ...shift, positionIds: [...positionIds], status: "open" },
      });
      opened.push(shift);
    }
  }
  return opened;
}

type CurrentRecord = { id: number; positionId: number; validFrom: Date };

/**
 * The current record of each (country, dimension) pair: the latest published one, as the public matrix shows it.
 * One read for all pairs (publishing an article checks every quote in it), not one per quote and pair; a pair has
 * only the few records of its history, so reading all of them and keeping the latest is bounded.
 */
async function currentRecordsOf(
  tx: Tx,
  pairs: { countryId: number; dimensionId: number }[],
): Promise<Map<string, CurrentRecord>> {
  const current = new Map<string, CurrentRecord>();
  if (pairs.length === 0) return current;
  const unique = [...new Map(pairs.map((pair) => [`${pair.countryId}:${pair.dimensionId}`, pair])).values()];
  const records = await tx.countryStance.findMany({
    where: { ...PUBLISHED_COUNTRY_STANCE, OR: unique },
    orderBy: [{ validFrom: "desc" }, { id: "desc" }],
    select: { id: true, countryId: true, dimensionId: true, positionId: true, validFrom: true },
  });
  for (const { countryId, dimensionId, ...record } of records) {
    const key = `${countryId}:${dimensionId}`;
    if (!current.has(key)) current.set(key, record);
  }
  return current;
}

/** The published quotes of an article (for when the article itself is published or restored to the public). */
export async function publicQuoteIdsOfArticle(tx: Tx, articleId: number): Promise<number[]> {
  const rows = await tx.quote.findMany({
    where: { articleId, status: "published", deletedAt: null },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
