import Link from "next/link";
import { listPublishedArticles } from "@/lib/articles/public";
import { pageMetadata } from "@/lib/public-metadata";
import { paths } from "@/lib/public-routes";
import { ArticleList } from "../_components/article-list";

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
      <ArticleList articles={articles} className="mt-4" />
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
