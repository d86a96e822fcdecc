// Confirm a possible shift (a new record, sent for review) or dismiss it with a reason.
import { ActionForm, FieldError, buttonClass } from "@/components/action-form";
import { FormField, Input, Select, TextArea } from "@/components/form-field";
import { toIsoDay } from "@/lib/dates";
import type { PossibleShiftItem } from "@/lib/shifts/queries";
import { confirmShiftAction, dismissShiftAction } from "../actions";

export function ShiftDecision({ shift }: { shift: PossibleShiftItem }) {
  const held = shift.positions.find((position) => position.held);
  const label = `${shift.country.name}, ${shift.dimension.label}`;
  return (
    <div className="mt-3 grid gap-4 md:grid-cols-2">
      <ActionForm action={confirmShiftAction} aria-label={`Confirm the shift: ${label}`} className="space-y-2">
        <input type="hidden" name="shiftId" value={shift.id} />
        <FormField name="positionId" label="Position held now">
          <Select defaultValue={held?.id ?? ""}>
            {shift.positions.map((position) => (
              <option key={position.id} value={position.id}>
                {position.label}
                {position.held ? " (the statement's)" : ""}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField name="validFrom" label="Applies from">
          <Input type="date" required defaultValue={toIsoDay(shift.quote.statedOn)} />
        </FormField>
        <FormField name="summary" label="Summary of the new position">
          <TextArea required rows={2} maxLength={4000} />
        </FormField>
        <FieldError name="quoteIds" />
        <button type="submit" className={buttonClass}>
          Confirm shift
        </button>
      </ActionForm>
      <ActionForm action={dismissShiftAction} aria-label={`Dismiss the shift: ${label}`} className="space-y-2">
        <input type="hidden" name="shiftId" value={shift.id} />
        <FormField name="reason" label="Why this is not a shift">
          <TextArea required rows={2} maxLength={1000} />
        </FormField>
        <button type="submit" className="rounded border border-slate-400 px-4 py-2 text-sm">
          Dismiss
        </button>
      </ActionForm>
    </div>
  );
}
