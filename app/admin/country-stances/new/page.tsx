import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCountryStanceFormOptions } from "@/lib/country-stances/queries";
import { NotAllowed } from "../../_components/not-allowed";
import { CountryStanceForm } from "../_components/country-stance-form";

export const metadata: Metadata = { title: "New country stance record" };

export default async function NewCountryStancePage() {
  const user = await getCurrentUser();
  if (!can(user, "countryStance.edit")) return <NotAllowed what="country stance records" />;
  const options = await getCountryStanceFormOptions(user);
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-semibold">New country stance record</h1>
      <p className="text-sm text-slate-600">
        A country&apos;s position on one dimension over a period, with the quotes that support it.
      </p>
      <CountryStanceForm options={options} record={null} />
    </main>
  );
}
