// A reviewer approves a record in review, which publishes it: it shows on the public pages once its article
// is published too. A second editor must do it; an admin may approve their own work, recorded as an override.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, assertMayPublish, type SessionUser } from "@/lib/auth/permissions";
import { takeReviewStep, type ReviewStep } from "@/lib/review/reviewable";
import type { ReviewTarget } from "@/lib/review/schemas";

export async function approve(actor: SessionUser | null, target: ReviewTarget) {
  assertCan(actor, "review.publish");
  return db.$transaction((tx) => approveIn(tx, actor, target));
}

/** The approval inside the caller's transaction (bulk approval runs many in one). */
export function approveIn(tx: Prisma.TransactionClient, actor: SessionUser, target: ReviewTarget) {
  return takeReviewStep(tx, actor, target, approvalStep(actor));
}

function approvalStep(actor: SessionUser): ReviewStep {
  return {
    from: ["in_review"],
    authorize: (record) => {
      const { override } = assertMayPublish(actor, record.authorId);
      return override ? { override: "admin published their own work" } : undefined;
    },
    change: () => {
      const now = new Date();
      return { status: "published", reviewerId: actor.id, reviewedAt: now, publishedAt: now, reviewComment: null };
    },
  };
}
