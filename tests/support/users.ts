// Test users: one call gives a user of a role (with a known password) and the SessionUser that lib functions take.
import crypto from "node:crypto";
import type { PrismaClient, UserRole } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/permissions";

export const TEST_PASSWORD = "correct horse battery staple";

export async function createUser(
  db: PrismaClient,
  options: { role: UserRole; email?: string; password?: string; active?: boolean; name?: string },
): Promise<SessionUser & { password: string }> {
  const password = options.password ?? TEST_PASSWORD;
  const email = options.email ?? `${options.role}-${crypto.randomBytes(4).toString("hex")}@example.org`;
  const user = await db.user.create({
    data: {
      email,
      name: options.name ?? `Test ${options.role}`,
      role: options.role,
      active: options.active ?? true,
      passwordHash: await hashPassword(password),
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return { ...user, password };
}
