import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, FieldError, buttonClass } from "@/components/action-form";
import { FormField, Input, TextArea } from "@/components/form-field";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { getAdminPerson } from "@/lib/people/queries";
import { listCountries } from "@/lib/countries/public";
import { DeleteForm } from "../../_components/delete-form";
import { NotAllowed } from "../../_components/not-allowed";
import { RolesSection } from "./_components/roles-section";
import { addAliasAction, mergePeopleAction, removeAliasAction, updatePersonAction } from "../actions";

export const metadata: Metadata = { title: "Person" };

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
  const person = await getAdminPerson(user, Number((await params).id)).catch(notFoundToNull);
  if (!person) notFound();
  const mergeId = Number((await searchParams).merge);
  const other = mergeId && mergeId !== person.id ? await getAdminPerson(user, mergeId).catch(notFoundToNull) : null;
  const countries = await listCountries();
  const version = <input type="hidden" name="version" value={person.version} />;
  const personId = <input type="hidden" name="personId" value={person.id} />;
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

      <section aria-labelledby="details" className="max-w-xl">
        <h2 id="details" className="text-lg font-semibold">
          Name and description
        </h2>
        <ActionForm action={updatePersonAction} className="mt-2 space-y-3" aria-label="Name and description">
          {personId}
          {version}
          <FormField name="name" label="Name">
            <Input defaultValue={person.name} required />
          </FormField>
          <FormField name="description" label="Description">
            <TextArea defaultValue={person.description ?? ""} rows={2} />
          </FormField>
          <FieldError name="version" />
          <button type="submit" className={buttonClass}>
            Save
          </button>
        </ActionForm>
      </section>

      <section aria-labelledby="aliases">
        <h2 id="aliases" className="text-lg font-semibold">
          Aliases
        </h2>
        <ul className="mt-2 space-y-1 text-sm">
          {person.aliases.map((alias) => (
            <li key={alias.id} className="flex items-center gap-3">
              <span>
                {alias.name} {alias.language ? <span className="text-slate-600">({alias.language})</span> : null}
              </span>
              <ActionForm action={removeAliasAction} className="inline">
                {personId}
                {version}
                <input type="hidden" name="aliasId" value={alias.id} />
                <button type="submit" className="underline" aria-label={`Remove alias ${alias.name}`}>
                  Remove
                </button>
              </ActionForm>
            </li>
          ))}
          {person.aliases.length === 0 ? <li className="text-slate-600">None.</li> : null}
        </ul>
        <ActionForm action={addAliasAction} className="mt-3 flex flex-wrap items-end gap-3" aria-label="Add an alias">
          {personId}
          {version}
          <FormField name="name" label="Alias">
            <Input required />
          </FormField>
          <FormField name="language" label="Language tag (ko, zh-Hans, en)">
            <Input />
          </FormField>
          <button type="submit" className={buttonClass}>
            Add alias
          </button>
        </ActionForm>
      </section>

      <RolesSection person={person} countries={countries} />

      <section aria-labelledby="merge" className="max-w-xl">
        <h2 id="merge" className="text-lg font-semibold">
          Merge a duplicate into {person.name}
        </h2>
        <p className="text-sm text-slate-600">
          The other person&apos;s quotes, aliases and roles move here, their name becomes an alias, and their page
          redirects here.
        </p>
        <form method="get" className="mt-2 flex items-end gap-3" aria-label="Choose the duplicate">
          <FormField name="merge" label="Id of the duplicate (see the people list)">
            <Input inputMode="numeric" defaultValue={other?.id ?? ""} />
          </FormField>
          <button type="submit" className="rounded border border-slate-400 px-4 py-2 text-sm">
            Review merge
          </button>
        </form>
        {mergeId && !other ? (
          <p className="mt-2 text-sm text-red-700">No live person with id {mergeId} (other than this one).</p>
        ) : null}
        {other ? (
          <ActionForm
            action={mergePeopleAction}
            className="mt-3 rounded border border-amber-400 bg-amber-50 p-3"
            aria-label="Confirm merge"
          >
            <input type="hidden" name="survivorId" value={person.id} />
            <input type="hidden" name="survivorVersion" value={person.version} />
            <input type="hidden" name="mergedId" value={other.id} />
            <input type="hidden" name="mergedVersion" value={other.version} />
            <p className="text-sm">
              Merge <strong>{other.name}</strong> (#{other.id}, {other.quoteCount} quote(s), aliases:{" "}
              {other.aliases.map((a) => a.name).join(", ") || "none"}) into <strong>{person.name}</strong>. This cannot
              be undone from this page.
            </p>
            <FieldError name="mergedId" />
            <button type="submit" className={`${buttonClass} mt-2`}>
              Merge {other.name} into {person.name}
            </button>
          </ActionForm>
        ) : null}
      </section>
      {can(user, "person.delete") ? <DeleteForm kind="person" id={person.id} name={person.name} /> : null}
    </main>
  );
}
