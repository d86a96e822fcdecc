// The waiting queue's filter: a plain GET form, so that a filtered queue is an address to share or reload.
import { FormField, Select } from "@/components/form-field";
import type { ReviewFilterOptions } from "@/lib/review/queries";
import type { ReviewQueueFilter } from "@/lib/review/schemas";

const SELECT = "rounded border border-slate-300 px-1 py-1";

export function ReviewFilterForm({ filter, options }: { filter: ReviewQueueFilter; options: ReviewFilterOptions }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 text-sm" aria-label="Filter the queue">
      <FormField name="view" label="Status" layout="inline">
        <Select defaultValue={filter.view} className={SELECT}>
          <option value="waiting">In review</option>
          <option value="returned">Returned to me</option>
        </Select>
      </FormField>
      <FormField name="revision" label="New or revision" layout="inline">
        <Select defaultValue={filter.revision ?? ""} className={SELECT}>
          <option value="">Both</option>
          <option value="new">New</option>
          <option value="revision">Revision of published</option>
        </Select>
      </FormField>
      <FilterSelect
        label="Article"
        name="article"
        value={filter.article}
        choices={options.articles.map((a) => [a.id, a.title])}
      />
      <FilterSelect
        label="Editor"
        name="editor"
        value={filter.editor}
        choices={options.editors.map((e) => [e.id, e.label])}
      />
      <FilterSelect
        label="Country"
        name="country"
        value={filter.country}
        choices={options.countries.map((c) => [c.code, c.name])}
      />
      <button type="submit" className="rounded border border-slate-400 px-3 py-1">
        Filter
      </button>
    </form>
  );
}

function FilterSelect(props: {
  label: string;
  name: string;
  value: string | number | undefined;
  choices: [string | number, string][];
}) {
  return (
    <FormField name={props.name} label={props.label} layout="inline">
      <Select defaultValue={props.value ?? ""} className={SELECT}>
        <option value="">Any</option>
        {props.choices.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
    </FormField>
  );
}
