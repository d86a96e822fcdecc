// The counts beside the admin nav's links: work in review the signed-in editor may decide (not their own), and
// open possible shifts. Counts only, so every admin page can afford them (the inbox on /admin says more).
import "server-only";
import { assertCan, can, type SessionUser } from "@/lib/auth/permissions";
import { countOpenPossibleShifts, countReviewableBy } from "./review-counts";

export interface NavCounts {
  review: number;
  shifts: number;
}

/** For reviewers (editors and admins); the layout asks only for them. */
export async function getNavCounts(actor: SessionUser | null): Promise<NavCounts> {
  assertCan(actor, "review.publish");
  const [review, shifts] = await Promise.all([
    countReviewableBy(actor.id),
    can(actor, "countryStance.edit") ? countOpenPossibleShifts() : 0,
  ]);
  return { review, shifts };
}
