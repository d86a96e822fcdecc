// The author sends a quote or a country stance record for review: draft or returned → in review; for a
// published one, its open correction (lib/review/revisions.ts).
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { withContributor } from "@/lib/revisions/contributors";
import { submitRevision } from "@/lib/review/revisions";
import { takeReviewStep, type ReviewStep } from "@/lib/review/reviewable";
import type { ReviewTarget } from "@/lib/review/schemas";

/** Why a quote of a double coding is not sent for review on its own. */
export const IN_DOUBLE_CODING =
  "This quote is part of a double coding: submit your coding of the article instead. A curator's final quotes go to review.";

const EDIT_PERMISSION = { quote: "quote.edit", countryStance: "countryStance.edit" } as const;

/**
 * Any editor may submit (they may edit the record too); a record without an author (seeded, or its author's
 * account deleted) becomes the submitter's, so the second-editor rule has someone to compare with.
 */
export async function submitForReview(actor: SessionUser | null, target: ReviewTarget) {
  assertCan(actor, EDIT_PERMISSION[target.kind]);
  if (target.kind === "quote") {
    const quote = await db.quote.findUnique({ where: { id: target.id }, select: { codingId: true } });
    if (quote?.codingId != null) throw new AppError("CONFLICT", IN_DOUBLE_CODING);
  }
  // A published record's open correction is what its editors send for review.
  const entityType = target.kind === "quote" ? "Quote" : "CountryStance";
  const correction = await db.revision.findFirst({
    where: { entityType, entityId: target.id, status: { in: ["draft", "returned"] } },
    select: { id: true, version: true },
  });
  if (correction) return submitRevision(actor, { revisionId: correction.id, version: correction.version });
  return db.$transaction((tx) => takeReviewStep(tx, actor, target, submitStep(actor)));
}

/** Draft or returned → in review, by its author or any editor (who then becomes the author of an authorless one). */
export function submitStep(actor: SessionUser): ReviewStep {
  return {
    from: ["draft", "returned"],
    authorize: () => undefined,
    change: (record) => ({
      status: "in_review",
      authorId: record.authorId ?? actor.id,
      contributorIds: record.authorId ? record.contributorIds : withContributor(record.contributorIds, actor.id),
      submittedAt: new Date(),
    }),
  };
}

/** The annotation workspace's "Submit for review" on one quote. */
export const submitQuote = (actor: SessionUser | null, quote: { id: number; version: number }) =>
  submitForReview(actor, { kind: "quote", ...quote });
