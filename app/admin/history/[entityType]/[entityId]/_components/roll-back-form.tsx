// Returning a country stance record to one of its earlier versions (a new version with that content).
import { ActionForm } from "@/components/action-form";
import type { AuditEventDto } from "@/lib/history/queries";
import { rollBackAction } from "../actions";

export function RollBackForm({
  recordId,
  event,
}: {
  recordId: string;
  event: Pick<AuditEventDto, "id" | "createdAt">;
}) {
  return (
    <ActionForm
      action={rollBackAction}
      aria-label={`Roll back to the version of ${event.createdAt.toISOString().slice(0, 16)}`}
      className="mt-1"
    >
      <input type="hidden" name="recordId" value={recordId} />
      <input type="hidden" name="eventId" value={event.id} />
      <button type="submit" className="rounded border border-slate-400 px-2 py-1 text-xs">
        Roll back to this version
      </button>
    </ActionForm>
  );
}
