import Link from "next/link";
import { listCountriesWithCounts } from "@/lib/countries/public";
import { pageMetadata } from "@/lib/public-metadata";
import { paths } from "@/lib/public-routes";
import { prerenderingBuild } from "@/lib/env";

export const metadata = pageMetadata({
  title: "Countries",
  description:
    "The governments and organizations whose positions on ending the Korean War are recorded, with their published statements.",
  path: paths.countries(),
});

export default async function CountriesPage() {
  if (prerenderingBuild()) return null; // no database during `next build` (app/(public)/layout.tsx)
  // Every ISO country is reference data; the page lists those the record speaks of.
  const countries = (await listCountriesWithCounts()).filter(
    (c) => c.statementCount + c.commentaryCount + c.aboutCount > 0,
  );
  return (
    <div>
      <h1 className="text-2xl font-semibold">Countries and organizations</h1>
      <ul className="mt-4 divide-y divide-slate-200">
        {countries.map((country) => (
          <li key={country.code} className="py-3">
            <Link href={paths.country(country.code)} className="font-medium underline">
              {country.name}
            </Link>
            <span className="text-sm text-slate-600">
              {" "}
              · {country.statementCount} {country.statementCount === 1 ? "statement" : "statements"} by its officials
              and sources
              {country.commentaryCount > 0
                ? ` · commentary about ${country.shortName}: ${country.commentaryCount} (analysts, not counted as its statements)`
                : null}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
