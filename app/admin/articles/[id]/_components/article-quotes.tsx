// The article's quotes with their status: each opens in the workspace for those who may edit quotes, and a
// published one can be taken down by those who may publish.
import Link from "next/link";
import type { AdminArticle } from "@/lib/articles/queries";
import { TakedownForm } from "../../../_components/takedown-form";

const STATUS_LABEL = { draft: "Draft", in_review: "In review", returned: "Returned", published: "Published" } as const;

export function ArticleQuotes(props: { article: AdminArticle; mayEdit: boolean; mayTakeDown: boolean }) {
  const { article, mayEdit, mayTakeDown } = props;
  return (
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
            {mayEdit ? (
              <Link href={`/admin/articles/${article.id}/annotate?quote=${quote.id}`} className="hover:underline">
                “{quote.text}”
              </Link>
            ) : (
              <span>“{quote.text}”</span>
            )}
            {quote.authorLabel ? <span className="text-slate-500">by {quote.authorLabel}</span> : null}
            {mayTakeDown ? (
              <TakedownForm
                entityType="Quote"
                entityId={quote.id}
                published={quote.status === "published"}
                label={`Take down quote ${quote.id}`}
                collapsed
                className="ml-auto"
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
