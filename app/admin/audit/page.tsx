import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass, inputClass } from "@/components/action-form";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listAuditEvents } from "@/lib/history/queries";
import { AUDIT_KINDS, ENTITY_TYPES } from "@/lib/audit/schemas";
import { isAppError } from "@/lib/errors";
import { NotAllowed } from "../_components/not-allowed";
import { AuditEventList } from "../_components/audit-event-list";

export const metadata: Metadata = { title: "Audit trail" };

type Params = Record<string, string | undefined>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Params> }) {
  const me = await getCurrentUser();
  if (!can(me, "audit.read")) return <NotAllowed what="the audit trail" />;
  const params = await searchParams;
  const filter = {
    userId: params.userId,
    kind: params.kind,
    entityType: params.entityType,
    entityId: params.entityId,
    from: params.from,
    to: params.to,
    before: params.before,
  };
  let result;
  try {
    result = await listAuditEvents(me, filter);
  } catch (error) {
    if (!isAppError(error) || error.code !== "INVALID_INPUT") throw error;
    result = {
      events: [],
      nextCursor: null,
      problem: Object.entries(error.details.fields ?? {})
        .map(([f, m]) => `${f}: ${m.join(", ")}`)
        .join("; "),
    };
  }
  const next = result.nextCursor
    ? `?${new URLSearchParams({ ...withoutEmpty(filter), before: result.nextCursor })}`
    : null;

  return (
    <main>
      <h1 className="text-2xl font-semibold">Audit trail</h1>
      <form
        method="get"
        className="mt-4 grid grid-cols-2 gap-3 text-sm sm:grid-cols-7"
        aria-label="Filter the audit trail"
      >
        <label>
          Person (email or id)
          <input name="userId" defaultValue={params.userId} className={inputClass} />
        </label>
        <label>
          Kind
          <select name="kind" defaultValue={params.kind ?? ""} className={inputClass}>
            <option value="">any</option>
            {AUDIT_KINDS.map((kind) => (
              <option key={kind}>{kind}</option>
            ))}
          </select>
        </label>
        <label>
          Record type
          <select name="entityType" defaultValue={params.entityType ?? ""} className={inputClass}>
            <option value="">any</option>
            {ENTITY_TYPES.map((type) => (
              <option key={type}>{type}</option>
            ))}
          </select>
        </label>
        <label>
          Record id
          <input name="entityId" defaultValue={params.entityId} className={inputClass} />
        </label>
        <label>
          From
          <input name="from" type="date" defaultValue={params.from} className={inputClass} />
        </label>
        <label>
          To
          <input name="to" type="date" defaultValue={params.to} className={inputClass} />
        </label>
        <div className="self-end">
          <button type="submit" className={buttonClass}>
            Filter
          </button>
        </div>
      </form>
      {"problem" in result ? (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {result.problem}
        </p>
      ) : null}
      <AuditEventList events={result.events} showEntity />
      {next ? (
        <p className="mt-4">
          <Link href={next} className="underline">
            Older events
          </Link>
        </p>
      ) : null}
    </main>
  );
}

function withoutEmpty(values: Params): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => Boolean(entry[1]) && entry[0] !== "before"),
  );
}
