// Account changes made in the app: an admin managing users, and anyone changing their own password.
// Each checks the permission, then writes the change and its audit event in one transaction. Changes that
// should end the user's sessions (role, deactivation, password) bump sessionVersion; see lib/auth/session-user.ts.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { auditedUserFields } from "@/lib/users/select";
import { parseInput } from "@/lib/validation";
import {
  changePasswordSchema,
  changeRoleSchema,
  createUserSchema,
  setActiveSchema,
  type ChangePasswordInput,
  type CreateUserInput,
} from "@/lib/users/schemas";

export async function createUser(actor: SessionUser | null, input: CreateUserInput): Promise<{ id: string }> {
  assertCan(actor, "user.manage");
  const data = parseInput(createUserSchema, input);
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: data.email, name: data.name ?? null, role: data.role, passwordHash },
        select: auditedUserFields,
      });
      await recordAudit(tx, { actor, action: "create", entityType: "User", entityId: user.id, after: user });
      return { id: user.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("DUPLICATE", "A user with this email exists already.", {
        fields: { email: ["Already in use"] },
      });
    }
    throw error;
  }
}

export async function changeUserRole(
  actor: SessionUser | null,
  input: { userId: string; role: string },
): Promise<void> {
  assertCan(actor, "user.manage");
  const { userId, role } = parseInput(changeRoleSchema, input);
  if (userId === actor.id) throw new AppError("FORBIDDEN", "You cannot change your own role; ask another admin.");
  await db.$transaction(async (tx) => {
    const before = await findUserOrThrow(tx, userId);
    if (before.role === role) return;
    const after = await tx.user.update({
      where: { id: userId },
      data: { role, sessionVersion: { increment: 1 } },
      select: auditedUserFields,
    });
    await recordAudit(tx, { actor, action: "role", entityType: "User", entityId: userId, before, after });
  });
}

/** Deactivating ends the user's sessions at once (their next request finds the bumped sessionVersion). */
export async function setUserActive(
  actor: SessionUser | null,
  input: { userId: string; active: boolean | string },
): Promise<void> {
  assertCan(actor, "user.manage");
  const { userId, active } = parseInput(setActiveSchema, input);
  if (userId === actor.id && !active)
    throw new AppError("FORBIDDEN", "You cannot deactivate your own account; ask another admin.");
  await db.$transaction(async (tx) => {
    const before = await findUserOrThrow(tx, userId);
    if (before.active === active) return;
    const after = await tx.user.update({
      where: { id: userId },
      data: { active, ...(active ? {} : { sessionVersion: { increment: 1 } }) },
      select: auditedUserFields,
    });
    await recordAudit(tx, { actor, action: "status", entityType: "User", entityId: userId, before, after });
  });
}

/** Also ends every session of the user, this one included: they sign in again with the new password. */
export async function changeOwnPassword(actor: SessionUser | null, input: ChangePasswordInput): Promise<void> {
  assertCan(actor, "account.changePassword");
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);
  const current = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!current?.passwordHash || !(await verifyPassword(current.passwordHash, currentPassword))) {
    throw new AppError("INVALID_INPUT", "Your current password is not correct.", {
      fields: { currentPassword: ["Not correct"] },
    });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      actor,
      action: "password",
      entityType: "User",
      entityId: actor.id,
      after: { passwordChanged: true },
    });
  });
}

async function findUserOrThrow(tx: Prisma.TransactionClient, id: string) {
  const user = await tx.user.findUnique({ where: { id }, select: auditedUserFields });
  if (!user) throw new AppError("NOT_FOUND", "No such user.");
  return user;
}
