import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getCountry } from "@/lib/countries/public";
import { paths } from "@/lib/public-routes";
import { countryMetadata } from "./_components/country-metadata";
import { CountryPositions } from "./_components/country-positions";
import { CountryStatements } from "./_components/country-statements";

// None at build (no database then): each page renders on first request, then is cached (app/(public)/layout.tsx).
export async function generateStaticParams() {
  return [];
}

const findCountry = cache(async (code: string) => (/^[A-Za-z]{2,8}$/.test(code) ? await getCountry(code) : null));

export async function generateMetadata({ params }: PageProps<"/countries/[code]">): Promise<Metadata> {
  const country = await findCountry((await params).code);
  return country ? countryMetadata(country) : { title: "Not found" };
}

export default async function CountryPage({ params }: PageProps<"/countries/[code]">) {
  const country = await findCountry((await params).code);
  if (!country) notFound();
  return (
    <div className="space-y-10">
      <section>
        <p className="text-sm text-slate-600">
          <Link href={paths.countries()} className="underline">
            Countries
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{country.name}</h1>
      </section>
      <CountryPositions country={country} />
      <CountryStatements country={country} />
    </div>
  );
}
