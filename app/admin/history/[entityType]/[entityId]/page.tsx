import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm, buttonClass } from "@/components/action-form";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getEntityHistory } from "@/lib/history/queries";
import { isRestorable } from "@/lib/history/restore";
import { isFullCountryStanceVersion } from "@/lib/history/rollback";
import { isAppError } from "@/lib/errors";
import { NotAllowed } from "../../../_components/not-allowed";
import { AuditEventList, kindLabel } from "../../../_components/audit-event-list";
import { restoreAction, rollBackAction } from "./actions";

export const metadata: Metadata = { title: "History" };

export default async function HistoryPage({ params }: { params: Promise<{ entityType: string; entityId: string }> }) {
  const { entityType, entityId: rawId } = await params;
  const entityId = decodeURIComponent(rawId);
  const me = await getCurrentUser();
  let events;
  try {
    events = await getEntityHistory(me, { entityType, entityId });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") return <NotAllowed what="this record's history" />;
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const versions = events.filter((event) => isFullCountryStanceVersion(event.after));
  // The latest delete or restore says whether the record is deleted now.
  const deleted =
    events.findLast((event) => event.action === "delete" || event.action === "restore")?.action === "delete";
  return (
    <main>
      <h1 className="text-2xl font-semibold">
        History of {kindLabel(entityType).toLowerCase()} {entityId}
      </h1>
      {deleted ? (
        <div className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          <p>This record is deleted.</p>
          {isRestorable(entityType) && can(me, "history.read") ? (
            <ActionForm action={restoreAction} className="mt-2">
              <input type="hidden" name="entityType" value={entityType} />
              <input type="hidden" name="entityId" value={entityId} />
              <button type="submit" className={buttonClass}>
                Restore
              </button>
            </ActionForm>
          ) : null}
        </div>
      ) : null}
      <AuditEventList
        events={events}
        showEntity={false}
        action={(event) =>
          // Every version but the latest can be returned to (country stance records, for now).
          entityType === "CountryStance" &&
          event !== versions.at(-1) &&
          versions.includes(event) &&
          can(me, "countryStance.edit") ? (
            <ActionForm
              action={rollBackAction}
              aria-label={`Roll back to the version of ${event.createdAt.toISOString().slice(0, 16)}`}
              className="mt-1"
            >
              <input type="hidden" name="recordId" value={entityId} />
              <input type="hidden" name="eventId" value={event.id} />
              <button type="submit" className="rounded border border-slate-400 px-2 py-1 text-xs">
                Roll back to this version
              </button>
            </ActionForm>
          ) : null
        }
      />
    </main>
  );
}
