// Confirm a possible shift (a new record, sent for review) or dismiss it with a reason.
import { ActionForm, FieldError, buttonClass, inputClass } from "@/components/action-form";
import type { PossibleShiftItem } from "@/lib/shifts/queries";
import { confirmShiftAction, dismissShiftAction } from "../actions";

export function ShiftDecision({ shift }: { shift: PossibleShiftItem }) {
  const held = shift.positions.find((position) => position.held);
  const label = `${shift.country.name}, ${shift.dimension.label}`;
  return (
    <div className="mt-3 grid gap-4 md:grid-cols-2">
      <ActionForm action={confirmShiftAction} aria-label={`Confirm the shift: ${label}`} className="space-y-2">
        <input type="hidden" name="shiftId" value={shift.id} />
        <label className="block text-sm font-medium">
          Position held now
          <select name="positionId" defaultValue={held?.id ?? ""} className={inputClass}>
            {shift.positions.map((position) => (
              <option key={position.id} value={position.id}>
                {position.label}
                {position.held ? " (the statement's)" : ""}
              </option>
            ))}
          </select>
          <FieldError name="positionId" />
        </label>
        <label className="block text-sm font-medium">
          Applies from
          <input
            type="date"
            name="validFrom"
            required
            defaultValue={shift.quote.statedOn.toISOString().slice(0, 10)}
            className={inputClass}
          />
          <FieldError name="validFrom" />
        </label>
        <label className="block text-sm font-medium">
          Summary of the new position
          <textarea name="summary" required rows={2} maxLength={4000} className={inputClass} />
          <FieldError name="summary" />
          <FieldError name="quoteIds" />
        </label>
        <button type="submit" className={buttonClass}>
          Confirm shift
        </button>
      </ActionForm>
      <ActionForm action={dismissShiftAction} aria-label={`Dismiss the shift: ${label}`} className="space-y-2">
        <input type="hidden" name="shiftId" value={shift.id} />
        <label className="block text-sm font-medium">
          Why this is not a shift
          <textarea name="reason" required rows={2} maxLength={1000} className={inputClass} />
          <FieldError name="reason" />
        </label>
        <button type="submit" className="rounded border border-slate-400 px-4 py-2 text-sm">
          Dismiss
        </button>
      </ActionForm>
    </div>
  );
}
