// The matching stances, one row each, linking to the quote's page; records in review are marked in text.
import Link from "next/link";
import { StanceBadge } from "@/components/stance-badge";
import { formatStatedOn } from "@/lib/dates";
import { paths } from "@/lib/public-routes";
import { ATTRIBUTION_LABELS } from "@/lib/quotes/labels";
import type { AttributionKind } from "@/lib/quotes/schemas";
import type { ExplorerRow } from "@/lib/stances/explorer";

const excerpt = (text: string) => (text.length > 220 ? `${text.slice(0, 217).trimEnd()}…` : text);

export function StanceTable({
  rows,
  sortLinks,
}: {
  rows: ExplorerRow[];
  sortLinks: { asc: string; desc: string; current: "asc" | "desc" };
}) {
  return (
    <div className="overflow-x-auto" role="region" aria-labelledby="table-heading" tabIndex={0}>
      <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
        <caption className="sr-only">
          Matching stances, {sortLinks.current === "asc" ? "oldest" : "newest"} statement first
        </caption>
        <thead className="border-b border-slate-300">
          <tr>
            <th
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
            <th scope="col" className="py-2 pr-3 font-semibold">
              Whose stance
            </th>
            <th scope="col" className="py-2 pr-3 font-semibold">
              Position
            </th>
            <th scope="col" className="py-2 pr-3 font-semibold">
              Speaker
            </th>
            <th scope="col" className="py-2 font-semibold">
              Statement
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              className={`border-b border-slate-200 align-top ${row.status === "in_review" ? "bg-amber-50" : ""}`}
            >
              <td className="py-2 pr-3 whitespace-nowrap">
                {formatStatedOn(row.statedOn, row.statedOnPrecision)}
                {row.status === "in_review" ? (
                  <span className="mt-1 block w-fit rounded border border-amber-400 bg-amber-100 px-1.5 text-xs font-medium text-amber-900">
                    In review
                  </span>
                ) : null}
              </td>
              <td className="py-2 pr-3">{row.holderCountryName}</td>
              <td className="py-2 pr-3">
                <StanceBadge label={row.positionLabel} color={row.positionColor} prefix={`${row.dimensionLabel}:`} />
              </td>
              <td className="py-2 pr-3">
                {row.speakerName ?? "Unattributed"}
                {row.speakerCountryName ? <span className="text-slate-600">, {row.speakerCountryName}</span> : null}
                <span className="block text-xs text-slate-600">
                  {ATTRIBUTION_LABELS[row.attribution as AttributionKind] ?? row.attribution}
                </span>
              </td>
              <td className="py-2">
                {/* A quote's public page exists once it is published; a quote in review is shown here only. */}
                {row.status === "published" ? (
                  <Link href={paths.quote(row.quoteId)} className="underline underline-offset-2">
                    “{excerpt(row.quoteText)}”
                  </Link>
                ) : (
                  <span>“{excerpt(row.quoteText)}”</span>
                )}
                {row.outlet ? <span className="block text-xs text-slate-600">{row.outlet}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
