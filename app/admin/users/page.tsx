import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm, buttonClass } from "@/components/action-form";
import { FormField, Input, Select } from "@/components/form-field";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listUsers } from "@/lib/users/queries";
import { ROLES } from "@/lib/users/schemas";
import { NotAllowed } from "../_components/not-allowed";
import { changeRoleAction, createUserAction, setActiveAction } from "./actions";
import { ScrollRegion } from "@/components/scroll-region";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await getCurrentUser();
  if (!can(me, "user.manage")) return <NotAllowed what="managing users" />;
  const users = await listUsers(me);
  return (
    <main>
      <h1 className="text-2xl font-semibold">Users</h1>
      <ScrollRegion label="Users" className="mt-4">
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
      </ScrollRegion>

      <section aria-labelledby="new-user" className="mt-10 max-w-md">
        <h2 id="new-user" className="text-lg font-semibold">
          Add a user
        </h2>
        <ActionForm action={createUserAction} className="mt-3 space-y-3" aria-label="Add a user">
          <FormField name="email" label="Email">
            <Input type="email" required />
          </FormField>
          <FormField name="name" label="Name">
            <Input />
          </FormField>
          <FormField name="role" label="Role">
            <Select defaultValue="researcher">
              {ROLES.map((role) => (
                <option key={role}>{role}</option>
              ))}
            </Select>
          </FormField>
          <FormField name="password" label="Initial password (share it privately; they can change it under My account)">
            <Input type="password" autoComplete="new-password" required />
          </FormField>
          <button type="submit" className={buttonClass}>
            Add user
          </button>
        </ActionForm>
      </section>
    </main>
  );
}
