// The home page's ten latest published articles, with their outlet, date and number of quotes.
import Link from "next/link";
import { listPublishedArticles } from "@/lib/articles/public";
import { paths } from "@/lib/public-routes";
import { ArticleList } from "./article-list";

export async function LatestSources() {
  const { articles } = await listPublishedArticles(10);
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading" className="text-xl font-semibold">
        Latest sources
      </h2>
      <ArticleList articles={articles} className="mt-3" />
      <p className="mt-2 text-sm">
        <Link href={paths.articles()} className="underline">
          All articles
        </Link>
      </p>
    </section>
  );
}
