import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/dates";
import { listArticles } from "@/lib/articles/queries";
import { NotAllowed } from "../_components/not-allowed";
import { ScrollRegion } from "@/components/scroll-region";

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
      <ScrollRegion label="Articles" className="mt-4">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <thead className="border-b border-slate-300">
            <tr>
              <th className="py-2">Title</th>
              <th>Outlet</th>
              <th>Date</th>
              <th>Status</th>
              <th>Quotes: draft · in review · returned · published</th>
            </tr>
          </thead>
          <tbody>
            {items.map((article) => (
              <tr key={article.id} className="border-b border-slate-100 align-top">
                <td className="py-2">
                  <Link href={`/admin/articles/${article.id}`} className="underline">
                    {article.title}
                  </Link>
                </td>
                <td>{article.outlet ?? "—"}</td>
                <td className="whitespace-nowrap">{formatDate(article.publishedOn)}</td>
                <td>{article.status}</td>
                <td className="tabular-nums">
                  {article.quoteCounts.draft} · {article.quoteCounts.in_review} · {article.quoteCounts.returned} ·{" "}
                  {article.quoteCounts.published}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
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
