import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm, buttonClass } from "@/components/action-form";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/or-not-found";
import { formatDate } from "@/lib/dates";
import { getAdminArticle } from "@/lib/articles/queries";
import { NotAllowed } from "../../_components/not-allowed";
import { OverrideReasonField } from "../../_components/override-reason-field";
import { DeleteForm } from "../../_components/delete-form";
import { TakedownForm } from "../../_components/takedown-form";
import { bulkApproveAction, publishArticleAction, unpublishArticleAction } from "./actions";

export const metadata: Metadata = { title: "Article" };

const STATUS_LABEL = { draft: "Draft", in_review: "In review", returned: "Returned", published: "Published" } as const;

export default async function AdminArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!can(user, "article.edit")) return <NotAllowed what="articles" />;
  const article = await orNotFound(getAdminArticle(user, Number((await params).id)));
  const approvable = article.quotes.filter((quote) => quote.status === "in_review" && quote.approval === "allowed");
  const published = article.status === "published";
  return (
    <main className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{article.title}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {[article.outlet, article.author, formatDate(article.publishedOn), article.language]
            .filter(Boolean)
            .join(" · ")}
          {article.url ? (
            <>
              {" · "}
              <a href={article.url} rel="noreferrer noopener" className="underline">
                source
              </a>
            </>
          ) : null}
        </p>
        <p className="mt-1 text-sm">
          Status: <strong data-testid="article-status">{published ? "Published" : "Draft"}</strong>
          {article.createdBy ? ` · imported by ${article.createdBy.label}` : null} ·{" "}
          {article.bodyLength.toLocaleString("en")} characters
        </p>
        <p className="mt-2 flex gap-4 text-sm">
          <Link href={`/admin/articles/${article.id}/annotate`} className="underline">
            Annotate
          </Link>
          <Link href={`/admin/review?article=${article.id}`} className="underline">
            Review queue for this article
          </Link>
          {published ? (
            <Link href={`/articles/${article.id}`} className="underline">
              Public page
            </Link>
          ) : null}
        </p>
      </header>

      {can(user, "review.publish") ? (
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
          {published ? <TakedownForm entityType="Article" entityId={article.id} /> : null}
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
      ) : null}

      <section aria-labelledby="quotes">
        <h2 id="quotes" className="text-lg font-semibold">
          Quotes
        </h2>
        {article.quotes.length === 0 ? <p className="text-sm text-slate-600">No quotes marked yet.</p> : null}
        <ul className="mt-2 space-y-2 text-sm">
          {article.quotes.map((quote) => (
            <li key={quote.id} className="flex gap-3" data-testid={`quote-${quote.id}`}>
              <span className="w-24 shrink-0 text-slate-600">
                {quote.codingId ? "Double coding" : STATUS_LABEL[quote.status]}
              </span>
              {can(user, "quote.edit") ? (
                <Link href={`/admin/articles/${article.id}/annotate?quote=${quote.id}`} className="hover:underline">
                  “{quote.text}”
                </Link>
              ) : (
                <span>“{quote.text}”</span>
              )}
              {quote.authorLabel ? <span className="text-slate-500">by {quote.authorLabel}</span> : null}
              {quote.status === "published" && can(user, "review.publish") ? (
                <details className="ml-auto">
                  <summary className="cursor-pointer text-red-800">Take down…</summary>
                  <TakedownForm entityType="Quote" entityId={quote.id} label={`Take down quote ${quote.id}`} />
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      {can(user, "article.delete") ? <DeleteForm kind="article" id={article.id} name={article.title} /> : null}
    </main>
  );
}
