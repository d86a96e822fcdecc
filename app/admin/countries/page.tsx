import type { Metadata } from "next";
import { ActionForm, FieldError, buttonClass, inputClass } from "@/components/action-form";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listCountriesAdmin, type AdminCountry } from "@/lib/countries/reference-data";
import { COUNTRY_KINDS } from "@/lib/countries/schemas";
import { NotAllowed } from "../_components/not-allowed";
import { saveCountryAction } from "./actions";

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

function CountryForm({ country }: { country: AdminCountry | null }) {
  return (
    <ActionForm
      action={saveCountryAction}
      className="grid gap-2 sm:grid-cols-[6rem_2fr_1fr_10rem_auto]"
      aria-label={country ? `Edit ${country.code}` : "Add a country"}
    >
      <input type="hidden" name="id" value={country?.id ?? ""} />
      <label className="text-sm font-medium">
        Code
        <input name="code" defaultValue={country?.code ?? ""} className={inputClass} />
        <FieldError name="code" />
      </label>
      <label className="text-sm font-medium">
        Name
        <input name="name" defaultValue={country?.name ?? ""} className={inputClass} />
        <FieldError name="name" />
      </label>
      <label className="text-sm font-medium">
        Short name
        <input name="shortName" defaultValue={country?.shortName ?? ""} className={inputClass} />
        <FieldError name="shortName" />
      </label>
      <label className="text-sm font-medium">
        Kind
        <select name="kind" defaultValue={country?.kind ?? "country"} className={inputClass}>
          {COUNTRY_KINDS.map((kind) => (
            <option key={kind}>{kind}</option>
          ))}
        </select>
        <FieldError name="kind" />
      </label>
      <div className="flex items-end">
        <button type="submit" className={buttonClass}>
          {country ? "Save" : "Add"}
        </button>
      </div>
    </ActionForm>
  );
}
