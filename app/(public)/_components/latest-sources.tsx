// The home page's ten latest published articles, with their outlet, date and number of quotes.
import Link from "next/link";
import { listPublishedArticles } from "@/lib/articles/public";
import { formatDate } from "@/lib/dates";
import { paths } from "@/lib/public-routes";

export async function LatestSources() {
  const { articles } = await listPublishedArticles(10);
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading" className="text-xl font-semibold">
        Latest sources
      </h2>
      {articles.length === 0 ? (
        <p className="mt-3 text-slate-700">No article has been published yet.</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200">
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
      )}
      <p className="mt-2 text-sm">
        <Link href={paths.articles()} className="underline">
          All articles
        </Link>
      </p>
    </section>
  );
}
