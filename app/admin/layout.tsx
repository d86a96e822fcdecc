import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { signOutAction } from "./actions";

// The role check here is for the user's sake (what to show); every lib call checks it for real.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?callbackUrl=/admin");
  const links = [
    { href: "/admin", label: "Overview", show: true },
    { href: "/admin/articles", label: "Articles", show: can(user, "article.edit") },
    { href: "/admin/country-stances", label: "Country stances", show: can(user, "countryStance.edit") },
    { href: "/admin/shifts", label: "Possible shifts", show: can(user, "countryStance.edit") },
    { href: "/admin/people", label: "People", show: can(user, "person.edit") },
    { href: "/admin/countries", label: "Countries", show: can(user, "referenceData.edit") },
    { href: "/admin/outlets", label: "Outlets", show: can(user, "referenceData.edit") },
    { href: "/admin/organizations", label: "Organizations", show: can(user, "referenceData.edit") },
    { href: "/admin/codebook", label: "Codebook", show: can(user, "codebook.edit") },
    { href: "/admin/review", label: "Review queue", show: can(user, "review.publish") },
    { href: "/admin/double-coding", label: "Double coding", show: can(user, "doubleCoding.curate") },
    { href: "/admin/agreement", label: "Agreement", show: can(user, "agreement.read") },
    { href: "/admin/users", label: "Users", show: can(user, "user.manage") },
    { href: "/admin/audit", label: "Audit trail", show: can(user, "audit.read") },
    { href: "/admin/account", label: "My account", show: true },
  ];
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-slate-50">
        <nav aria-label="Admin" className="mx-auto flex max-w-5xl flex-wrap items-center gap-4 px-4 py-3 text-sm">
          <Link href="/" className="font-semibold">
            Stance tracker
          </Link>
          {links
            .filter((link) => link.show)
            .map((link) => (
              <Link key={link.href} href={link.href} className="text-slate-700 hover:underline">
                {link.label}
              </Link>
            ))}
          <span className="ml-auto text-slate-600">
            {user.email} · <span data-testid="current-role">{user.role}</span>
          </span>
          <form action={signOutAction}>
            <button type="submit" className="text-slate-700 underline">
              Sign out
            </button>
          </form>
        </nav>
      </header>
      <div className="mx-auto max-w-5xl px-4 py-8">{children}</div>
    </div>
  );
}
