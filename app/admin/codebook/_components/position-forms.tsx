// A position's edit form and the form that adds one to a dimension.
import { ActionForm, buttonClass } from "@/components/action-form";
import { FormField, Input } from "@/components/form-field";
import { type DimensionDto, type PositionDto } from "@/lib/codebook/public";
import { createPositionAction, updatePositionAction } from "../actions";

export function PositionForm({ position }: { position: PositionDto }) {
  return (
    <ActionForm
      action={updatePositionAction}
      className="mt-2 grid gap-2 sm:grid-cols-[1fr_2fr_auto_auto]"
      aria-label={`Edit position ${position.key}`}
    >
      <input type="hidden" name="id" value={position.id} />
      <FormField name="label" label="Label">
        <Input defaultValue={position.label} />
      </FormField>
      <FormField name="definition" label="Definition">
        <Input defaultValue={position.definition} />
      </FormField>
      <FormField name="color" label="Colour">
        <Input type="color" defaultValue={position.color} className="mt-1 block h-10 w-16" />
      </FormField>
      <div className="flex items-end">
        <button type="submit" className={buttonClass}>
          Save
        </button>
      </div>
    </ActionForm>
  );
}

export function NewPosition({ dimension }: { dimension: DimensionDto }) {
  return (
    <details className="mt-4">
      <summary className="cursor-pointer text-sm underline">Add a position to {dimension.label}</summary>
      <ActionForm
        action={createPositionAction}
        className="mt-2 grid gap-2 sm:grid-cols-2"
        aria-label={`Add a position to ${dimension.key}`}
      >
        <input type="hidden" name="dimensionId" value={dimension.id} />
        <FormField name="key" label="Key (lower-case, never changes)">
          <Input />
        </FormField>
        <FormField name="label" label="Label">
          <Input />
        </FormField>
        <FormField name="definition" label="Definition" className="text-sm sm:col-span-2">
          <Input />
        </FormField>
        <FormField name="color" label="Colour">
          <Input type="color" defaultValue="#64748b" className="mt-1 block h-10 w-16" />
        </FormField>
        <div className="flex items-end">
          <button type="submit" className={buttonClass}>
            Add position
          </button>
        </div>
      </ActionForm>
    </details>
  );
}
