// The admin's header: the product and the account on one row, the nav below it in three labelled groups (Work,
// Reference data, Admin), with counts of what waits beside the review queue and the possible shifts. Sized to stay
// on one line at 1366 px (the nav spans the window); narrower, a whole group moves to the next line, and on phones
// the groups stack.
import Link from "next/link";
import type { NavCounts } from "@/lib/admin-home/nav-counts";

export interface NavLink {
  href: string;
  label: string;
  show: boolean;
  /** What waits there, said after the label ("3 waiting"). */
  count?: number;
}

export interface NavGroup {
  label: string;
  links: NavLink[];
}

export function adminNavGroups(can: (what: string) => boolean, counts: NavCounts | null): NavGroup[] {
  return [
    {
      label: "Work",
      links: [
        { href: "/admin/review", label: "Review queue", show: can("review.publish"), count: counts?.review },
        { href: "/admin/shifts", label: "Possible shifts", show: can("countryStance.edit"), count: counts?.shifts },
        { href: "/admin/articles", label: "Articles", show: can("article.edit") },
        { href: "/admin/country-stances", label: "Country stances", show: can("countryStance.edit") },
        { href: "/admin/double-coding", label: "Double coding", show: can("doubleCoding.curate") },
        { href: "/admin/agreement", label: "Agreement", show: can("agreement.read") },
      ],
    },
    {
      label: "Reference data",
      links: [
        { href: "/admin/people", label: "People", show: can("person.edit") },
        { href: "/admin/countries", label: "Countries", show: can("referenceData.edit") },
        { href: "/admin/outlets", label: "Outlets", show: can("referenceData.edit") },
        { href: "/admin/organizations", label: "Organizations", show: can("referenceData.edit") },
        { href: "/admin/codebook", label: "Codebook", show: can("codebook.edit") },
      ],
    },
    {
      label: "Admin",
      links: [
        { href: "/admin/users", label: "Users", show: can("user.manage") },
        { href: "/admin/audit", label: "Audit trail", show: can("audit.read") },
      ],
    },
  ];
}

export function AdminNav({ groups }: { groups: NavGroup[] }) {
  const shown = groups
    .map((group) => ({ ...group, links: group.links.filter((link) => link.show) }))
    .filter((group) => group.links.length > 0);
  return (
    <nav aria-label="Admin" className="border-t border-slate-200">
      <div className="flex flex-col gap-2 px-4 py-2 text-sm lg:flex-row lg:flex-wrap lg:items-baseline lg:gap-x-5 lg:text-[0.8125rem]">
        {shown.map((group) => (
          <div key={group.label} className="flex flex-wrap items-baseline gap-x-2.5 gap-y-1">
            <span id={`nav-${group.label.replace(" ", "-")}`} className="text-xs font-semibold text-slate-500">
              {group.label}
            </span>
            <ul
              aria-labelledby={`nav-${group.label.replace(" ", "-")}`}
              className="flex flex-wrap items-baseline gap-x-2.5 gap-y-1"
            >
              {group.links.map((link) => (
                <li key={link.href} className="whitespace-nowrap">
                  <Link href={link.href} className="text-slate-800 hover:underline">
                    {link.label}
                    {link.count ? (
                      <span className="ml-1 rounded-full bg-amber-200 px-1.5 text-xs font-semibold text-slate-900 tabular-nums">
                        {link.count}
                        <span className="sr-only"> waiting</span>
                      </span>
                    ) : null}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </nav>
  );
}
