// The matching stances, one row each, linking to the quote's page; records in review are marked in text. The
// columns are the view's (`cols` in the address, chosen with ColumnChooser); without its own column, the
// attribution is shown under the speaker and the outlet under the statement.
import { Fragment } from "react";
import Link from "next/link";
import { StanceBadge } from "@/components/stance-badge";
import { formatStatedOn } from "@/lib/dates";
import { paths } from "@/lib/public-routes";
import { ATTRIBUTION_LABELS } from "@/lib/quotes/labels";
import type { AttributionKind } from "@/lib/quotes/schemas";
import type { ExplorerRow } from "@/lib/stances/explorer";
import { COLUMN_LABELS, type ExplorerColumn } from "@/lib/stances/explorer-columns";

const excerpt = (text: string) => (text.length > 220 ? `${text.slice(0, 217).trimEnd()}…` : text);
const attributionOf = (row: ExplorerRow) => ATTRIBUTION_LABELS[row.attribution as AttributionKind] ?? row.attribution;

export function StanceTable({
  rows,
  columns,
  sortLinks,
}: {
  rows: ExplorerRow[];
  columns: readonly ExplorerColumn[];
  sortLinks: { asc: string; desc: string; current: "asc" | "desc" };
}) {
  const shows = (column: ExplorerColumn) => columns.includes(column);
  const cells: Record<ExplorerColumn, (row: ExplorerRow) => React.ReactNode> = {
    stated: (row) => (
      <td className="whitespace-nowrap">
        {formatStatedOn(row.statedOn, row.statedOnPrecision)}
        {row.status === "in_review" ? (
          <span className="mt-1 block w-fit rounded border border-amber-400 bg-amber-100 px-1.5 text-xs font-medium text-amber-900">
            In review
          </span>
        ) : null}
      </td>
    ),
    holder: (row) => <td>{row.holderCountryName}</td>,
    position: (row) => (
      <td>
        <StanceBadge label={row.positionLabel} color={row.positionColor} prefix={`${row.dimensionLabel}:`} />
      </td>
    ),
    speaker: (row) => (
      <td>
        {row.speakerName ?? "Unattributed"}
        {row.speakerCountryName ? <span className="text-slate-600">, {row.speakerCountryName}</span> : null}
        {shows("attribution") ? null : <span className="note">{attributionOf(row)}</span>}
      </td>
    ),
    attribution: (row) => <td>{attributionOf(row)}</td>,
    statement: (row) => (
      <td>
        {/* A quote's public page exists once it is published; a quote in review is shown here only. */}
        {row.status === "published" ? (
          <Link href={paths.quote(row.quoteId)}>“{excerpt(row.quoteText)}”</Link>
        ) : (
          <span>“{excerpt(row.quoteText)}”</span>
        )}
        {row.outlet && !shows("outlet") ? <span className="note">{row.outlet}</span> : null}
      </td>
    ),
    outlet: (row) => <td>{row.outlet ?? "—"}</td>,
  };
  return (
    <div className="overflow-x-auto" role="region" aria-labelledby="table-heading" tabIndex={0}>
      {/* Cell and row styles are set once here, not on each of the page's hundreds of cells (written twice: HTML and
          RSC payload). */}
      <table
        className={`w-full border-collapse text-left text-sm [&_td]:py-2 [&_td]:pr-3 [&_td_.note]:block [&_td_.note]:text-xs [&_td_.note]:text-slate-600 [&_td>a]:underline [&_td>a]:underline-offset-2 ${columns.length > 3 ? "min-w-[44rem]" : ""}`}
      >
        <caption className="sr-only">
          Matching stances, {sortLinks.current === "asc" ? "oldest" : "newest"} statement first
        </caption>
        <thead className="border-b border-slate-300">
          <tr>
            {columns.map((column) =>
              column === "stated" ? (
                <th
                  key={column}
                  scope="col"
                  className="py-2 pr-3 font-semibold"
                  aria-sort={sortLinks.current === "asc" ? "ascending" : "descending"}
                >
                  Stated{" "}
                  <Link
                    href={sortLinks.current === "asc" ? sortLinks.desc : sortLinks.asc}
                    className="font-normal underline"
                  >
                    {sortLinks.current === "asc" ? "newest first" : "oldest first"}
                    <span className="sr-only"> (sort by statement date)</span>
                  </Link>
                </th>
              ) : (
                <th key={column} scope="col" className="py-2 pr-3 font-semibold">
                  {COLUMN_LABELS[column]}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody className="[&>tr]:border-b [&>tr]:border-slate-200 [&>tr]:align-top">
          {rows.map((row) => (
            <tr key={row.id} className={row.status === "in_review" ? "bg-amber-50" : undefined}>
              {columns.map((column) => (
                <Fragment key={column}>{cells[column](row)}</Fragment>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
