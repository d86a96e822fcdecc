// A reviewer returns a record in review to its author with a comment saying what to change.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { takeReviewStep } from "@/lib/review/reviewable";
import { returnSchema, type ReturnInput } from "@/lib/review/schemas";
import { parseInput } from "@/lib/validation";

export async function returnToAuthor(actor: SessionUser | null, input: ReturnInput) {
  assertCan(actor, "review.publish");
  // Parsed here too, not only by the form: a return without a comment would leave its author guessing.
  const { comment, ...target } = parseInput(returnSchema, input);
  return db.$transaction((tx) =>
    takeReviewStep(tx, actor, target, {
      from: ["in_review"],
      authorize: () => undefined,
      change: () => ({ status: "returned", reviewComment: comment, reviewerId: actor.id, reviewedAt: new Date() }),
    }),
  );
}
