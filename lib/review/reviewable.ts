// What review does to a quote or a country stance record, in one place: read the record, check it is in a
// status the step starts from and still at the version the user saw, change it with a version-guarded update
// (so two reviewers cannot both win), and record the audit event, inside the caller's transaction.
// submit.ts, return.ts, approve.ts and bulk-approve.ts say who may take which step.
import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma, ReviewStatus } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { recordAudit, type AuditEntityType } from "@/lib/audit/record";
import type { ReviewKind, ReviewTarget } from "@/lib/review/schemas";
import { reviewSelect, type ReviewRecord } from "@/lib/revisions/review-record";

/** The review fields a step sets; the timestamps a kind does not have are dropped by that kind's update. */
export interface ReviewChange {
  status: ReviewStatus;
  authorId?: string | null;
  contributorIds?: string[];
  reviewerId?: string | null;
  reviewComment?: string | null;
  submittedAt?: Date;
  reviewedAt?: Date;
  publishedAt?: Date | null;
}

interface Reviewable {
  label: string;
  entityType: AuditEntityType;
  find(tx: Prisma.TransactionClient, id: number): Promise<ReviewRecord | null>;
  /**
   * Applies the change only if the row is still at `version`, bumping it; returns the row as changed (one UPDATE …
   * RETURNING, no read-back), or null when it had moved on.
   */
  update(tx: Prisma.TransactionClient, id: number, version: number, change: ReviewChange): Promise<ReviewRecord | null>;
}

export const REVIEWABLE: Record<ReviewKind, Reviewable> = {
  quote: {
    label: "quote",
    entityType: "Quote",
    find: (tx, id) => tx.quote.findUnique({ where: { id }, select: reviewSelect }),
    update: async (tx, id, version, change) =>
      (
        await tx.quote.updateManyAndReturn({
          where: { id, version },
          data: { ...change, version: { increment: 1 } },
          select: reviewSelect,
        })
      )[0] ?? null,
  },
  countryStance: {
    label: "country stance record",
    entityType: "CountryStance",
    find: (tx, id) => tx.countryStance.findUnique({ where: { id }, select: reviewSelect }),
    // Country stance records keep no submittedAt/reviewedAt (see the review queue's ordering).
    update: async (tx, id, version, { submittedAt: _submitted, reviewedAt: _reviewed, ...change }) =>
      (
        await tx.countryStance.updateManyAndReturn({
          where: { id, version },
          data: { ...change, version: { increment: 1 } },
          select: reviewSelect,
        })
      )[0] ?? null,
  },
};

export interface ReviewStep {
  /** The statuses the step starts from. */
  from: readonly ReviewStatus[];
  /** Who may take the step on this record; throws FORBIDDEN. Returns extra facts for the audit event. */
  authorize(record: ReviewRecord): Record<string, unknown> | undefined;
  change(record: ReviewRecord): ReviewChange;
}

const STATUS_WORDS: Record<ReviewStatus, string> = {
  draft: "a draft",
  in_review: "in review",
  published: "published",
  returned: "returned to its author",
};

/**
 * `current`: the record as the caller's transaction just wrote it (save and submit), so it is not read again; the
 * row is locked by that write until the transaction ends, so nobody can have changed it since.
 */
export async function takeReviewStep(
  tx: Prisma.TransactionClient,
  actor: SessionUser,
  target: ReviewTarget,
  step: ReviewStep,
  current?: ReviewRecord,
): Promise<ReviewRecord> {
  const kind = REVIEWABLE[target.kind];
  const before = current ?? (await kind.find(tx, target.id));
  if (!before || before.deletedAt) throw new AppError("NOT_FOUND", `No such ${kind.label}.`);
  const facts = step.authorize(before) ?? {};
  if (before.version !== target.version) throw staleError(kind.label, before);
  if (!step.from.includes(before.status)) {
    throw new AppError(
      "CONFLICT",
      `This ${kind.label} is ${STATUS_WORDS[before.status]}, so it cannot take this step.`,
      { data: { status: before.status } },
    );
  }
  const after = await kind.update(tx, target.id, target.version, step.change(before));
  if (!after) throw staleError(kind.label, before);
  await recordAudit(tx, {
    actor,
    action: "status",
    entityType: kind.entityType,
    entityId: target.id,
    before: { ...before },
    after: { ...after, ...facts },
  });
  return after;
}

function staleError(label: string, current: ReviewRecord): AppError {
  return new AppError(
    "CONFLICT",
    `Someone changed this ${label} since you opened it. Reload to see the current version.`,
    {
      data: { version: current.version, status: current.status },
    },
  );
}
