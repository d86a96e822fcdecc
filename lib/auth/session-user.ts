// Sessions are signed JWT cookies (Auth.js needs them for password sign-in), but a cookie alone would stay valid
// after its user is deactivated. So on every request the token is checked against the user's row: a missing or
// inactive user, or a sessionVersion that moved on since sign-in, means signed out. The role is read fresh too,
// so a role change applies on the next request. One primary-key read per request (auth() is cached per request).
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

export async function loadSessionUser({ userId, sessionVersion }: SessionClaims): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
