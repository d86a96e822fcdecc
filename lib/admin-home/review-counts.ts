// The counts both the admin layout's nav and the /admin inbox show: work in review a reviewer may decide (not their
// own) and open possible shifts. On /admin the layout and the page render in one request and would each run them;
// React's `cache` makes that one round of queries per request. Callers check the role (nav-counts.ts, inbox.ts).
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

/** In-review quotes, country stance records and revisions that the given user did not contribute to. */
export const countReviewableBy = cache(async (actorId: string): Promise<number> => {
  const notMine = { NOT: { contributorIds: { has: actorId } } };
  const counts = await Promise.all([
    db.quote.count({ where: { status: "in_review", deletedAt: null, article: { deletedAt: null }, ...notMine } }),
    db.countryStance.count({ where: { status: "in_review", deletedAt: null, ...notMine } }),
    db.revision.count({ where: { status: "in_review", ...notMine } }),
  ]);
  return counts.reduce((total, count) => total + count, 0);
});

export const countOpenPossibleShifts = cache(async (): Promise<number> =>
  db.possibleShift.count({ where: { status: "open" } }),
);
