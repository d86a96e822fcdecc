import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCountryStanceListPage } from "@/lib/country-stances/queries";
import { NotAllowed } from "../_components/not-allowed";
import { CountryStanceFilter } from "./_components/country-stance-filter";
import { CountryStancePager } from "./_components/country-stance-pager";
import { CountryStanceTable } from "./_components/country-stance-table";

export const metadata: Metadata = { title: "Country stance records" };

type Search = { country?: string; dimension?: string; before?: string };

export default async function CountryStancesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await getCurrentUser();
  if (!can(user, "countryStance.edit")) return <NotAllowed what="country stance records" />;
  const search = await searchParams;
  const filter = { country: search.country || undefined, dimension: search.dimension || undefined };
  const { items, nextBefore, options } = await getCountryStanceListPage(user, { ...filter, before: search.before });
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
      <CountryStanceFilter filter={filter} options={options} />
      <CountryStanceTable items={items} />
      {items.length === 0 ? <p className="mt-4 text-slate-600">No records match.</p> : null}
      <CountryStancePager filter={filter} before={search.before} nextBefore={nextBefore} />
    </main>
  );
}
