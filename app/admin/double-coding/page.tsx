// /admin/double-coding — articles coded independently by two editors, for inter-coder agreement. Admins set the
// sampling rate and assign articles; every editor sees the list and opens complete ones to curate them.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getDoubleCodingPage } from "@/lib/double-coding/queries";
import { NotAllowed } from "../_components/not-allowed";
import { SettingsForms } from "./_components/settings-forms";
import { CodingList } from "./_components/coding-list";

export const metadata: Metadata = { title: "Double coding" };

export default async function DoubleCodingPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  const user = await requireUser();
  if (!can(user, "doubleCoding.curate")) return <NotAllowed what="double coding" />;
  const before = Number((await searchParams).before) || undefined;
  const { list, settings } = await getDoubleCodingPage(user, { before });
  return (
    <main>
      <h1 className="text-2xl font-semibold">Double coding</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Two editors code each of these articles on their own; neither sees the other&apos;s quotes until both have
        submitted. Their agreement is on the{" "}
        <Link href="/admin/agreement" className="underline">
          agreement page
        </Link>
        ; a third editor curates the final quotes.
      </p>
      {settings ? <SettingsForms rate={settings.rate} coders={settings.coders} /> : null}
      <h2 className="mt-10 text-lg font-semibold">Double-coded articles</h2>
      <CodingList items={list.items} />
      {list.nextBefore ? (
        <Link href={`/admin/double-coding?before=${list.nextBefore}`} className="mt-3 inline-block underline">
          Older
        </Link>
      ) : null}
    </main>
  );
}
