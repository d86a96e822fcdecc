// "Take down now": unpublish a published record at once, with a reason (legal or safety); a second editor decides.
import { ActionForm, inputClass } from "@/components/action-form";
import { FormField, Input } from "@/components/form-field";
import { takeDownAction } from "../review/actions";

export function TakedownForm({
  entityType,
  entityId,
  label = "Take down now",
}: {
  entityType: "Quote" | "CountryStance" | "Article";
  entityId: number;
  /** The form's accessible name, when a page has several ("Take down quote 12"). */
  label?: string;
}) {
  return (
    <ActionForm action={takeDownAction} aria-label={label} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="entityType" value={entityType} />
      <input type="hidden" name="entityId" value={entityId} />
      <FormField name="reason" label="Reason (legal or safety)">
        <Input required maxLength={2000} className={`${inputClass} min-w-72`} />
      </FormField>
      <button type="submit" className="rounded border border-red-400 px-3 py-2 text-sm text-red-800">
        Take down now
      </button>
    </ActionForm>
  );
}
