// Reads of accounts: the admin's user list and one's own account page.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { UserRole } from "@/lib/generated/prisma/client";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";

export interface UserListItem {
  id: string;
  email: string;
  name: string | null;
  role: UserRole;
  active: boolean;
  hasPassword: boolean;
  createdAt: Date;
}

export async function listUsers(actor: SessionUser | null): Promise<UserListItem[]> {
  assertCan(actor, "user.manage");
  const users = await db.user.findMany({
    orderBy: [{ active: "desc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true, createdAt: true },
  });
  return users.map(({ passwordHash, ...user }) => ({ ...user, hasPassword: passwordHash !== null }));
}

export interface AccountView {
  email: string;
  name: string | null;
  role: UserRole;
  hasPassword: boolean;
  signInMethods: string[];
}

export async function getOwnAccount(actor: SessionUser | null): Promise<AccountView> {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: { email: true, name: true, role: true, passwordHash: true, accounts: { select: { provider: true } } },
  });
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    hasPassword: user.passwordHash !== null,
    signInMethods: [...(user.passwordHash ? ["password"] : []), ...user.accounts.map((a) => a.provider)],
  };
}
