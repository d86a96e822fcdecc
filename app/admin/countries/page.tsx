import type { Metadata } from "next";
import { ActionForm, buttonClass } from "@/components/action-form";
import { FormField, Input, Select } from "@/components/form-field";
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
      <FormField name="code" label="Code">
        <Input defaultValue={country?.code ?? ""} />
      </FormField>
      <FormField name="name" label="Name">
        <Input defaultValue={country?.name ?? ""} />
      </FormField>
      <FormField name="shortName" label="Short name">
        <Input defaultValue={country?.shortName ?? ""} />
      </FormField>
      <FormField name="kind" label="Kind">
        <Select defaultValue={country?.kind ?? "country"}>
          {COUNTRY_KINDS.map((kind) => (
            <option key={kind}>{kind}</option>
          ))}
        </Select>
      </FormField>
      <div className="flex items-end">
        <button type="submit" className={buttonClass}>
          {country ? "Save" : "Add"}
        </button>
      </div>
    </ActionForm>
  );
}
