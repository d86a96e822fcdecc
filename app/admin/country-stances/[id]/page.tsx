import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm, buttonClass } from "@/components/action-form";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/or-not-found";
import { getCountryStance, getCountryStanceFormOptions } from "@/lib/country-stances/queries";
import { NotAllowed } from "../../_components/not-allowed";
import { TakedownForm } from "../../_components/takedown-form";
import { CountryStanceForm } from "../_components/country-stance-form";
import { submitCountryStanceAction } from "../actions";

export const metadata: Metadata = { title: "Country stance record" };

export default async function CountryStancePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await getCurrentUser();
  if (!can(user, "countryStance.edit")) return <NotAllowed what="country stance records" />;
  const id = Number((await params).id);
  const [record, options] = await Promise.all([
    orNotFound(getCountryStance(user, id)),
    getCountryStanceFormOptions(user),
  ]);
  const saved = (await searchParams).saved === "1";
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-semibold">Country stance record #{record.id}</h1>
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
      <CountryStanceForm options={options} record={record} />
      {record.status === "draft" || record.status === "returned" ? (
        <ActionForm action={submitCountryStanceAction} aria-label="Submit for review">
          <input type="hidden" name="kind" value="countryStance" />
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="version" value={record.version} />
          <button type="submit" className={buttonClass}>
            Submit for review
          </button>
        </ActionForm>
      ) : null}
      {record.status === "published" && can(user, "review.publish") ? (
        <TakedownForm entityType="CountryStance" entityId={record.id} />
      ) : null}
    </main>
  );
}
