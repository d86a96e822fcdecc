import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listArticles } from "@/lib/articles/queries";
import { NotAllowed } from "../_components/not-allowed";
import { ArticleTable } from "./_components/article-table";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  const user = await getCurrentUser();
  if (!can(user, "article.edit")) return <NotAllowed what="the article list" />;
  const before = Number((await searchParams).before) || undefined;
  const { items, nextBefore } = await listArticles(user, { before });
  return (
    <main>
      <div className="flex flex-wrap items-baseline gap-4">
        <h1 className="text-2xl font-semibold">Articles</h1>
        {can(user, "article.import") ? (
          <>
            <Link href="/admin/articles/new" className="underline">
              Import an article
            </Link>
            <Link href="/admin/articles/import" className="underline">
              Bulk import
            </Link>
          </>
        ) : null}
        <Link href="/admin/review" className="underline">
          Review queue
        </Link>
        <Link href="/admin/deleted" className="underline">
          Deleted
        </Link>
      </div>
      <ArticleTable items={items} />
      {items.length === 0 ? <p className="mt-4 text-slate-600">No articles yet.</p> : null}
      <nav aria-label="Pages" className="mt-4 flex gap-4 text-sm">
        {before ? (
          <Link href="/admin/articles" className="underline">
            Newest
          </Link>
        ) : null}
        {nextBefore ? (
          <Link href={`/admin/articles?before=${nextBefore}`} className="underline">
            Older articles
          </Link>
        ) : null}
      </nav>
    </main>
  );
}
