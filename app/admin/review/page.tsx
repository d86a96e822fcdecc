import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getReviewFilterOptions, listReviewQueue } from "@/lib/review/queries";
import { listOpenTakedowns } from "@/lib/review/takedowns";
import { listRevisionsForReview } from "@/lib/review/revision-queries";
import { NotAllowed } from "../_components/not-allowed";
import { BulkApprove } from "./_components/bulk-approve";
import { ReviewFilterForm } from "./_components/review-filter-form";
import { ReviewKeys } from "./_components/review-keys";
import { reviewFilterFrom } from "./_components/review-links";
import { CorrectionList, ReviewQueueList } from "./_components/review-lists";
import { ReviewViews } from "./_components/review-views";
import { TakedownList } from "./_components/takedown-list";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({ searchParams }: PageProps<"/admin/review">) {
  const user = await getCurrentUser();
  if (!can(user, "review.publish")) return <NotAllowed what="reviewing" />;
  const filter = reviewFilterFrom(await searchParams);
  const [page, options, corrections, takedowns] = await Promise.all([
    filter.revision === "revision" ? { items: [], nextCursor: null } : listReviewQueue(user, filter),
    getReviewFilterOptions(user),
    filter.revision === "new"
      ? { items: [] }
      : listRevisionsForReview(user, { view: filter.view, article: filter.article, editor: filter.editor }),
    listOpenTakedowns(user),
  ]);

  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-semibold">Review</h1>
      <ReviewViews filter={filter} />
      {filter.view === "waiting" ? <ReviewFilterForm filter={filter} options={options} /> : null}
      <BulkApprove filter={filter} items={page.items} />
      <TakedownList items={takedowns} />
      <ReviewKeys>
        <CorrectionList items={corrections.items} view={filter.view} />
        <ReviewQueueList page={page} filter={filter} />
      </ReviewKeys>
    </main>
  );
}
