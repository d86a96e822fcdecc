// A reviewer approves a record in review, which publishes it: it shows on the public pages once its article
// is published too. Someone who contributed to it may not; an admin may, giving a reason (an audited override).
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, assertMayPublish, type SessionUser } from "@/lib/auth/permissions";
import { contributorsOf } from "@/lib/revisions/contributors";
import { takeReviewStep, type ReviewStep } from "@/lib/review/reviewable";
import type { ReviewTarget } from "@/lib/review/schemas";
import { detectShiftsIn } from "@/lib/review/shift-detection";
import { assertNoOpenTakedown } from "@/lib/review/takedowns";
import { markShiftCheckDue, runDueShiftChecksSoon } from "@/lib/review/shift-checks";

/**
 * One approval (the review queue): a quote's possible-shift check is made due in the approving transaction and runs
 * once it has committed, after the answer (lib/review/shift-checks.ts says why and how it is never lost).
 */
export async function approve(actor: SessionUser | null, target: ReviewTarget) {
  assertCan(actor, "review.publish");
  const approved = await db.$transaction(async (tx) => {
    const record = await approveWithoutShiftCheck(tx, actor, target);
    if (target.kind === "quote") await markShiftCheckDue(tx, target.id);
    return record;
  });
  if (target.kind === "quote") await runDueShiftChecksSoon(actor);
  return approved;
}

/**
 * The approval inside the caller's transaction (bulk approval runs many in one). A quote that becomes public opens
 * its possible shifts in the same transaction (lib/review/shift-detection.ts).
 */
export async function approveIn(tx: Prisma.TransactionClient, actor: SessionUser, target: ReviewTarget) {
  const approved = await approveWithoutShiftCheck(tx, actor, target);
  if (target.kind === "quote") await detectShiftsIn(tx, actor, [target.id]);
  return approved;
}

async function approveWithoutShiftCheck(tx: Prisma.TransactionClient, actor: SessionUser, target: ReviewTarget) {
  await assertNoOpenTakedown(tx, target.kind === "quote" ? "Quote" : "CountryStance", target.id);
  return takeReviewStep(tx, actor, target, approvalStep(actor, target));
}

function approvalStep(actor: SessionUser, target: ReviewTarget): ReviewStep {
  return {
    from: ["in_review"],
    authorize: (record) => {
      const { override } = assertMayPublish(actor, contributorsOf(record), target.overrideReason);
      return override ? { override } : undefined;
    },
    change: () => {
      const now = new Date();
      return { status: "published", reviewerId: actor.id, reviewedAt: now, publishedAt: now, reviewComment: null };
    },
  };
}
