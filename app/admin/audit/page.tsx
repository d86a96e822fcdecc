import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listAuditEvents } from "@/lib/history/queries";
import { auditFilterSchema, type AuditFilter } from "@/lib/audit/schemas";
import { fieldErrors } from "@/lib/validation";
import { NotAllowed } from "../_components/not-allowed";
import { AuditEventList } from "../_components/audit-event-list";
import { AuditFilterForm } from "./_components/audit-filter-form";

export const metadata: Metadata = { title: "Audit trail" };

const FILTER_KEYS = ["userId", "kind", "entityType", "entityId", "from", "to"] as const;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const me = await getCurrentUser();
  if (!can(me, "audit.read")) return <NotAllowed what="the audit trail" />;
  const params = await searchParams;
  const filter: AuditFilter = Object.fromEntries(FILTER_KEYS.filter((key) => params[key]).map((k) => [k, params[k]]));
  const parsed = auditFilterSchema.safeParse({ ...filter, before: params.before });
  const result = parsed.success ? await listAuditEvents(me, { ...filter, before: params.before }) : null;
  const older = result?.nextCursor ? `?${new URLSearchParams({ ...filter, before: result.nextCursor })}` : null;
  return (
    <main>
      <h1 className="text-2xl font-semibold">Audit trail</h1>
      <AuditFilterForm values={filter} errors={parsed.success ? {} : fieldErrors(parsed.error)} />
      {result ? <AuditEventList events={result.events} showEntity /> : null}
      {older ? (
        <p className="mt-4">
          <Link href={older} className="underline">
            Older events
          </Link>
        </p>
      ) : null}
    </main>
  );
}
