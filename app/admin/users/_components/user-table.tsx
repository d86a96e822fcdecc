// Every user with their role (changed in place), whether they may sign in, and a link to their history; the
// signed-in admin's own row cannot be changed here.
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import type { SessionUser } from "@/lib/auth/permissions";
import type { UserListItem } from "@/lib/users/queries";
import { ROLES } from "@/lib/users/schemas";
import { changeRoleAction, setActiveAction } from "../actions";

export function UserTable({ users, me }: { users: UserListItem[]; me: SessionUser | null }) {
  return (
    <table className="w-full min-w-[36rem] text-left text-sm">
      <thead className="border-b border-slate-300">
        <tr>
          <th className="py-2">Email</th>
          <th>Name</th>
          <th>Role</th>
          <th>Status</th>
          <th>
            <span className="sr-only">History</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id} className="border-b border-slate-100 align-top" data-testid={`user-row-${user.email}`}>
            <td className="py-2">{user.email}</td>
            <td>{user.name ?? "—"}</td>
            <td>
              {user.id === me?.id ? (
                user.role
              ) : (
                <ActionForm action={changeRoleAction} className="flex gap-2" aria-label={`Role of ${user.email}`}>
                  <input type="hidden" name="userId" value={user.id} />
                  <select
                    name="role"
                    defaultValue={user.role}
                    aria-label={`Role of ${user.email}`}
                    className="rounded border border-slate-300 px-1"
                  >
                    {ROLES.map((role) => (
                      <option key={role}>{role}</option>
                    ))}
                  </select>
                  <button type="submit" className="underline">
                    Change
                  </button>
                </ActionForm>
              )}
            </td>
            <td>
              {user.active ? "active" : "deactivated"}
              {user.id === me?.id ? null : (
                <ActionForm action={setActiveAction} className="inline">
                  <input type="hidden" name="userId" value={user.id} />
                  <input type="hidden" name="active" value={String(!user.active)} />
                  <button type="submit" className="ml-2 underline">
                    {user.active ? "Deactivate" : "Reactivate"}
                  </button>
                </ActionForm>
              )}
            </td>
            <td>
              <Link href={`/admin/history/User/${user.id}`} className="underline">
                History
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
