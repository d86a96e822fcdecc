// One button to approve every quote shown from one article, offered only when the queue is filtered to it.
import { ActionForm } from "@/components/action-form";
import type { ReviewItem } from "@/lib/review/queries";
import type { ReviewQueueFilter } from "@/lib/review/schemas";
import { bulkApproveAction } from "../../articles/[id]/actions";

export function BulkApprove({ filter, items }: { filter: ReviewQueueFilter; items: ReviewItem[] }) {
  const bulk =
    filter.view === "waiting" && filter.article
      ? items.filter((item) => item.kind === "quote" && item.approval === "allowed")
      : [];
  if (bulk.length === 0) return null;
  return (
    <ActionForm action={bulkApproveAction} aria-label="Approve the whole article">
      <input type="hidden" name="articleId" value={filter.article} />
      <input type="hidden" name="quotes" value={bulk.map((item) => `${item.id}:${item.version}`).join(",")} />
      <button type="submit" className="rounded border border-slate-400 px-3 py-2 text-sm">
        Approve all {bulk.length} quote(s) shown from this article
      </button>
    </ActionForm>
  );
}
