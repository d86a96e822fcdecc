import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listCountriesAdmin } from "@/lib/countries/reference-data";
import { NotAllowed } from "../_components/not-allowed";
import { CountryForm } from "./_components/country-form";

export const metadata: Metadata = { title: "Countries and organizations" };

export default async function CountriesPage() {
  const user = await getCurrentUser();
  if (!can(user, "referenceData.edit")) return <NotAllowed what="editing countries" />;
  const countries = await listCountriesAdmin(user);
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-semibold">Countries and organizations</h1>
      <ul className="space-y-3">
        {countries.map((country) => (
          <li key={country.id}>
            <CountryForm country={country} />
          </li>
        ))}
      </ul>
      <section aria-labelledby="new-country">
        <h2 id="new-country" className="text-lg font-semibold">
          Add a country or organization
        </h2>
        <CountryForm country={null} />
      </section>
    </main>
  );
}
