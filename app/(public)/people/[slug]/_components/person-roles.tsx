// "Roles over time": each role with its organization, country and dates (unknown ends said plainly).
import { formatDate } from "@/lib/dates";
import type { PersonDetail } from "@/lib/people/public";

export function PersonRoles({ roles }: { roles: PersonDetail["roles"] }) {
  return (
    <section aria-labelledby="roles-heading">
      <h2 id="roles-heading" className="text-xl font-semibold">
        Roles over time
      </h2>
      {roles.length === 0 ? (
        <p className="mt-2 text-slate-700">No role recorded.</p>
      ) : (
        <ol className="mt-3 space-y-3 border-l-2 border-slate-300 pl-4">
          {roles.map((role) => (
            <li key={role.id}>
              <p className="font-medium">{role.title}</p>
              <p className="text-sm text-slate-700">
                {[role.organization, role.country.name].filter(Boolean).join(", ")}
              </p>
              <p className="text-sm text-slate-600">
                {role.startsOn ? formatDate(role.startsOn) : "Start unknown"} –{" "}
                {role.endsOn ? formatDate(role.endsOn) : "present or unknown"}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
