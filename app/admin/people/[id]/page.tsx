import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/or-not-found";
import { getPersonPage } from "@/lib/people/person-page";
import { DeleteForm } from "../../_components/delete-form";
import { NotAllowed } from "../../_components/not-allowed";
import { RolesSection } from "./_components/roles-section";
import { AliasesSection } from "./_components/aliases-section";
import { MergeSection } from "./_components/merge-section";
import { PersonDetailsForm } from "./_components/person-details-form";

export const metadata: Metadata = { title: "Person" };

export default async function PersonPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ merge?: string }>;
}) {
  const user = await getCurrentUser();
  if (!can(user, "person.edit")) return <NotAllowed what="editing people" />;
  const mergeId = Number((await searchParams).merge) || null;
  const { person, other, countries, mayDelete } = await orNotFound(
    getPersonPage(user, { id: Number((await params).id), mergeId }),
  );
  return (
    <main className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">{person.name}</h1>
        <p className="mt-1 text-sm text-slate-600">
          /people/{person.slug} · {person.quoteCount} quote(s) · version {person.version} ·{" "}
          <Link href={`/admin/history/Person/${person.id}`} className="underline">
            History
          </Link>
        </p>
      </header>
      <PersonDetailsForm person={person} />
      <AliasesSection person={person} />
      <RolesSection person={person} countries={countries} />
      <MergeSection person={person} mergeId={mergeId} other={other} />
      {mayDelete ? <DeleteForm kind="person" id={person.id} name={person.name} /> : null}
    </main>
  );
}
