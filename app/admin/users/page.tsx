import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listUsers } from "@/lib/users/queries";
import { NotAllowed } from "../_components/not-allowed";
import { UserTable } from "./_components/user-table";
import { NewUserForm } from "./_components/new-user-form";
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
        <UserTable users={users} me={me} />
      </ScrollRegion>

      <NewUserForm />
    </main>
  );
}
