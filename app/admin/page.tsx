import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { ACTIONS, PERMISSIONS, can } from "@/lib/auth/permissions";
import { getSuggestionUse } from "@/lib/suggest/usage";
import { SuggestionUsePanel } from "./_components/suggestion-use";

export default async function AdminHomePage() {
  const user = await requireUser();
  const allowed = ACTIONS.filter((action) => can(user, action));
  const suggestionUse = can(user, "quote.edit") ? await getSuggestionUse(user) : null;
  return (
    <main>
      <h1 className="text-2xl font-semibold">Welcome{user.name ? `, ${user.name}` : ""}</h1>
      <p className="mt-2 text-slate-600">
        You are signed in as <strong>{user.role}</strong>. Your role lets you:
      </p>
      <ul className="mt-3 list-disc pl-6 text-sm">
        {allowed.map((action) => (
          <li key={action}>{PERMISSIONS[action].description}</li>
        ))}
      </ul>
      {suggestionUse ? <SuggestionUsePanel use={suggestionUse} /> : null}
      <p className="mt-6 text-sm">
        <Link href="/admin/account" className="underline">
          My account
        </Link>
      </p>
    </main>
  );
}
