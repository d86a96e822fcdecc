import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { can, type Action } from "@/lib/auth/permissions";
import { getNavCounts } from "@/lib/admin-home/nav-counts";
import { AdminNav, adminNavGroups } from "./_components/admin-nav";
import { signOutAction } from "./actions";

// The role check here is for the user's sake (what to show); every lib call checks it for real.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?callbackUrl=/admin");
  const counts = can(user, "review.publish") ? await getNavCounts(user) : null;
  const groups = adminNavGroups((action) => can(user, action as Action), counts);
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-slate-50">
        <div className="mx-auto flex max-w-7xl flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-2 text-sm">
          <Link href="/admin" className="font-semibold">
            Stance tracker admin
          </Link>
          <Link href="/" className="text-slate-700 hover:underline">
            Public site
          </Link>
          <span className="ml-auto min-w-0 truncate text-slate-600">
            {user.email} · <span data-testid="current-role">{user.role}</span>
          </span>
          <Link href="/admin/account" className="text-slate-700 hover:underline">
            My account
          </Link>
          <form action={signOutAction}>
            <button type="submit" className="text-slate-700 underline">
              Sign out
            </button>
          </form>
        </div>
        <AdminNav groups={groups} />
      </header>
      <div className="mx-auto max-w-5xl px-4 py-8">{children}</div>
    </div>
  );
}
