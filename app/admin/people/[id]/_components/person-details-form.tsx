// The person's name and description, saved with the version read (a concurrent change is refused, not lost).
import { ActionForm, FieldError, buttonClass } from "@/components/action-form";
import { FormField, Input, TextArea } from "@/components/form-field";
import type { AdminPerson } from "@/lib/people/queries";
import { updatePersonAction } from "../../actions";

export function PersonDetailsForm({ person }: { person: AdminPerson }) {
  return (
    <section aria-labelledby="details" className="max-w-xl">
      <h2 id="details" className="text-lg font-semibold">
        Name and description
      </h2>
      <ActionForm action={updatePersonAction} className="mt-2 space-y-3" aria-label="Name and description">
        <input type="hidden" name="personId" value={person.id} />
        <input type="hidden" name="version" value={person.version} />
        <FormField name="name" label="Name">
          <Input defaultValue={person.name} required />
        </FormField>
        <FormField name="description" label="Description">
          <TextArea defaultValue={person.description ?? ""} rows={2} />
        </FormField>
        <FieldError name="version" />
        <button type="submit" className={buttonClass}>
          Save
        </button>
      </ActionForm>
    </section>
  );
}
