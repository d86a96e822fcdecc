// Publishing the article (with an override reason when no second editor approved it), unpublishing or taking it
// down, and approving all its quotes in review at once.
import { ActionForm, buttonClass } from "@/components/action-form";
import type { AdminArticle } from "@/lib/articles/queries";
import { OverrideReasonField } from "../../../_components/override-reason-field";
import { TakedownForm } from "../../../_components/takedown-form";
import { bulkApproveAction, publishArticleAction, unpublishArticleAction } from "../actions";

export function PublishingSection({ article }: { article: AdminArticle }) {
  const approvable = article.quotes.filter((quote) => quote.status === "in_review" && quote.approval === "allowed");
  const published = article.status === "published";
  return (
    <section aria-labelledby="publishing" className="space-y-3">
      <h2 id="publishing" className="text-lg font-semibold">
        Publishing
      </h2>
      <p className="text-sm text-slate-600">
        Published articles show their approved quotes on the public site; unpublishing takes all of them off.
      </p>
      <ActionForm action={published ? unpublishArticleAction : publishArticleAction}>
        <input type="hidden" name="articleId" value={article.id} />
        <input type="hidden" name="version" value={article.version} />
        {!published && article.publishApproval === "override" ? <OverrideReasonField /> : null}
        <button type="submit" className={buttonClass}>
          {published ? "Unpublish the article" : "Publish the article"}
        </button>
      </ActionForm>
      <TakedownForm entityType="Article" entityId={article.id} published={published} />
      {approvable.length > 0 ? (
        <ActionForm action={bulkApproveAction}>
          <input type="hidden" name="articleId" value={article.id} />
          <input
            type="hidden"
            name="quotes"
            value={approvable.map((quote) => `${quote.id}:${quote.version}`).join(",")}
          />
          <button type="submit" className="rounded border border-slate-400 px-4 py-2 text-sm">
            Approve all {approvable.length} quote(s) in review
          </button>
        </ActionForm>
      ) : null}
    </section>
  );
}
