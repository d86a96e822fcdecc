// A list of audit events with their before/after values: the audit trail and a record's history both use it.
import Link from "next/link";
import { formatTimestamp } from "@/lib/dates";
import type { AuditEventDto } from "@/lib/history/queries";

export function AuditEventList({ events, showEntity }: { events: AuditEventDto[]; showEntity: boolean }) {
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
                  {event.entityType} {event.entityId}
                </Link>
              </>
            ) : null}
            {" · by "}
            {event.actor ? event.actor.email : "system"}
          </p>
          <ChangedFields before={event.before} after={event.after} />
        </li>
      ))}
    </ol>
  );
}

function ChangedFields({ before, after }: { before: unknown; after: unknown }) {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (key) => JSON.stringify(b[key]) !== JSON.stringify(a[key]),
  );
  if (keys.length === 0) return null;
  return (
    <dl className="mt-1 grid grid-cols-[10rem_1fr] gap-x-2 text-slate-700">
      {keys.map((key) => (
        <div key={key} className="contents">
          <dt className="font-mono">{key}</dt>
          <dd className="font-mono break-all">
            {key in b ? <del className="text-red-800">{format(b[key])}</del> : null}
            {key in b && key in a ? " → " : null}
            {key in a ? <ins className="text-green-800 no-underline">{format(a[key])}</ins> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const format = (value: unknown) =>
  value === null || value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value);
