// The admin article list: title (linking the article), outlet, date, status, and its quotes counted by status.
import Link from "next/link";
import { ScrollRegion } from "@/components/scroll-region";
import type { ArticleListItem } from "@/lib/articles/queries";
import { formatDate } from "@/lib/dates";

export function ArticleTable({ items }: { items: ArticleListItem[] }) {
  return (
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
  );
}
