import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listPeopleAdmin } from "@/lib/people/queries";
import { FormField, Input } from "@/components/form-field";
import { NotAllowed } from "../_components/not-allowed";
import { PeopleTable } from "./_components/people-table";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<{ q?: string; after?: string }> }) {
  const user = await getCurrentUser();
  if (!can(user, "person.edit")) return <NotAllowed what="editing people" />;
  const { q = "", after } = await searchParams;
  const { items, nextAfter } = await listPeopleAdmin(user, { q, after });
  return (
    <main>
      <div className="flex flex-wrap items-baseline gap-4">
        <h1 className="text-2xl font-semibold">People</h1>
        <Link href="/admin/deleted" className="underline">
          Deleted
        </Link>
      </div>
      <form method="get" className="mt-4 flex items-end gap-3" aria-label="Search people">
        <FormField name="q" label="Name or alias">
          <Input defaultValue={q} />
        </FormField>
        <button type="submit" className="rounded border border-slate-400 px-4 py-2 text-sm">
          Search
        </button>
      </form>
      <PeopleTable items={items} />
      {items.length === 0 ? <p className="mt-4 text-slate-600">No people match.</p> : null}
      {nextAfter ? (
        <nav aria-label="Pages" className="mt-4 text-sm">
          <Link href={`/admin/people?${new URLSearchParams({ q, after: String(nextAfter) })}`} className="underline">
            Next page
          </Link>
        </nav>
      ) : null}
    </main>
  );
}
