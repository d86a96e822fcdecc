// The queue's two views: what waits for the reviewer, and what was returned to the author.
import Link from "next/link";
import type { ReviewQueueFilter } from "@/lib/review/schemas";
import { reviewHref } from "./review-links";

const VIEWS = [
  ["waiting", "Waiting for review"],
  ["returned", "Returned to me"],
] as const;

export function ReviewViews({ filter }: { filter: ReviewQueueFilter }) {
  return (
    <nav aria-label="Views" className="flex gap-4 text-sm">
      {VIEWS.map(([view, label]) => (
        <Link
          key={view}
          href={reviewHref(filter, { view })}
          aria-current={filter.view === view ? "page" : undefined}
          className="underline"
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}
