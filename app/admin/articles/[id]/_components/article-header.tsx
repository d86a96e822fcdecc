// The article's title, bibliographic line, status, and links to annotate it, review it and see it in public.
import Link from "next/link";
import type { AdminArticle } from "@/lib/articles/queries";
import { formatDate } from "@/lib/dates";

export function ArticleHeader({ article }: { article: AdminArticle }) {
  const published = article.status === "published";
  return (
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
  );
}
