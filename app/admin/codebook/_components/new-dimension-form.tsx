// The form that adds a dimension to the codebook.
import { ActionForm, buttonClass } from "@/components/action-form";
import { FormField, Input, TextArea } from "@/components/form-field";
import { createDimensionAction } from "../actions";

export function NewDimensionForm() {
  return (
    <section aria-labelledby="new-dimension" className="max-w-xl">
      <h2 id="new-dimension" className="text-lg font-semibold">
        Add a dimension
      </h2>
      <ActionForm action={createDimensionAction} className="mt-2 space-y-3" aria-label="Add a dimension">
        <FormField name="key" label="Key (lower-case, never changes)">
          <Input />
        </FormField>
        <FormField name="label" label="Label">
          <Input />
        </FormField>
        <FormField name="definition" label="Definition">
          <TextArea rows={2} />
        </FormField>
        <button type="submit" className={buttonClass}>
          Add dimension
        </button>
      </ActionForm>
    </section>
  );
}
