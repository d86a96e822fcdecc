// `npm run user:create`: create a user, or update the one with that email (name, role, password). Runs outside
// Next.js on the database the script chose, hence the client parameter. The change and its audit event (with
// no actor: the command line is the system) are one transaction.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record";
import { parseInput } from "@/lib/validation";
import { saveUserSchema, type SaveUserInput } from "@/lib/users/schemas";
import { auditedUserFields } from "@/lib/users/select";

export async function saveUser(client: PrismaClient, input: SaveUserInput): Promise<{ id: string; created: boolean }> {
  const data = parseInput(saveUserSchema, input);
  const passwordHash = data.password === undefined ? undefined : await hashPassword(data.password);
  return client.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { email: data.email }, select: auditedUserFields });
    if (!before) {
      if (!passwordHash)
        throw new AppError("INVALID_INPUT", "A new user needs a password.", {
          fields: { password: ["Required for a new user"] },
        });
      const after = await tx.user.create({
        data: { email: data.email, name: data.name ?? null, role: data.role ?? "researcher", passwordHash },
        select: auditedUserFields,
      });
      await recordAudit(tx, { actor: null, action: "create", entityType: "User", entityId: after.id, after });
      return { id: after.id, created: true };
    }
    const endsSessions = passwordHash !== undefined || (data.role !== undefined && data.role !== before.role);
    const after = await tx.user.update({
      where: { id: before.id },
      data: {
        name: data.name,
        role: data.role,
        passwordHash,
        ...(endsSessions ? { sessionVersion: { increment: 1 } } : {}),
      },
      select: auditedUserFields,
    });
    await recordAudit(tx, {
      actor: null,
      action: data.role !== undefined && data.role !== before.role ? "role" : "update",
      entityType: "User",
      entityId: before.id,
      before,
      after: passwordHash ? { ...after, passwordChanged: true } : after,
    });
    return { id: before.id, created: false };
  });
}
