import Link from "next/link";
import { listPublishedArticles } from "@/lib/articles/public";
import { formatDate } from "@/lib/dates";
import { pageMetadata } from "@/lib/public-metadata";
import { paths } from "@/lib/public-routes";

export const metadata = pageMetadata({
  title: "Articles",
  description: "The news articles the statements come from, each with its quotes highlighted in the text.",
  path: paths.articles(),
});

const PAGE_SIZE = 100;

export default async function ArticlesPage({ searchParams }: PageProps<"/articles">) {
  const { after } = await searchParams;
  const { articles, next } = await listPublishedArticles(PAGE_SIZE, typeof after === "string" ? after : undefined);
  return (
    <div>
      <h1 className="text-2xl font-semibold">Articles</h1>
      {articles.length === 0 ? (
        <p className="mt-4 text-slate-700">No article has been published yet.</p>
      ) : (
        <ul className="mt-4 divide-y divide-slate-200">
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
      <nav aria-label="Pages" className="mt-4 flex gap-4 text-sm">
        {after ? (
          <Link href={paths.articles()} className="underline">
            Newest
          </Link>
        ) : null}
        {next ? (
          <Link href={`${paths.articles()}?after=${next}`} className="underline" rel="next">
            Older articles
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
