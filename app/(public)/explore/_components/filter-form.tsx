// The explorer's filters as a plain GET form: its field names are the StanceFilter names, so submitting it writes
// the view into the address (shareable, bookmarkable, back/forward work) and it works without JavaScript. In a
// browser the form applies as it changes (LiveFilters) and its Apply button hides; the speaker is then a type-ahead
// by name (PersonFilter), and a menu of names without JavaScript.
import Link from "next/link";
import { FormField, Input, Select } from "@/components/form-field";
import { LiveFilters } from "./live-filters";
import { PersonFilter } from "./person-filter";
import { ATTRIBUTION_KINDS, SPEAKER_KINDS } from "@/lib/stances/schemas";
import { ATTRIBUTION_LABELS, SPEAKER_KIND_LABELS } from "@/lib/quotes/labels";
import { EXPLORE_PATH } from "@/lib/stances/explorer-params";
import { paths } from "@/lib/public-routes";

export interface FilterOptions {
  countries: { code: string; name: string }[];
  dimensions: { key: string; label: string; positions: { key: string; label: string }[] }[];
  people: { slug: string; name: string }[];
  outlets: { id: number; name: string }[];
}

const field = "mt-1 block w-full min-w-0 rounded border border-slate-400 bg-white px-2 py-1.5 text-sm";
const labelClass = "block text-sm font-medium text-slate-800";

// Each control keeps the id "f-<name>": the live filters put the focus back on it after the results change.
function ChoiceField({
  name,
  label,
  value,
  options,
  emptyLabel = "Any",
}: {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  emptyLabel?: string;
}) {
  return (
    <FormField name={name} id={`f-${name}`} label={label}>
      <Select defaultValue={value} className={field}>
        <option value="">{emptyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </FormField>
  );
}

function DateField({ name, label, value }: { name: string; label: string; value: string }) {
  return (
    <FormField name={name} id={`f-${name}`} label={label}>
      <Input type="date" defaultValue={value} className={field} />
    </FormField>
  );
}

/** `values` are the address's raw strings, so a rejected value stays in the form to be corrected. */
export function FilterForm({ values, options }: { values: Record<string, string>; options: FilterOptions }) {
  const v = (name: string) => values[name] ?? "";
  const countries = options.countries.map((country) => ({ value: country.code, label: country.name }));
  // A person outside the menu (no public statement yet) still shows, by the address's name for them.
  const selectedPerson = v("person")
    ? (options.people.find((person) => person.slug === v("person")) ?? { slug: v("person"), name: v("person") })
    : null;
  return (
    <LiveFilters
      action={EXPLORE_PATH}
      query={new URLSearchParams(Object.entries(values).filter(([, value]) => value !== "")).toString()}
      labelledBy="filters-heading"
      className="rounded-lg border border-slate-200 bg-slate-50 p-4"
    >
      <h2 id="filters-heading" className="text-lg font-semibold">
        Filters <span className="text-sm font-normal text-slate-600">(the results follow each change)</span>
      </h2>
      <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <FormField name="q" id="f-q" label="Words in the statement" className="text-sm sm:col-span-2 lg:col-span-3">
          <Input
            type="search"
            defaultValue={v("q")}
            maxLength={200}
            placeholder='e.g. "peace treaty" or declaration'
            className={field}
          />
        </FormField>
        <ChoiceField
          name="holderCountry"
          label="Whose stance (country)"
          value={v("holderCountry")}
          options={countries}
        />
        <ChoiceField name="speakerCountry" label="Speaker's country" value={v("speakerCountry")} options={countries} />
        <div>
          <PersonFilter selected={selectedPerson} />
          <noscript>
            <label htmlFor="f-person" className={labelClass}>
              Speaker (person)
            </label>
            <select id="f-person" name="person" defaultValue={v("person")} className={field}>
              <option value="">Any</option>
              {options.people.map((person) => (
                <option key={person.slug} value={person.slug}>
                  {person.name}
                </option>
              ))}
            </select>
            <p className="mt-1 text-xs text-slate-600">
              The most quoted speakers; everyone else is in the{" "}
              <Link href={paths.people()} className="underline">
                people index
              </Link>
              .
            </p>
          </noscript>
        </div>
        <ChoiceField
          name="attribution"
          label="Attribution"
          value={v("attribution")}
          options={ATTRIBUTION_KINDS.map((kind) => ({ value: kind, label: ATTRIBUTION_LABELS[kind] }))}
        />
        <ChoiceField
          name="speakerKind"
          label="Kind of speaker"
          value={v("speakerKind")}
          options={SPEAKER_KINDS.map((kind) => ({ value: kind, label: SPEAKER_KIND_LABELS[kind] }))}
        />
        <ChoiceField
          name="dimension"
          label="Dimension"
          value={v("dimension")}
          options={options.dimensions.map((d) => ({ value: d.key, label: d.label }))}
        />
        <FormField name="position" id="f-position" label="Position">
          <Select defaultValue={v("position")} className={field}>
            <option value="">Any</option>
            {options.dimensions.map((dimension) => (
              <optgroup key={dimension.key} label={dimension.label}>
                {dimension.positions.map((position) => (
                  <option key={position.key} value={position.key}>
                    {position.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        </FormField>
        <DateField name="statedFrom" label="Stated from" value={v("statedFrom")} />
        <DateField name="statedTo" label="Stated until" value={v("statedTo")} />
        <ChoiceField
          name="outlet"
          label="Outlet"
          value={v("outlet")}
          options={options.outlets.map((o) => ({ value: String(o.id), label: o.name }))}
        />
        <DateField name="publishedFrom" label="Article published from" value={v("publishedFrom")} />
        <DateField name="publishedTo" label="Article published until" value={v("publishedTo")} />
        <ChoiceField
          name="sort"
          label="Order"
          value={v("sort")}
          emptyLabel="Newest statement first"
          options={[{ value: "asc", label: "Oldest statement first" }]}
        />
        {v("limit") ? <input type="hidden" name="limit" value={v("limit")} /> : null}
        {v("cols") ? <input type="hidden" name="cols" value={v("cols")} /> : null}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded bg-slate-900 px-4 py-2 text-sm text-white group-data-[live]:hidden">
          Apply filters
        </button>
        <Link href={EXPLORE_PATH} className="text-sm underline">
          Clear all
        </Link>
      </div>
    </LiveFilters>
  );
}
