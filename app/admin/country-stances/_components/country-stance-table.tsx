// Country stance records as a table: country (linking the record), dimension, position, period, status, evidence.
import Link from "next/link";
import { ScrollRegion } from "@/components/scroll-region";
import type { CountryStanceListItem } from "@/lib/country-stances/queries";
import { formatDate } from "@/lib/dates";

export function CountryStanceTable({ items }: { items: CountryStanceListItem[] }) {
  return (
    <ScrollRegion label="Country stance records" className="mt-4">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <thead className="border-b border-slate-300">
          <tr>
            <th className="py-2">Country</th>
            <th>Dimension</th>
            <th>Position</th>
            <th>Period</th>
            <th>Status</th>
            <th>Quotes</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-b border-slate-100 align-top">
              <td className="py-2">
                <Link href={`/admin/country-stances/${item.id}`} className="underline">
                  {item.country}
                </Link>
              </td>
              <td>{item.dimension}</td>
              <td>
                {item.position}
                {item.positionRetired ? " (retired)" : ""}
              </td>
              <td className="whitespace-nowrap">
                {formatDate(item.validFrom)} – {item.validTo ? formatDate(item.validTo) : "now"}
              </td>
              <td>{item.status.replace("_", " ")}</td>
              <td className="tabular-nums">{item.evidenceCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
