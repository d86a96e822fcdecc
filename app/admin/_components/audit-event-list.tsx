// A list of audit events with what changed, in words (lib/history/readable.ts): the audit trail and a record's
// history both use it. `action` renders a control beside an event (the history page's "Roll back to this version").
import Link from "next/link";
import { formatTimestamp } from "@/lib/dates";
import type { AuditEventDto } from "@/lib/history/queries";

const KIND_LABELS: Record<string, string> = {
  CountryStance: "Country stance record",
  PossibleShift: "Possible shift",
  DoubleCoding: "Double coding",
  DoubleCodingSettings: "Double-coding settings",
  RejectedSuggestion: "Rejected suggestion",
};

export const kindLabel = (entityType: string) => KIND_LABELS[entityType] ?? entityType;

export function AuditEventList({
  events,
  showEntity,
  action,
}: {
  events: AuditEventDto[];
  showEntity: boolean;
  action?: (event: AuditEventDto) => React.ReactNode;
}) {
  if (events.length === 0) return <p className="mt-4 text-slate-600">No events.</p>;
  return (
    <ol className="mt-4 divide-y divide-slate-200 text-sm">
      {events.map((event) => (
        <li key={event.id} className="py-3" data-testid="audit-event">
          <p>
            <time dateTime={event.createdAt.toISOString()}>{formatTimestamp(event.createdAt, "second")}</time>
            {" · "}
            <strong>{event.action}</strong>
            {showEntity ? (
              <>
                {" · "}
                <Link
                  href={`/admin/history/${event.entityType}/${encodeURIComponent(event.entityId)}`}
                  className="underline"
                >
                  {kindLabel(event.entityType)} {event.entityId}
                </Link>
              </>
            ) : null}
            {" · by "}
            {event.actor ? (event.actor.name ?? event.actor.email) : "the system"}
          </p>
          {event.changes.length > 0 ? (
            <dl className="mt-1 grid grid-cols-1 gap-x-3 text-slate-700 sm:grid-cols-[12rem_1fr]">
              {event.changes.map((change) => (
                <div key={change.label} className="contents">
                  <dt className="font-medium">{change.label}</dt>
                  <dd className="mb-1 break-words">
                    {change.before !== null ? <del className="text-red-800">{change.before}</del> : null}
                    {change.before !== null && change.after !== null ? " → " : null}
                    {change.after !== null ? (
                      <ins className="text-green-800 no-underline">{change.after}</ins>
                    ) : (
                      <span className="text-slate-500"> (removed)</span>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
          {action?.(event)}
        </li>
      ))}
    </ol>
  );
}
