// The reason an admin gives for approving or publishing work they contributed to (an audited override).
import { inputClass } from "@/components/action-form";
import { FormField, Input } from "@/components/form-field";

export function OverrideReasonField() {
  return (
    <FormField name="overrideReason" label="You contributed to this. Reason for approving it without a second editor">
      <Input required maxLength={500} className={`${inputClass} min-w-72`} />
    </FormField>
  );
}
