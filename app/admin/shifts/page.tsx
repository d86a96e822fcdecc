import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/dates";
import { listPossibleShifts } from "@/lib/shifts/queries";
import { NotAllowed } from "../_components/not-allowed";
import { ShiftDecision } from "./_components/shift-decision";
import { ShiftEvidence } from "./_components/shift-evidence";

export const metadata: Metadata = { title: "Possible shifts" };

export default async function PossibleShiftsPage({ searchParams }: PageProps<"/admin/shifts">) {
  const user = await getCurrentUser();
  if (!can(user, "countryStance.edit")) return <NotAllowed what="possible shifts" />;
  const decided = (await searchParams).view === "decided";
  const shifts = await listPossibleShifts(user, decided ? "decided" : "open");
  return (
    <main>
      <div className="flex flex-wrap items-baseline gap-4">
        <h1 className="text-2xl font-semibold">Possible shifts</h1>
        <Link href={decided ? "/admin/shifts" : "/admin/shifts?view=decided"} className="underline">
          {decided ? "Open" : "Decided"}
        </Link>
      </div>
      <p className="mt-1 max-w-prose text-sm text-slate-600">
        Published statements that take another position than their country&apos;s current record (or where it has none).
        Confirming makes a new record, sent to a second editor for review; dismissing keeps your reason.
      </p>
      {shifts.length === 0 ? (
        <p className="mt-4">{decided ? "Nothing decided yet." : "No possible shift is waiting."}</p>
      ) : (
        <ol className="mt-4 space-y-8">
          {shifts.map((shift) => (
            <li key={shift.id} aria-labelledby={`shift-${shift.id}`}>
              <h2 id={`shift-${shift.id}`} className="text-lg font-semibold">
                {shift.country.name}, {shift.dimension.label}
              </h2>
              <p className="mb-2 text-sm text-slate-600">
                Detected {formatDate(shift.createdAt)}
                {shift.status === "dismissed" ? ` · dismissed: ${shift.reason}` : ""}
                {shift.resultRecordId ? (
                  <>
                    {" · confirmed as "}
                    <Link href={`/admin/country-stances/${shift.resultRecordId}`} className="underline">
                      record {shift.resultRecordId}
                    </Link>
                  </>
                ) : null}
              </p>
              <ShiftEvidence shift={shift} />
              {shift.status === "open" ? <ShiftDecision shift={shift} /> : null}
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
