// The signed-in user of the current request, resolved once per request (React `cache` around Auth.js `auth`),
// and the guards pages and entry wrappers use. Library functions take the user as an argument and check the
// permission themselves (assertCan); these helpers are how an entry point gets that user.
import "server-only";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { auth } from "@/lib/auth/config";
import type { SessionUser } from "@/lib/auth/permissions";
import { cookies } from "next/headers";
import { db } from "@/lib/db";

export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  // No session cookie, no session: Auth.js would still make and hash a CSRF token on every anonymous request
  // (about half a millisecond of each read API call), only to answer null.
  if (!(await hasSessionCookie())) return null;
  const session = await auth();
  // Auth.js reads a failed session check (lib/auth/session-user.ts) as "signed out", also when the database did
  // not answer: one query tells the two apart, so that an editor is told the database is unreachable instead of
  // being asked to sign in again (the query throws the database's error).
  if (!session) await db.$queryRaw`SELECT 1`;
  const user = session?.user as Partial<SessionUser> | undefined;
  if (!user?.id || !user.email || !user.role) return null;
  return { id: user.id, email: user.email, name: user.name ?? null, role: user.role };
});

/** Throws UNAUTHENTICATED (401) when nobody is signed in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return user;
}

/** Auth.js's session cookie, possibly split into chunks (`.0`, `.1`, …) and with the __Secure- prefix over https. */
async function hasSessionCookie(): Promise<boolean> {
  const jar = await cookies();
  return jar.getAll().some((cookie) => /authjs\.session-token/.test(cookie.name));
}
