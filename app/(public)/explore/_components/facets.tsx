// Facet counts of the current view as small bar charts: each value a link that adds it to the filter (the counts
// already reflect it), its count in figures and as a bar scaled to the group's largest value. CSS bars, drawn on
// the server; the figures carry the meaning, the bars only make them quick to compare. The list styles its rows
// once (arbitrary variants on named parts) rather than each row repeating the same utilities, twice (HTML and RSC).
import Link from "next/link";

export interface FacetGroup {
  title: string;
  values: { label: string; count: number; href: string; active: boolean }[];
}

const LIST = [
  "mt-1 space-y-1 text-sm",
  "[&_.row]:flex [&_.row]:justify-between [&_.row]:gap-2",
  "[&_.row>a]:min-w-0 [&_.row>a]:underline [&_.row>a]:underline-offset-2",
  "[&_.count]:text-slate-700 [&_.count]:tabular-nums",
  "[&_.track]:mt-0.5 [&_.track]:h-1.5 [&_.track]:w-full [&_.track]:rounded-sm [&_.track]:bg-slate-100",
  "[&_.bar]:h-full [&_.bar]:rounded-sm [&_.bar]:bg-slate-500",
].join(" ");

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
              <ul className={LIST}>
                {group.values.map((value) => (
                  <li key={value.href}>
                    <div className="row">
                      {value.active ? (
                        <span className="min-w-0 font-medium">
                          {value.label} <span className="sr-only">(filtered)</span>
                        </span>
                      ) : (
                        <Link href={value.href}>
                          {value.label}
                          <span className="sr-only">: add this filter</span>
                        </Link>
                      )}
                      <span className="count">{value.count}</span>
                    </div>
                    <div aria-hidden="true" className="track">
                      <div
                        className={value.active ? "bar bg-blue-700!" : "bar"}
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
