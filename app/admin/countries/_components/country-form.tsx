// One country's row on /admin/countries (or the form that adds one): ISO code, names and kind.
import { ActionForm, buttonClass } from "@/components/action-form";
import { FormField, Input, Select } from "@/components/form-field";
import type { AdminCountry } from "@/lib/countries/reference-data";
import { COUNTRY_KINDS } from "@/lib/countries/schemas";
import { saveCountryAction } from "../actions";

export function CountryForm({ country }: { country: AdminCountry | null }) {
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
