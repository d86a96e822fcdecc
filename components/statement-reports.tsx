// Every published report of one statement (coding rule 9): the articles that carry it, each linking to its quote.
import Link from "next/link";
import { formatDate } from "@/lib/dates";
import { paths } from "@/lib/public-routes";
import type { StatementReport } from "@/lib/quotes/public";

export function StatementReports({ reports, current }: { reports: StatementReport[]; current: number }) {
  return (
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading" className="text-xl font-semibold">
        {reports.length === 1 ? "Reported by one article" : `Reported by ${reports.length} articles`}
      </h2>
      <p className="mt-1 text-sm text-slate-600">One statement, counted once however many articles report it.</p>
      <ol className="mt-2 space-y-2 text-sm">
        {reports.map((report) => (
          <li key={report.quoteId}>
            {[report.article.outlet, formatDate(report.article.publishedOn)].filter(Boolean).join(", ")}:{" "}
            {report.quoteId === current ? (
              <span aria-current="page">{report.article.title} (this page)</span>
            ) : (
              <Link href={paths.quote(report.quoteId)} className="underline">
                {report.article.title}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
