// The counts beside the admin nav's links: work in review the signed-in editor may decide (not their own), and
// open possible shifts. Counts only, so every admin page can afford them (the inbox on /admin says more).
import "server-only";
import { db } from "@/lib/db";
import { assertCan, can, type SessionUser } from "@/lib/auth/permissions";

export interface NavCounts {
  review: number;
  shifts: number;
}

/** For reviewers (editors and admins); the layout asks only for them. */
export async function getNavCounts(actor: SessionUser | null): Promise<NavCounts> {
  assertCan(actor, "review.publish");
  const notMine = { NOT: { contributorIds: { has: actor.id } } };
  const [quotes, records, revisions, shifts] = await Promise.all([
    db.quote.count({ where: { status: "in_review", deletedAt: null, article: { deletedAt: null }, ...notMine } }),
    db.countryStance.count({ where: { status: "in_review", deletedAt: null, ...notMine } }),
    db.revision.count({ where: { status: "in_review", ...notMine } }),
    can(actor, "countryStance.edit") ? db.possibleShift.count({ where: { status: "open" } }) : 0,
  ]);
  return { review: quotes + records + revisions, shifts };
}
