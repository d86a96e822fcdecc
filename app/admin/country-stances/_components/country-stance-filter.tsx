// The record list's filter by country and dimension: a plain GET form, so a filtered list is an address.
import { FormField, Select } from "@/components/form-field";
import type { CountryStanceFormOptions } from "@/lib/country-stances/queries";

export function CountryStanceFilter(props: {
  filter: { country?: string; dimension?: string };
  options: CountryStanceFormOptions;
}) {
  const { filter, options } = props;
  return (
    <form method="get" className="mt-4 flex flex-wrap items-end gap-3" aria-label="Filter records">
      <FormField name="country" label="Country">
        <Select defaultValue={filter.country ?? ""}>
          <option value="">All</option>
          {options.countries.map((country) => (
            <option key={country.id} value={country.code}>
              {country.name}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField name="dimension" label="Dimension">
        <Select defaultValue={filter.dimension ?? ""}>
          <option value="">All</option>
          {options.dimensions.map((d) => (
            <option key={d.id} value={d.key}>
              {d.label}
            </option>
          ))}
        </Select>
      </FormField>
      <button type="submit" className="rounded border border-slate-400 px-4 py-2 text-sm">
        Filter
      </button>
    </form>
  );
}
