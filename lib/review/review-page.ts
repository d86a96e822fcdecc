// Everything the review page shows, in one read: the queue of new work (quotes and country stance records), the
// corrections of published records, the open takedowns, and the filter's choices (only the waiting view has the
// filter form). The queue's `revision` filter leaves out the list it excludes rather than reading it.
import "server-only";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { getReviewFilterOptions, listReviewQueue, type ReviewFilterOptions, type ReviewQueuePage } from "./queries";
import { listRevisionsForReview, type RevisionReviewItem } from "./revision-queries";
import type { ReviewQueueFilter } from "./schemas";
import { listOpenTakedowns, type TakedownItem } from "./takedowns";

export interface ReviewPage {
  queue: ReviewQueuePage;
  corrections: RevisionReviewItem[];
  takedowns: TakedownItem[];
  /** null in the returned view, which has no filter form. */
  options: ReviewFilterOptions | null;
}

export async function getReviewPage(user: SessionUser | null, filter: ReviewQueueFilter): Promise<ReviewPage> {
  assertCan(user, "review.publish");
  const [queue, corrections, takedowns, options] = await Promise.all([
    filter.revision === "revision" ? { items: [], nextCursor: null } : listReviewQueue(user, filter),
    filter.revision === "new"
      ? { items: [] }
      : listRevisionsForReview(user, { view: filter.view, article: filter.article, editor: filter.editor }),
    listOpenTakedowns(user),
    filter.view === "waiting" ? getReviewFilterOptions(user) : null,
  ]);
  return { queue, corrections: corrections.items, takedowns, options };
}
