import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getOutletsPage } from "@/lib/countries/reference-data";
import { NotAllowed } from "../_components/not-allowed";
import { OutletForm } from "./_components/outlet-form";

export const metadata: Metadata = { title: "Outlets" };

export default async function OutletsPage() {
  const user = await getCurrentUser();
  if (!can(user, "referenceData.edit")) return <NotAllowed what="editing outlets" />;
  const { outlets, countries } = await getOutletsPage(user);
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-semibold">News outlets</h1>
      <ul className="space-y-3">
        {outlets.map((outlet) => (
          <li key={outlet.id}>
            <OutletForm outlet={outlet} countries={countries} />
          </li>
        ))}
      </ul>
      <section aria-labelledby="new-outlet">
        <h2 id="new-outlet" className="text-lg font-semibold">
          Add an outlet
        </h2>
        <OutletForm outlet={null} countries={countries} />
      </section>
    </main>
  );
}
