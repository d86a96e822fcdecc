// The second half of every review card, for new work and for corrections alike: a reviewer returns it with a
// comment, or its own editor sends a returned item for review again.
import { ActionForm, buttonClass, inputClass } from "@/components/action-form";
import { FormField, TextArea } from "@/components/form-field";
import type { FormState } from "@/lib/actions";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export function ReturnOrResubmit({
  waiting,
  label,
  target,
  commentLabel,
  returnAction,
  resubmitAction,
}: {
  /** Waiting for review (show Return) rather than returned to its editor (show Send again). */
  waiting: boolean;
  label: string;
  /** The hidden fields naming the item. */
  target: React.ReactNode;
  commentLabel: string;
  returnAction: Action;
  resubmitAction: Action;
}) {
  return waiting ? (
    <ActionForm action={returnAction} aria-label={`Return ${label}`} className="flex flex-wrap items-end gap-2">
      {target}
      <FormField name="comment" label={commentLabel}>
        <TextArea rows={2} required className={`${inputClass} min-w-72`} />
      </FormField>
      <button type="submit" className="rounded border border-slate-400 px-3 py-2 text-sm">
        Return
      </button>
    </ActionForm>
  ) : (
    <ActionForm action={resubmitAction} aria-label={`Resubmit ${label}`}>
      {target}
      <button type="submit" className={buttonClass}>
        Send for review again
      </button>
    </ActionForm>
  );
}
