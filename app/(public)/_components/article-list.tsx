// A list of published articles (title, outlet, date, number of quotes): the home page's latest and /articles.
import Link from "next/link";
import type { listPublishedArticles } from "@/lib/articles/public";
import { formatDate } from "@/lib/dates";
import { paths } from "@/lib/public-routes";

type PublishedArticle = Awaited<ReturnType<typeof listPublishedArticles>>["articles"][number];

export function ArticleList({ articles, className }: { articles: PublishedArticle[]; className: string }) {
  if (articles.length === 0) return <p className={`${className} text-slate-700`}>No article has been published yet.</p>;
  return (
    <ul className={`${className} divide-y divide-slate-200`}>
      {articles.map((article) => (
        <li key={article.id} className="py-3">
          <Link href={paths.article(article.id)} className="font-medium underline">
            {article.title}
          </Link>
          <p className="text-sm text-slate-600">
            {[article.outlet, formatDate(article.publishedOn)].filter(Boolean).join(" · ")} · {article.quoteCount}{" "}
            {article.quoteCount === 1 ? "quote" : "quotes"}
          </p>
        </li>
      ))}
    </ul>
  );
}
