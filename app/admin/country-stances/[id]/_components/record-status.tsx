// The record's status and version with its history, a note after creating it, and the reviewer's comment when
// it was returned.
import Link from "next/link";
import type { CountryStanceDetail } from "@/lib/country-stances/queries";

export function RecordStatus({ record, saved }: { record: CountryStanceDetail; saved: boolean }) {
  return (
    <>
      <p className="text-sm">
        Status: <strong data-testid="country-stance-status">{record.status.replace("_", " ")}</strong> · version{" "}
        {record.version} ·{" "}
        <Link href={`/admin/history/CountryStance/${record.id}`} className="underline">
          History
        </Link>
      </p>
      {saved ? (
        <p role="status" className="text-sm text-green-800">
          Created. Any warnings are listed above the Save button.
        </p>
      ) : null}
      {record.status === "returned" && record.reviewComment ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-3 text-sm">
          Reviewer&apos;s comment: {record.reviewComment}
        </p>
      ) : null}
    </>
  );
}
