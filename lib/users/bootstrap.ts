// The first admin of a new installation. `npm run dev` and `npm start` call this on every start; it acts only
// while the database has no user at all, so the printed password is shown exactly once.
import crypto from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";

export const DEMO_ADMIN_EMAIL = "admin@example.org";

export async function createFirstAdminIfNoUsers(db: PrismaClient): Promise<{ email: string; password: string } | null> {
  if ((await db.user.count()) > 0) return null;
  // 18 random bytes → 24 base64url characters: typeable, and far beyond guessing.
  const password = crypto.randomBytes(18).toString("base64url");
  const passwordHash = await hashPassword(password);
  const created = await db.$transaction(async (tx) => {
    if ((await tx.user.count()) > 0) return false; // another process got there first
    const user = await tx.user.create({
      data: { email: DEMO_ADMIN_EMAIL, name: "Demo admin", role: "admin", passwordHash },
      select: { id: true, email: true, role: true },
    });
    await tx.auditEvent.create({
      data: {
        actorId: null,
        action: "create",
        entityType: "User",
        entityId: user.id,
        after: { email: user.email, role: user.role },
      },
    });
    return true;
  });
  return created ? { email: DEMO_ADMIN_EMAIL, password } : null;
}
