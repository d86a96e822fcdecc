import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { ACTIONS, PERMISSIONS, can } from "@/lib/auth/permissions";
import { getAdminHome } from "@/lib/admin-home/inbox";
import { Inbox } from "./_components/inbox";
import { SuggestionUsePanel } from "./_components/suggestion-use";

export default async function AdminHomePage() {
  const user = await requireUser();
  const allowed = ACTIONS.filter((action) => can(user, action));
  const editor = can(user, "quote.edit");
  const { inbox, suggestionUse } = editor ? await getAdminHome(user) : { inbox: null, suggestionUse: null };
  return (
    <main>
      <h1 className="text-2xl font-semibold">Welcome{user.name ? `, ${user.name}` : ""}</h1>
      {inbox ? <Inbox items={inbox} /> : null}
      {suggestionUse ? <SuggestionUsePanel use={suggestionUse} /> : null}
      <details className="mt-6 text-sm" open={!editor}>
        <summary className="cursor-pointer">
          You are signed in as <strong>{user.role}</strong>. What your role lets you do
        </summary>
        <ul className="mt-3 list-disc pl-6">
          {allowed.map((action) => (
            <li key={action}>{PERMISSIONS[action].description}</li>
          ))}
        </ul>
      </details>
      <p className="mt-6 text-sm">
        <Link href="/admin/account" className="underline">
          My account
        </Link>
      </p>
    </main>
  );
}
