import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getEntityHistory } from "@/lib/history/queries";
import { isRestorable } from "@/lib/history/restore";
import { isFullCountryStanceVersion } from "@/lib/history/rollback";
import { isAppError } from "@/lib/errors";
import { NotAllowed } from "../../../_components/not-allowed";
import { AuditEventList, kindLabel } from "../../../_components/audit-event-list";
import { DeletedBanner } from "./_components/deleted-banner";
import { RollBackForm } from "./_components/roll-back-form";

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
        <DeletedBanner
          entityType={entityType}
          entityId={entityId}
          mayRestore={isRestorable(entityType) && can(me, "history.read")}
        />
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
            <RollBackForm recordId={entityId} event={event} />
          ) : null
        }
      />
    </main>
  );
}
