import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getOrganizationsPage } from "@/lib/countries/organizations";
import { NotAllowed } from "../_components/not-allowed";
import { OrganizationForm } from "./organization-form";

export const metadata: Metadata = { title: "Speaking organizations" };

// Organizations that speak in quotes (a ministry, a government, KCNA): added from the annotation workspace,
// corrected here. International bodies that hold stances (UN, EU) are on the Countries page.
export default async function OrganizationsPage() {
  const user = await getCurrentUser();
  if (!can(user, "referenceData.edit")) return <NotAllowed what="editing organizations" />;
  const { organizations, countries } = await getOrganizationsPage(user);
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-semibold">Speaking organizations</h1>
      <p className="text-sm text-slate-700">
        Ministries, governments and news agencies quoted as speakers (coding rule 6). Their country becomes the
        speaker’s country of new quotes; quotes already saved keep theirs.
      </p>
      <ul className="space-y-3">
        {organizations.map((organization) => (
          <li key={organization.id}>
            <OrganizationForm organization={organization} countries={countries} />
          </li>
        ))}
      </ul>
      <section aria-labelledby="new-organization">
        <h2 id="new-organization" className="text-lg font-semibold">
          Add an organization
        </h2>
        <OrganizationForm organization={null} countries={countries} />
      </section>
    </main>
  );
}
