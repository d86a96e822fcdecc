// One outlet's row on /admin/outlets (or the form that adds one): name, website and country.
import { ActionForm, buttonClass } from "@/components/action-form";
import { FormField, Input, Select } from "@/components/form-field";
import type { AdminCountry, AdminOutlet } from "@/lib/countries/reference-data";
import { saveOutletAction } from "../../countries/actions";
import { CountryOptions } from "@/components/country-options";

export function OutletForm({ outlet, countries }: { outlet: AdminOutlet | null; countries: AdminCountry[] }) {
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
          <CountryOptions countries={countries} empty="—" />
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
