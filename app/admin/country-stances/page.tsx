import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/dates";
import { getCountryStanceFormOptions, listCountryStances } from "@/lib/country-stances/queries";
import { inputClass } from "@/components/action-form";
import { NotAllowed } from "../_components/not-allowed";
import { ScrollRegion } from "@/components/scroll-region";

export const metadata: Metadata = { title: "Country stance records" };

type Search = { country?: string; dimension?: string; before?: string };

export default async function CountryStancesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await getCurrentUser();
  if (!can(user, "countryStance.edit")) return <NotAllowed what="country stance records" />;
  const search = await searchParams;
  const filter = { country: search.country || undefined, dimension: search.dimension || undefined };
  const [{ items, nextBefore }, options] = await Promise.all([
    listCountryStances(user, { ...filter, before: search.before }),
    getCountryStanceFormOptions(user),
  ]);
  const query = (extra: Record<string, string>) =>
    new URLSearchParams({ ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v)), ...extra } as Record<
      string,
      string
    >).toString();
  return (
    <main>
      <div className="flex flex-wrap items-baseline gap-4">
        <h1 className="text-2xl font-semibold">Country stance records</h1>
        <Link href="/admin/country-stances/new" className="underline">
          New record
        </Link>
        <Link href="/admin/country-stances/review" className="underline">
          Records to review
        </Link>
      </div>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3" aria-label="Filter records">
        <label className="text-sm font-medium">
          Country
          <select name="country" defaultValue={filter.country ?? ""} className={inputClass}>
            <option value="">All</option>
            {options.countries.map((country) => (
              <option key={country.id} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Dimension
          <select name="dimension" defaultValue={filter.dimension ?? ""} className={inputClass}>
            <option value="">All</option>
            {options.dimensions.map((d) => (
              <option key={d.id} value={d.key}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-slate-400 px-4 py-2 text-sm">
          Filter
        </button>
      </form>
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
      {items.length === 0 ? <p className="mt-4 text-slate-600">No records match.</p> : null}
      <nav aria-label="Pages" className="mt-4 flex gap-4 text-sm">
        {search.before ? (
          <Link href={`/admin/country-stances?${query({})}`} className="underline">
            Newest
          </Link>
        ) : null}
        {nextBefore ? (
          <Link href={`/admin/country-stances?${query({ before: String(nextBefore) })}`} className="underline">
            Older records
          </Link>
        ) : null}
      </nav>
    </main>
  );
}
