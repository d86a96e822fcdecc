// Records to review: country stance records that break coding rule 10, or stay open on old evidence.
import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/dates";
import { listRecordsToReview } from "@/lib/country-stances/to-review";
import { NotAllowed } from "../../_components/not-allowed";

export const metadata: Metadata = { title: "Country stance records to review" };

export default async function RecordsToReviewPage() {
  const user = await getCurrentUser();
  if (!can(user, "countryStance.edit")) return <NotAllowed what="country stance records" />;
  const records = await listRecordsToReview(user);
  return (
    <main>
      <h1 className="text-2xl font-semibold">Records to review</h1>
      <p className="mt-1 text-sm text-slate-700">
        Coding rule 10: a record cites at least one stance of its country on its dimension that is not an
        analyst&apos;s, its period covers its evidence, and an open record whose last evidence is over 12 months old or
        was spoken in a role that has since ended may no longer hold.
      </p>
      {records.length === 0 ? (
        <p className="mt-4">Every record follows the rule.</p>
      ) : (
        <ul className="mt-4 divide-y divide-slate-200">
          {records.map((record) => (
            <li key={record.id} className="py-3">
              <Link href={`/admin/country-stances/${record.id}`} className="font-medium underline">
                {record.country}, {record.dimension}: {record.position}
              </Link>{" "}
              <span className="text-sm text-slate-600">
                {formatDate(record.validFrom)} – {record.validTo ? formatDate(record.validTo) : "open"} ·{" "}
                {record.status}
              </span>
              <ul className="mt-1 list-disc pl-5 text-sm text-red-800">
                {record.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
