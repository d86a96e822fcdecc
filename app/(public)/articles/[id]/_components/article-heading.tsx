// The article's title with the way back to the list, its outlet, author and date, and a link to the original.
import Link from "next/link";
import type { PublishedArticle } from "@/lib/articles/public";
import { formatDate } from "@/lib/dates";
import { paths } from "@/lib/public-routes";

export function ArticleHeading({ article }: { article: PublishedArticle }) {
  return (
    <>
      <p className="text-sm text-slate-600">
        <Link href={paths.articles()} className="underline">
          Articles
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{article.title}</h1>
      <p className="mt-1 text-sm text-slate-600">
        {[article.outlet, article.author ? `by ${article.author}` : null, formatDate(article.publishedOn)]
          .filter(Boolean)
          .join(" · ")}
        {article.url ? (
          <>
            {" · "}
            <a href={article.url} className="underline" rel="noopener noreferrer">
              Original<span className="sr-only"> article at {article.outlet ?? "the outlet"}</span>
            </a>
          </>
        ) : null}
      </p>
    </>
  );
}
