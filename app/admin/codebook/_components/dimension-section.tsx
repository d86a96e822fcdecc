// One dimension of the codebook: its edit form, its positions (each with its controls and form), a new position.
import { ActionForm, buttonClass } from "@/components/action-form";
import { FormField, Input } from "@/components/form-field";
import type { DimensionDto } from "@/lib/codebook/public";
import { updateDimensionAction } from "../actions";
import { EntryControls } from "./entry-controls";
import { PositionForm, NewPosition } from "./position-forms";

export function DimensionSection({
  dimension,
  first,
  last,
}: {
  dimension: DimensionDto;
  first: boolean;
  last: boolean;
}) {
  return (
    <section aria-labelledby={`dimension-${dimension.id}`} className="rounded border border-slate-200 p-4">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id={`dimension-${dimension.id}`} className="text-lg font-semibold">
          {dimension.label} <code className="text-sm text-slate-600">{dimension.key}</code>
          {dimension.retired ? <span className="ml-2 text-sm text-amber-800">(retired)</span> : null}
        </h2>
        <EntryControls kind="dimension" entry={dimension} first={first} last={last} />
      </div>
      <ActionForm
        action={updateDimensionAction}
        className="mt-2 grid gap-2 sm:grid-cols-[1fr_2fr_auto]"
        aria-label={`Edit dimension ${dimension.key}`}
      >
        <input type="hidden" name="id" value={dimension.id} />
        <FormField name="label" label="Label">
          <Input defaultValue={dimension.label} />
        </FormField>
        <FormField name="definition" label="Definition">
          <Input defaultValue={dimension.definition} />
        </FormField>
        <div className="flex items-end">
          <button type="submit" className={buttonClass}>
            Save
          </button>
        </div>
      </ActionForm>
      <ol className="mt-4 space-y-3">
        {dimension.positions.map((position, i) => (
          <li key={position.id} className="rounded border border-slate-100 p-2" aria-label={`Position ${position.key}`}>
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <span aria-hidden className="inline-block h-4 w-4 rounded" style={{ background: position.color }} />
              <strong>{position.label}</strong> <code className="text-slate-600">{position.key}</code>
              {position.retired ? <span className="text-amber-800">(retired)</span> : null}
              <EntryControls
                kind="position"
                entry={position}
                first={i === 0}
                last={i === dimension.positions.length - 1}
              />
            </div>
            <PositionForm position={position} />
          </li>
        ))}
      </ol>
      <NewPosition dimension={dimension} />
    </section>
  );
}
