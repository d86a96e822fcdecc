// Facet counts of the current view as small bar charts: each value a link that adds it to the filter (the counts
// already reflect it), its count in figures and as a bar scaled to the group's largest value. CSS bars, drawn on
// the server; the figures carry the meaning, the bars only make them quick to compare.
import Link from "next/link";

export interface FacetGroup {
  title: string;
  values: { label: string; count: number; href: string; active: boolean }[];
}

export function Facets({ groups }: { groups: FacetGroup[] }) {
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {groups.map((group) => {
        const largest = Math.max(1, ...group.values.map((value) => value.count));
        return (
          <section key={group.title} aria-label={`By ${group.title.toLowerCase()}`} className="min-w-0">
            <h3 className="text-sm font-semibold text-slate-800">{group.title}</h3>
            {group.values.length === 0 ? (
              <p className="mt-1 text-sm text-slate-600">None</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm">
                {group.values.map((value) => (
                  <li key={value.href}>
                    <div className="flex justify-between gap-2">
                      {value.active ? (
                        <span className="min-w-0 font-medium">
                          {value.label} <span className="sr-only">(filtered)</span>
                        </span>
                      ) : (
                        <Link href={value.href} className="min-w-0 underline underline-offset-2">
                          {value.label}
                          <span className="sr-only">: add this filter</span>
                        </Link>
                      )}
                      <span className="text-slate-700 tabular-nums">{value.count}</span>
                    </div>
                    <div aria-hidden="true" className="mt-0.5 h-1.5 w-full rounded-sm bg-slate-100">
                      <div
                        className={`h-full rounded-sm ${value.active ? "bg-blue-700" : "bg-slate-500"}`}
                        style={{ width: `${Math.max(2, (value.count / largest) * 100)}%` }}
                      />
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
