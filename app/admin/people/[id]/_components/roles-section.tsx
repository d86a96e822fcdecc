// The person's roles on their admin page. For a person with published quotes a change of roles is a correction
// (lib/people/role-correction.ts): the page then shows the roles the open correction proposes, editable by anyone,
// beside the published ones, and a button to send it to a second editor.
import { ActionForm, buttonClass } from "@/components/action-form";
import { FormField, Input, Select } from "@/components/form-field";
import type { AdminPerson } from "@/lib/people/queries";
import { removeRoleAction, saveRoleAction, submitRoleCorrectionAction } from "../../actions";

type Role = NonNullable<AdminPerson["roleCorrection"]>["roles"][number];
type Countries = { id: number; name: string; code: string }[];

const STATUS = { draft: "a draft", in_review: "in review", returned: "returned to its editors" } as const;

export function RolesSection({ person, countries }: { person: AdminPerson; countries: Countries }) {
  const correction = person.roleCorrection;
  const roles: Role[] = correction ? correction.roles : person.roles;
  return (
    <section aria-labelledby="roles">
      <h2 id="roles" className="text-lg font-semibold">
        Roles
      </h2>
      <p className="text-sm text-slate-600">Dates are inclusive; leave “To” empty while the role is held.</p>
      {person.rolesReviewed && !correction ? (
        <p className="mt-1 text-sm text-slate-600">
          {person.name} has published quotes: a change of roles becomes a correction that a second editor reviews before
          the public sees it.
        </p>
      ) : null}
      {correction ? (
        <div className="mt-2 rounded border border-amber-400 bg-amber-50 p-3 text-sm" data-testid="role-correction">
          <p>
            A correction of these roles is open ({STATUS[correction.status as keyof typeof STATUS] ?? correction.status}
            ). The roles below are the corrected ones; the public keeps seeing the published roles (
            {person.roles.map((role) => `${role.title} (${role.countryCode})`).join(", ") || "none"}) until a second
            editor approves it.
          </p>
          {correction.reviewComment ? <p className="mt-1">Reviewer: {correction.reviewComment}</p> : null}
          {correction.status !== "in_review" ? (
            <ActionForm action={submitRoleCorrectionAction} className="mt-2">
              <input type="hidden" name="personId" value={person.id} />
              <input type="hidden" name="revisionId" value={correction.id} />
              <input type="hidden" name="version" value={correction.version} />
              <button type="submit" className={buttonClass}>
                Submit the correction for review
              </button>
            </ActionForm>
          ) : null}
        </div>
      ) : null}
      <div className="mt-2 space-y-4">
        {roles.map((role, slot) => (
          <div key={`${role.id ?? "new"}-${slot}`} className="rounded border border-slate-200 p-3">
            <RoleForm person={person} role={role} slot={slot} countries={countries} />
            <ActionForm action={removeRoleAction} className="mt-2">
              <Target person={person} role={role} slot={slot} />
              <button type="submit" className="text-sm underline" aria-label={`Remove role ${role.title}`}>
                Remove this role
              </button>
            </ActionForm>
          </div>
        ))}
        <div className="rounded border border-dashed border-slate-300 p-3">
          <h3 className="text-sm font-semibold">Add a role</h3>
          <RoleForm person={person} role={null} slot={null} countries={countries} />
        </div>
      </div>
    </section>
  );
}

/** The hidden fields naming the role: its id, or its place in the open correction with the correction's version. */
function Target({ person, role, slot }: { person: AdminPerson; role: Role | null; slot: number | null }) {
  const correction = person.roleCorrection;
  return (
    <>
      <input type="hidden" name="personId" value={person.id} />
      <input type="hidden" name="version" value={person.version} />
      {correction ? (
        <>
          <input type="hidden" name="slot" value={role ? (slot ?? "") : ""} />
          <input type="hidden" name="revisionVersion" value={correction.version} />
        </>
      ) : (
        <input type="hidden" name="roleId" value={role?.id ?? ""} />
      )}
    </>
  );
}

function RoleForm({
  person,
  role,
  slot,
  countries,
}: {
  person: AdminPerson;
  role: Role | null;
  slot: number | null;
  countries: Countries;
}) {
  return (
    <ActionForm
      action={saveRoleAction}
      className="grid gap-3 sm:grid-cols-3"
      aria-label={role ? `Role ${role.title}` : "Add a role"}
    >
      <Target person={person} role={role} slot={slot} />
      <FormField name="countryId" label="Country">
        <Select defaultValue={role?.countryId ?? ""}>
          <option value="">Choose…</option>
          {countries.map((country) => (
            <option key={country.id} value={country.id}>
              {country.name} ({country.code})
            </option>
          ))}
        </Select>
      </FormField>
      <FormField name="title" label="Title">
        <Input defaultValue={role?.title ?? ""} />
      </FormField>
      <FormField name="organization" label="Organization">
        <Input defaultValue={role?.organization ?? ""} />
      </FormField>
      <FormField name="startsOn" label="From">
        <Input type="date" defaultValue={role?.startsOn ?? ""} />
      </FormField>
      <FormField name="endsOn" label="To">
        <Input type="date" defaultValue={role?.endsOn ?? ""} />
      </FormField>
      <div className="flex items-end">
        <button type="submit" className={buttonClass}>
          {role ? "Save role" : "Add role"}
        </button>
      </div>
    </ActionForm>
  );
}
