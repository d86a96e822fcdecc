// The reason an admin gives for approving or publishing work they contributed to (an audited override).
import { FieldError, inputClass } from "@/components/action-form";

export function OverrideReasonField() {
  return (
    <label className="block text-sm">
      You contributed to this. Reason for approving it without a second editor
      <input name="overrideReason" required maxLength={500} className={`${inputClass} min-w-72`} />
      <FieldError name="overrideReason" />
    </label>
  );
}
