import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { orNotFound } from "@/lib/or-not-found";
import { getAdminPerson } from "@/lib/people/queries";
import { listCountries } from "@/lib/countries/public";
import { DeleteForm } from "../../_components/delete-form";
import { NotAllowed } from "../../_components/not-allowed";
import { RolesSection } from "./_components/roles-section";
import { AliasesSection } from "./_components/aliases-section";
import { MergeSection } from "./_components/merge-section";
import { PersonDetailsForm } from "./_components/person-details-form";

export const metadata: Metadata = { title: "Person" };

// A merge candidate that does not exist is said beside the form (MergeSection), not a 404 of the whole page.
const notFoundToNull = (error: unknown) => {
  if (isAppError(error) && error.code === "NOT_FOUND") return null;
  throw error;
};

export default async function PersonPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ merge?: string }>;
}) {
  const user = await getCurrentUser();
  if (!can(user, "person.edit")) return <NotAllowed what="editing people" />;
  const person = await orNotFound(getAdminPerson(user, Number((await params).id)));
  const mergeId = Number((await searchParams).merge);
  const other = mergeId && mergeId !== person.id ? await getAdminPerson(user, mergeId).catch(notFoundToNull) : null;
  const countries = await listCountries();
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
      {can(user, "person.delete") ? <DeleteForm kind="person" id={person.id} name={person.name} /> : null}
    </main>
  );
}
