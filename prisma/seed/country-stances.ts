// Builder for country stance records: an editor's judgement of a country's position on one dimension over a
// period, with the quotes that support it.
import type { ReviewStatus } from "@/lib/generated/prisma/client";
import { positionId } from "./codebook";
import { countryId } from "./countries";
import { type Db, inTransaction } from "./db";
import { fromIsoDay } from "@/lib/dates";
import { reviewTimestamps } from "./review";

export interface CountryStanceSeed {
  country: string;
  dimension: string;
  position: string;
  /** "YYYY-MM-DD", inclusive. With country and dimension, it identifies the record. */
  validFrom: string;
  /** "YYYY-MM-DD", inclusive; null while the position still holds. */
  validTo?: string | null;
  summary: string;
  status?: ReviewStatus;
  reviewComment?: string | null;
  authorId?: string | null;
  reviewerId?: string | null;
  publishedAt?: Date;
  /** Ids of the quotes the summary relies on; ones already linked stay linked. */
  evidenceQuoteIds?: number[];
}

/** Upserts by country, dimension and validFrom, and links the evidence, in one transaction. */
export function seedCountryStance(db: Db, seed: CountryStanceSeed) {
  return inTransaction(db, async (tx) => {
    const validFrom = fromIsoDay(seed.validFrom);
    const validTo = seed.validTo ? fromIsoDay(seed.validTo) : null;
    if (validTo && validTo < validFrom) {
      throw new Error(`${seed.country} ${seed.dimension}: the record from ${seed.validFrom} ends before it starts.`);
    }
    const { dimensionId, positionId: position } = await positionId(tx, seed.dimension, seed.position);
    const key = { countryId: await countryId(tx, seed.country), dimensionId, validFrom };
    const existing = await tx.countryStance.findFirst({ where: { ...key, deletedAt: null }, orderBy: { id: "asc" } });
    const status = seed.status ?? "draft";
    const fields = {
      positionId: position,
      validTo,
      summary: seed.summary,
      status,
      reviewComment: seed.reviewComment ?? null,
      authorId: seed.authorId ?? null,
      contributorIds: seed.authorId ? [seed.authorId] : [],
      reviewerId: seed.reviewerId ?? null,
      // The table records publication only; submission and review times live in the audit log.
      publishedAt: reviewTimestamps(status, seed, existing).publishedAt,
    };
    const record = existing
      ? await tx.countryStance.update({ where: { id: existing.id }, data: fields })
      : await tx.countryStance.create({ data: { ...key, ...fields } });
    if (seed.evidenceQuoteIds?.length) {
      await tx.countryStanceEvidence.createMany({
        data: seed.evidenceQuoteIds.map((quoteId) => ({ countryStanceId: record.id, quoteId })),
        skipDuplicates: true,
      });
    }
    return record;
  });
}
