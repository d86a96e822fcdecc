import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { ACTIONS, PERMISSIONS, can } from "@/lib/auth/permissions";

export default async function AdminHomePage() {
  const user = await requireUser();
  const allowed = ACTIONS.filter((action) => can(user, action));
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
      <p className="mt-6 text-sm">
        <Link href="/admin/account" className="underline">
          My account
        </Link>
      </p>
    </main>
  );
}
