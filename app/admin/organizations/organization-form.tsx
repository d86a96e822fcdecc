// One organization's row on /admin/organizations (or the form that adds one): name, country, quotes it speaks.
import { ActionForm, buttonClass } from "@/components/action-form";
import { FormField, Input, Select } from "@/components/form-field";
import type { AdminCountry } from "@/lib/countries/reference-data";
import type { AdminOrganization } from "@/lib/countries/organizations";
import { saveOrganizationAction } from "../countries/actions";
import { CountryOptions } from "@/components/country-options";

export function OrganizationForm(props: { organization: AdminOrganization | null; countries: AdminCountry[] }) {
  const { organization, countries } = props;
  return (
    <ActionForm
      action={saveOrganizationAction}
      className="grid gap-2 sm:grid-cols-[3fr_2fr_auto_auto]"
      aria-label={organization ? `Edit ${organization.name}` : "Add an organization"}
    >
      <input type="hidden" name="id" value={organization?.id ?? ""} />
      <FormField name="name" label="Name">
        <Input defaultValue={organization?.name ?? ""} />
      </FormField>
      <FormField name="countryId" label="Country it speaks for">
        <Select defaultValue={organization?.countryId ?? ""}>
          <CountryOptions countries={countries} empty="—" />
        </Select>
      </FormField>
      <p className="self-end pb-2 text-sm text-slate-600">
        {organization ? `${organization.quotes} quote${organization.quotes === 1 ? "" : "s"}` : null}
      </p>
      <div className="flex items-end">
        <button type="submit" className={buttonClass}>
          {organization ? "Save" : "Add"}
        </button>
      </div>
    </ActionForm>
  );
}
