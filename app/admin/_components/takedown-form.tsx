// "Take down now": unpublish a published record at once, with a reason (legal or safety); a second editor decides.
// Pages render it whether or not the record is published, so that once it is taken down (the page re-renders
// without the record published) the form goes but its confirmation stays.
import { ActionForm, inputClass } from "@/components/action-form";
import { FormField, Input } from "@/components/form-field";
import { takeDownAction } from "../review/actions";

export function TakedownForm({
  entityType,
  entityId,
  published,
  label = "Take down now",
  collapsed = false,
  className,
}: {
  entityType: "Quote" | "CountryStance" | "Article";
  entityId: number;
  /** Only a published record can be taken down: otherwise the form shows at most its last message. */
  published: boolean;
  /** The form's accessible name, when a page has several ("Take down quote 12"). */
  label?: string;
  /** Behind a "Take down…" disclosure (a list of records). */
  collapsed?: boolean;
  className?: string;
}) {
  const fields = (
    <div className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="entityType" value={entityType} />
      <input type="hidden" name="entityId" value={entityId} />
      <FormField name="reason" label="Reason (legal or safety)">
        <Input required maxLength={2000} className={`${inputClass} min-w-72`} />
      </FormField>
      <button type="submit" className="rounded border border-red-400 px-3 py-2 text-sm text-red-800">
        Take down now
      </button>
    </div>
  );
  return (
    <ActionForm action={takeDownAction} aria-label={label} done={!published} className={className}>
      {collapsed ? (
        <details>
          <summary className="cursor-pointer text-red-800">Take down…</summary>
          {fields}
        </details>
      ) : (
        fields
      )}
    </ActionForm>
  );
}
