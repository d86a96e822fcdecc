import type { Metadata } from "next";
import { ActionForm, buttonClass } from "@/components/action-form";
import { FormField, Input, Select } from "@/components/form-field";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import {
  listCountriesAdmin,
  listOutletsAdmin,
  type AdminCountry,
  type AdminOutlet,
} from "@/lib/countries/reference-data";
import { NotAllowed } from "../_components/not-allowed";
import { saveOutletAction } from "../countries/actions";

export const metadata: Metadata = { title: "Outlets" };

export default async function OutletsPage() {
  const user = await getCurrentUser();
  if (!can(user, "referenceData.edit")) return <NotAllowed what="editing outlets" />;
  const [outlets, countries] = await Promise.all([listOutletsAdmin(user), listCountriesAdmin(user)]);
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-semibold">News outlets</h1>
      <ul className="space-y-3">
        {outlets.map((outlet) => (
          <li key={outlet.id}>
            <OutletForm outlet={outlet} countries={countries} />
          </li>
        ))}
      </ul>
      <section aria-labelledby="new-outlet">
        <h2 id="new-outlet" className="text-lg font-semibold">
          Add an outlet
        </h2>
        <OutletForm outlet={null} countries={countries} />
      </section>
    </main>
  );
}

function OutletForm({ outlet, countries }: { outlet: AdminOutlet | null; countries: AdminCountry[] }) {
  return (
    <ActionForm
      action={saveOutletAction}
      className="grid gap-2 sm:grid-cols-[2fr_2fr_1fr_auto]"
      aria-label={outlet ? `Edit ${outlet.name}` : "Add an outlet"}
    >
      <input type="hidden" name="id" value={outlet?.id ?? ""} />
      <FormField name="name" label="Name">
        <Input defaultValue={outlet?.name ?? ""} />
      </FormField>
      <FormField name="website" label="Website">
        <Input type="url" defaultValue={outlet?.website ?? ""} />
      </FormField>
      <FormField name="countryId" label="Country">
        <Select defaultValue={outlet?.countryId ?? ""}>
          <option value="">—</option>
          {countries.map((country) => (
            <option key={country.id} value={country.id}>
              {country.shortName}
            </option>
          ))}
        </Select>
      </FormField>
      <div className="flex items-end">
        <button type="submit" className={buttonClass}>
          {outlet ? "Save" : "Add"}
        </button>
      </div>
    </ActionForm>
  );
}
