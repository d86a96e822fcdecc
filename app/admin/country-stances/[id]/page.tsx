import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/or-not-found";
import { getCountryStancePage } from "@/lib/country-stances/queries";
import { NotAllowed } from "../../_components/not-allowed";
import { TakedownForm } from "../../_components/takedown-form";
import { CountryStanceForm } from "../_components/country-stance-form";
import { RecordStatus } from "./_components/record-status";
import { SubmitForReview } from "./_components/submit-for-review";

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
  const { record, options, mayTakeDown } = await orNotFound(getCountryStancePage(user, id));
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-semibold">Country stance record #{record.id}</h1>
      <RecordStatus record={record} saved={(await searchParams).saved === "1"} />
      <CountryStanceForm options={options} record={record} />
      <SubmitForReview record={record} />
      {/* Rendered after the takedown too (published false), so that its confirmation stays once the form goes. */}
      {can(user, "review.publish") ? (
        <TakedownForm entityType="CountryStance" entityId={record.id} published={mayTakeDown} />
      ) : null}
    </main>
  );
}
