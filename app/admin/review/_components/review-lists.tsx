// The queue itself: corrections of published records first, then new records, 50 a page.
import Link from "next/link";
import type { ReviewQueuePage } from "@/lib/review/queries";
import type { RevisionReviewItem } from "@/lib/review/revision-queries";
import type { ReviewQueueFilter } from "@/lib/review/schemas";
import { ReviewItemCard } from "./review-item";
import { reviewHref } from "./review-links";
import { RevisionItemCard } from "./revision-item";

export function CorrectionList({ items, view }: { items: RevisionReviewItem[]; view: ReviewQueueFilter["view"] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="corrections" className="mb-6 space-y-3">
      <h2 id="corrections" className="text-lg font-semibold">
        Corrections of published records
      </h2>
      <ol className="space-y-4">
        {items.map((item) => (
          <RevisionItemCard key={item.id} item={item} view={view} />
        ))}
      </ol>
    </section>
  );
}

export function ReviewQueueList({ page, filter }: { page: ReviewQueuePage; filter: ReviewQueueFilter }) {
  return (
    <>
      {page.items.length === 0 ? (
        <p className="text-slate-600">
          {filter.view === "waiting" ? "Nothing waits for review." : "Nothing has been returned to you."}
        </p>
      ) : null}
      <ol className="space-y-4">
        {page.items.map((item) => (
          <ReviewItemCard key={`${item.kind}-${item.id}`} item={item} view={filter.view} />
        ))}
      </ol>
      {page.nextCursor ? (
        <Link
          href={`${reviewHref(filter, {})}&cursor=${encodeURIComponent(page.nextCursor)}`}
          className="text-sm underline"
          data-review-more=""
        >
          Next page (50 a page)
        </Link>
      ) : null}
    </>
  );
}
