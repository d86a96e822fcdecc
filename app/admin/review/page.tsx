import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getReviewPage } from "@/lib/review/review-page";
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
  const { queue, corrections, takedowns, options } = await getReviewPage(user, filter);

  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-semibold">Review</h1>
      <ReviewViews filter={filter} />
      {options ? <ReviewFilterForm filter={filter} options={options} /> : null}
      <BulkApprove filter={filter} items={queue.items} />
      <TakedownList items={takedowns} />
      <ReviewKeys>
        <CorrectionList items={corrections} view={filter.view} />
        <ReviewQueueList page={queue} filter={filter} />
      </ReviewKeys>
    </main>
  );
}
