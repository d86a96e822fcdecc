// Email + password sign-in, checked here rather than in the Auth.js config so that tests (and any future entry)
// call the same rules: rate limits first, the same message for an unknown email and a wrong password, an
// argon2 verification even for unknown emails (so timing does not tell them apart either), and a clear
// message for a deactivated account only once its password has been proven. Each outcome is an audit row
// (lib/audit/security.ts): success, failure with its reason, and the lock-out when a count runs out.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/permissions";
import {
  assertMayAttemptSignIn,
  recordFailedSignIn,
  recordSuccessfulSignIn,
  SIGN_IN_LIMITS,
} from "@/lib/auth/sign-in-limits";
import { recordSecurityEvent, type SignInFailure } from "@/lib/audit/security";
import { emailSchema } from "@/lib/auth/schemas";

export const WRONG_CREDENTIALS = "Wrong email or password.";

export interface PasswordSignIn {
  email: unknown;
  password: unknown;
  /** The client's address, for the per-address limit. */
  address: string;
}

/** The signed-in user with the session version their token will carry. */
export type VerifiedUser = SessionUser & { sessionVersion: number };

export async function authenticateWithPassword({
  email: rawEmail,
  password,
  address,
}: PasswordSignIn): Promise<VerifiedUser> {
  const parsedEmail = emailSchema.safeParse(rawEmail);
  if (!parsedEmail.success || typeof password !== "string" || password.length === 0 || password.length > 256) {
    throw new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS);
  }
  const keys = { email: parsedEmail.data, address };
  const failed = (subject: string, reason: SignInFailure) =>
    recordSecurityEvent({
      kind: "sign_in_failed",
      actorId: null,
      subject,
      details: { reason, email: keys.email, address },
    });
  try {
    await assertMayAttemptSignIn(keys);
  } catch (error) {
    const known = await db.user.findUnique({ where: { email: keys.email }, select: { id: true } });
    await failed(known?.id ?? keys.email, "locked_out");
    throw error;
  }

  const user = await db.user.findUnique({
    where: { email: keys.email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true, sessionVersion: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !user.passwordHash || !valid) {
    const locks = await recordFailedSignIn(keys);
    await failed(
      user?.id ?? keys.email,
      !user ? "unknown_email" : !user.passwordHash ? "no_password" : "wrong_password",
    );
    for (const scope of locks) {
      await recordSecurityEvent({
        kind: "lock_out",
        actorId: null,
        subject: user?.id ?? keys.email,
        details: { scope, email: keys.email, address, minutes: SIGN_IN_LIMITS.windowSeconds / 60 },
      });
    }
    throw new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS);
  }
  if (!user.active) {
    await failed(user.id, "deactivated");
    throw new AppError("FORBIDDEN", "This account is deactivated. Ask an admin to reactivate it.");
  }
  await recordSuccessfulSignIn(keys);
  await recordSecurityEvent({
    kind: "sign_in",
    actorId: user.id,
    subject: user.id,
    details: { method: "password", address },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}

let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hashPassword("not-a-password-of-anyone"));
